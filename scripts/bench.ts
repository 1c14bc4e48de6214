// `npm run bench`: builds the game and an empty default Phaser 4 game the same way, loads each
// in headless Chromium several times as a first visit, and prints what a classroom would feel:
// bytes and time until the first question can be answered, frame rate, heap. The last line of
// output is one JSON object; each run is also appended to scripts/bench/history.jsonl.
// Env: BENCH_RUNS (default 5), BENCH_THROTTLED_RUNS (default 3, 0 = skip), BENCH_ROUNDS (rounds
// played for the game's heap growth, default 20, 0 = skip),
// BENCH_RESPONSIVE_RUNS (traced throttled loads of the game for long tasks and tap delay, default 2,
// 0 = skip), BENCH_LIGHTHOUSE (Lighthouse mobile runs, default 1, 0 = skip),
// BENCH_NO_BUILD=1 (measure existing dist/ and dist-empty/), BENCH_NO_HISTORY=1, BENCH_CAMERA=0 (skip the
// map camera / celebration frame times, scripts/bench/camera.ts), BENCH_IDLE (traced idle questions,
// default 2, 0 = skip; scripts/bench/idle.ts).
import { cpus, loadavg } from 'node:os';
import { serveStatic } from '../test/e2e/harness/server.ts';
import { formatProblems } from '../test/e2e/harness/guard.ts';
import { buildEmptyPhaser, buildGame, EMPTY_DIST, GAME_DIST } from './bench/build.ts';
import { type CameraFigures, measureCamera } from './bench/camera.ts';
import { appendHistory, gitState } from './bench/history.ts';
import { loadOnce, measureHeapGrowth, SLOW_CLASSROOM, type LoadResult } from './bench/measure.ts';
import { type IdleFigures, measureIdleQuestion } from './bench/idle.ts';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { measureBlankPage, measureResponsiveness } from './bench/responsive.ts';
import { measureJsSizes, type JsSizes } from './bench/sizes.ts';
import { median, percentile, round } from './bench/stats.ts';
import { emptyPhaserTarget, gameTarget, type BenchTarget } from './bench/targets.ts';

const RUNS = envCount('BENCH_RUNS', 5);
const THROTTLED_RUNS = envCount('BENCH_THROTTLED_RUNS', 3);
const ROUNDS = envCount('BENCH_ROUNDS', 20);
const RESPONSIVE_RUNS = envCount('BENCH_RESPONSIVE_RUNS', 2);
const LIGHTHOUSE_RUNS = envCount('BENCH_LIGHTHOUSE', 1);
const IDLE_RUNS = envCount('BENCH_IDLE', 2);
const FRAME_SAMPLE_MS = 3000;

interface Figures extends JsSizes, Partial<IdleFigures> {
  firstQuestionBytes: number;
  firstQuestionMs: number;
  fps: number;
  p99FrameMs: number;
  heapBytes: number;
  throttledFirstQuestionMs?: number;
  /** Game only: when the map (loaded behind the first question) takes clicks, page ms; median. */
  mapReadyMs?: number;
  throttledMapReadyMs?: number;
  /** Game only: heap after ROUNDS rounds minus heap at the first question (both after GC). */
  heapGrowth?: number;
  /** Game only, slow profile (CPU x4), median of the traced runs: the longest main-thread task from the page's first HTML read through a round (the browser's navigation task before it is not the game's: see responsive.ts). */
  longestTaskMs?: number;
  /** … the same tasks by their thread's CPU time (what the throttled thread did, not its waits for a core); reported, not a target. */
  longestTaskCpuMs?: number;
  /** … the sum over those tasks of their part beyond 50 ms. */
  totalBlockingMs?: number;
  /** … the worst delay of a tap sent every 100 ms while the game loads (until the map takes clicks). */
  maxInputDelayMs?: number;
  /** Not the game: the longest task of a blank page, same profile and trace (median of two): the floor under longestTaskMs. */
  blankLongestTaskMs?: number;
  /** Game only: Lighthouse mobile (median score of the runs). */
  lighthouse?: LighthouseFigures;
}

/** An idle timed map question at CPU x4 (scripts/bench/idle.ts), median of the runs: reported, not a target. */
async function benchIdle(figures: Figures): Promise<void> {
  if (IDLE_RUNS === 0) return;
  const server = await serveStatic({ root: GAME_DIST });
  try {
    const runs: IdleFigures[] = [];
    for (let i = 0; i < IDLE_RUNS; i++) {
      const r = await measureIdleQuestion(server);
      log(
        `  game idle question ${i + 1}/${IDLE_RUNS} (CPU x${SLOW_CLASSROOM.cpuSlowdown}), per second: main thread ${r.idleMainThreadMsPerS} ms, animation frames ${r.idleAnimationFramesPerS}, commits ${r.idleCommitsPerS}`,
      );
      runs.push(r);
    }
    for (const key of ['idleMainThreadMsPerS', 'idleAnimationFramesPerS', 'idleCommitsPerS'] as const)
      figures[key] = round(median(runs.map((r) => r[key])), 1);
  } finally {
    await server.close();
  }
}

async function benchResponsiveness(target: BenchTarget, figures: Figures): Promise<void> {
  if (RESPONSIVE_RUNS === 0) return;
  const server = await serveStatic({ root: target.dist });
  try {
    const runs = [];
    for (let i = 0; i < RESPONSIVE_RUNS; i++) {
      const r = await measureResponsiveness(target, server, SLOW_CLASSROOM, 300_000);
      log(
        `  game responsiveness ${i + 1}/${RESPONSIVE_RUNS} (CPU x${SLOW_CLASSROOM.cpuSlowdown}): longest task ${round(r.longestTaskMs)} ms (its thread's longest CPU time ${round(r.longestTaskCpuMs)} ms), blocking ${round(r.totalBlockingMs)} ms, worst tap delay ${round(r.maxInputDelayMs)} ms over ${r.taps} taps; tasks over 50 ms: ${r.longTasks.join('; ') || 'none'}; not counted, the browser's navigation task: ${round(r.navigationMs)} ms`,
      );
      runs.push(r);
    }
    figures.longestTaskMs = round(median(runs.map((r) => r.longestTaskMs)));
    figures.longestTaskCpuMs = round(median(runs.map((r) => r.longestTaskCpuMs)));
    figures.totalBlockingMs = round(median(runs.map((r) => r.totalBlockingMs)));
    figures.maxInputDelayMs = round(median(runs.map((r) => r.maxInputDelayMs)));
    const blank = [await measureBlankPage(SLOW_CLASSROOM), await measureBlankPage(SLOW_CLASSROOM)];
    figures.blankLongestTaskMs = round(median(blank));
    log(
      `  a blank page, same profile (not the game; the floor under its longest task): longest task ${blank.map((b) => round(b)).join(', ')} ms`,
    );
  } finally {
    await server.close();
  }
}

async function benchLighthouse(target: BenchTarget, figures: Figures): Promise<void> {
  if (LIGHTHOUSE_RUNS === 0) return;
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const r = await runLighthouse(target.dist);
    log(
      `  game lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, TBT ${r.totalBlockingMs} ms, LCP ${r.largestPaintMs} ms, max potential input delay ${r.maxPotentialInputDelayMs} ms; this machine's benchmark index ${r.benchmarkIndex}`,
    );
    runs.push(r);
  }
  const mid = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
  if (mid) figures.lighthouse = mid;
}

/** The issue's targets, met or not, one line each (numbers are never asserted in tests). */
function reportTargets(game: Figures, ratioBytes: number | null, camera?: CameraFigures): void {
  const lh = game.lighthouse;
  const checks: [string, number | undefined | null, (v: number) => boolean, string][] = [
    ['longestTaskMs', game.longestTaskMs, (v) => v < 50, '< 50'],
    ['totalBlockingMs', game.totalBlockingMs, (v) => v < 200, '< 200'],
    ['maxInputDelayMs', game.maxInputDelayMs, (v) => v < 100, '< 100'],
    ['lighthouse performance', lh?.performance, (v) => v >= 0.95, '>= 0.95'],
    ['lighthouse accessibility', lh?.accessibility, (v) => v >= 1, '= 1'],
    ['lighthouse best practices', lh?.bestPractices, (v) => v >= 1, '= 1'],
    ['first-question bytes ratio', ratioBytes, (v) => v < 0.85, '< 0.85'],
    ['throttledFirstQuestionMs', game.throttledFirstQuestionMs, (v) => v < 2000, '< 2000'],
    // Issue 12 (scripts/bench/camera.ts).
    ['canvas density on a 2x phone', camera?.canvasDensity, (v) => v === 2, '= 2'],
    ['camera p99 frame ms, CPU x4', camera?.cameraP99FrameMs, (v) => v < 20, '< 20'],
    ['celebration p99 frame ms, CPU x4', camera?.celebrationP99FrameMs, (v) => v < 20, '< 20'],
  ];
  for (const [name, value, ok, target] of checks) {
    if (value === undefined || value === null) continue;
    log(`  ${ok(value) ? 'met ' : 'MISS'} ${name} ${value} (target ${target})`);
  }
}

function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${raw}`);
  return value;
}

function mapNote(load: LoadResult): string {
  return load.mapReadyMs === undefined ? '' : `, map ready at ${round(load.mapReadyMs)} ms`;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function warnAbout(target: BenchTarget, loads: readonly LoadResult[]): void {
  const problems = loads.flatMap((l) => l.problems);
  if (problems.length > 0)
    log(`  ! ${target.name}: the page reported errors; figures may be off:\n${formatProblems(problems.slice(0, 5))}`);
  for (const load of loads) {
    const { firstQuestionBytes: seen, serverBytes: sent } = load;
    if (Math.abs(seen - sent) > 0.05 * Math.max(seen, sent)) {
      log(`  ! ${target.name}: Chromium counted ${seen} B but the server sent ${sent} B before the first question`);
    }
  }
}

async function benchTarget(target: BenchTarget): Promise<Figures> {
  const sizes = await measureJsSizes(target.dist);
  const server = await serveStatic({ root: target.dist });
  try {
    const loads: LoadResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      const load = await loadOnce(target, server, {
        frameSampleMs: FRAME_SAMPLE_MS,
        measureHeap: true,
        timeoutMs: 60_000,
      });
      log(
        `  ${target.name} load ${i + 1}/${RUNS}: ${round(load.firstQuestionMs)} ms, ${load.firstQuestionBytes} B, ${round(load.fps ?? 0, 1)} fps${mapNote(load)}`,
      );
      loads.push(load);
    }
    const throttled: LoadResult[] = [];
    for (let i = 0; i < THROTTLED_RUNS; i++) {
      // Frames are sampled here too: the issue's p99 target is at 4x CPU slowdown.
      const load = await loadOnce(target, server, {
        throttle: SLOW_CLASSROOM,
        frameSampleMs: FRAME_SAMPLE_MS,
        measureHeap: false,
        timeoutMs: 300_000,
      });
      log(
        `  ${target.name} throttled load ${i + 1}/${THROTTLED_RUNS}: ${round(load.firstQuestionMs)} ms, ${round(load.fps ?? 0, 1)} fps, p99 ${round(percentile(load.frameIntervalsMs ?? [], 99), 1)} ms${mapNote(load)}`,
      );
      throttled.push(load);
    }
    warnAbout(target, [...loads, ...throttled]);
    const figures: Figures = {
      ...sizes,
      // Chromium's count misses what a Web Worker fetches (the map data worker); the server sees
      // every byte it sent before the first question, so the larger of the two counts.
      firstQuestionBytes: median(loads.map((l) => Math.max(l.firstQuestionBytes, l.serverBytes))),
      firstQuestionMs: round(median(loads.map((l) => l.firstQuestionMs))),
      fps: round(median(loads.map((l) => l.fps ?? 0)), 1),
      // p99 frame at 4x CPU slowdown when throttled runs exist (the issue's target), else unthrottled.
      p99FrameMs: round(
        percentile(
          (throttled.length > 0 ? throttled : loads).flatMap((l) => l.frameIntervalsMs ?? []),
          99,
        ),
        1,
      ),
      heapBytes: round(median(loads.map((l) => l.heapBytes ?? 0))),
    };
    if (throttled.length > 0) figures.throttledFirstQuestionMs = round(median(throttled.map((l) => l.firstQuestionMs)));
    if (loads.every((l) => l.mapReadyMs !== undefined))
      figures.mapReadyMs = round(median(loads.map((l) => l.mapReadyMs ?? 0)));
    if (throttled.length > 0 && throttled.every((l) => l.mapReadyMs !== undefined)) {
      figures.throttledMapReadyMs = round(median(throttled.map((l) => l.mapReadyMs ?? 0)));
    }
    if (target.name === 'game' && ROUNDS > 0) {
      const growth = await measureHeapGrowth(target, server, ROUNDS, 5 * 60_000);
      log(
        `  game heap after round 2 → after round ${ROUNDS} (${growth.answers} answers): ${growth.heapStart} B → ${growth.heapEnd} B`,
      );
      if (growth.problems.length > 0)
        log(`  ! game: errors while playing rounds:\n${formatProblems(growth.problems.slice(0, 5))}`);
      figures.heapGrowth = round(growth.heapGrowth, 3);
    }
    return figures;
  } finally {
    await server.close();
  }
}

async function cameraFigures() {
  const server = await serveStatic({ root: GAME_DIST });
  try {
    return await measureCamera(server);
  } finally {
    await server.close();
  }
}

function ratio(game: number | undefined, empty: number | undefined): number | null {
  return game === undefined || empty === undefined || empty === 0 ? null : round(game / empty, 3);
}

/** The machine's 1-minute load average (2 cores here): figures taken under load are pessimistic. */
function loadAverage(): number {
  return round(loadavg()[0] ?? 0, 2);
}

async function main(): Promise<void> {
  if (RUNS < 1) throw new Error('BENCH_RUNS must be at least 1');
  const startedAt = Date.now();
  const loadAtStart = loadAverage();
  if (process.env.BENCH_NO_BUILD !== '1') {
    log('building the game (dist/) …');
    await buildGame();
    log('building the empty Phaser game (dist-empty/) …');
    await buildEmptyPhaser();
  }
  log(`measuring: ${RUNS} loads each${THROTTLED_RUNS ? `, ${THROTTLED_RUNS} throttled` : ''} …`);
  const emptyPhaser = await benchTarget(emptyPhaserTarget(EMPTY_DIST));
  const game = await benchTarget(gameTarget(GAME_DIST));
  await benchResponsiveness(gameTarget(GAME_DIST), game);
  await benchLighthouse(gameTarget(GAME_DIST), game);
  await benchIdle(game);
  // The map's camera and the end-of-round celebration at CPU x4 (issue 12); BENCH_CAMERA=0 skips.
  const camera = process.env.BENCH_CAMERA === '0' ? undefined : await cameraFigures();
  if (camera) log(`  camera: ${JSON.stringify(camera)}`);
  const result = {
    game,
    emptyPhaser,
    ...(camera ? { camera } : {}),
    ratio: {
      firstQuestionBytes: ratio(game.firstQuestionBytes, emptyPhaser.firstQuestionBytes),
      firstQuestionMs: ratio(game.firstQuestionMs, emptyPhaser.firstQuestionMs),
      ...(THROTTLED_RUNS > 0
        ? { throttledFirstQuestionMs: ratio(game.throttledFirstQuestionMs, emptyPhaser.throttledFirstQuestionMs) }
        : {}),
    },
  };
  reportTargets(game, result.ratio.firstQuestionBytes, camera);
  const machine = {
    loadAverage: [loadAtStart, loadAverage()],
    cpus: cpus().length,
    seconds: round((Date.now() - startedAt) / 1000),
  };
  log(`  machine: load average ${machine.loadAverage.join(' → ')} on ${machine.cpus} CPUs, ${machine.seconds} s`);
  if (process.env.BENCH_NO_HISTORY !== '1') {
    await appendHistory({
      date: new Date().toISOString(),
      ...gitState(),
      machine,
      runs: RUNS,
      throttledRuns: THROTTLED_RUNS,
      rounds: ROUNDS,
      responsiveRuns: RESPONSIVE_RUNS,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      idleRuns: IDLE_RUNS,
      ...result,
    });
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
