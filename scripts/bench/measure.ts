import type { Page, Request } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/harness/browser.ts';
import { formatProblems, guardPage, type PageProblem } from '../../test/e2e/harness/guard.ts';
import type { StaticServer } from '../../test/e2e/harness/server.ts';
import { addProbe, sampleFrames } from './probe.ts';
import { playRounds } from './rounds.ts';
import type { BenchTarget } from './targets.ts';

/** Network and CPU emulation for a slow classroom machine on a shared connection. */
export interface ThrottleProfile {
  downloadKbps: number;
  uploadKbps: number;
  latencyMs: number;
  /** Chromium's CPU slowdown factor (4 = four times slower). */
  cpuSlowdown: number;
}

export const SLOW_CLASSROOM: ThrottleProfile = { downloadKbps: 1600, uploadKbps: 750, latencyMs: 150, cpuSlowdown: 4 };

export interface LoadOptions {
  throttle?: ThrottleProfile;
  /** Sample frames with requestAnimationFrame for this long after the first question and the map (0 = skip). */
  frameSampleMs: number;
  /** Read the JS heap after a forced GC. */
  measureHeap: boolean;
  timeoutMs: number;
}

export interface LoadResult {
  firstQuestionMs: number;
  /** Response bodies as transferred (gzip where the server compressed), per Chromium. */
  firstQuestionBytes: number;
  /** The same, counted by the server: a cross-check that also sees service-worker fetches. */
  serverBytes: number;
  requests: number;
  /** The game: when the map, loaded behind the first question, took clicks (page ms since navigation). */
  mapReadyMs?: number;
  fps?: number;
  frameIntervalsMs?: number[];
  heapBytes?: number;
  problems: PageProblem[];
}

export async function applyThrottle(page: Page, throttle: ThrottleProfile): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: throttle.latencyMs,
    downloadThroughput: (throttle.downloadKbps * 1000) / 8,
    uploadThroughput: (throttle.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuSlowdown });
}

/** JSHeapUsedSize after a forced garbage collection. */
export async function heapUsedAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Performance.getMetrics gave no JSHeapUsedSize');
    return used.value;
  } finally {
    await cdp.detach();
  }
}

/** One first visit: fresh profile, navigate, drive to the first question, then sample. */
export async function loadOnce(target: BenchTarget, server: StaticServer, options: LoadOptions): Promise<LoadResult> {
  const browser = await launchBrowser({ viewport: 'desktop' });
  try {
    const { context, page } = browser;
    const guard = guardPage(page);
    await addProbe(context, target.stopOn);
    const finished: Request[] = [];
    context.on('requestfinished', (request) => finished.push(request));
    if (options.throttle) await applyThrottle(page, options.throttle);

    const logStart = server.log.length;
    await page.goto(`${server.url}${target.query}`, { waitUntil: 'commit', timeout: options.timeoutMs });
    let firstQuestionMs: number;
    try {
      firstQuestionMs = await target.reachFirstQuestion(page, options.timeoutMs);
    } catch (error) {
      const why = guard.problems.length > 0 ? `\nThe page reported:\n${formatProblems(guard.problems)}` : '';
      throw new Error(`${target.name} never reached its first question: ${String(error)}${why}`, { cause: error });
    }
    const fetched = finished.slice();
    const serverBytes = server.log.slice(logStart).reduce((sum, entry) => sum + entry.bodyBytes, 0);
    let firstQuestionBytes = 0;
    for (const request of fetched) firstQuestionBytes += (await request.sizes()).responseBodySize;

    const result: LoadResult = {
      firstQuestionMs,
      firstQuestionBytes,
      serverBytes,
      requests: fetched.length,
      problems: [],
    };
    if (target.mapReady) result.mapReadyMs = await target.mapReady(page, options.timeoutMs);
    if (options.frameSampleMs > 0) {
      const frames = await sampleFrames(page, options.frameSampleMs);
      result.fps = frames.fps;
      result.frameIntervalsMs = frames.intervals;
    }
    if (options.measureHeap) result.heapBytes = await heapUsedAfterGc(page);
    result.problems = [...guard.problems];
    guard.dispose();
    return result;
  } finally {
    await browser.close();
  }
}

export interface HeapGrowthResult {
  /**
   * JS heap after GC once `rounds` rounds are played, divided by the same after round 2 (the
   * issue's leak check: round 20 ÷ round 2). Round 1 is left out of the baseline because it
   * loads what every later round reuses (sounds, screens, saved progress).
   */
  heapGrowth: number;
  heapStart: number;
  heapEnd: number;
  answers: number;
  problems: PageProblem[];
}

/** Plays `rounds` rounds (at least 3) in one page and reports how much the heap grew after round 2 (a leak shows here). */
export async function measureHeapGrowth(
  target: BenchTarget,
  server: StaticServer,
  rounds: number,
  timeoutMs: number,
): Promise<HeapGrowthResult> {
  const browser = await launchBrowser({ viewport: 'desktop' });
  try {
    const { context, page } = browser;
    const guard = guardPage(page);
    await addProbe(context, target.stopOn);
    await page.goto(`${server.url}${target.query}`, { waitUntil: 'commit', timeout: 60_000 });
    await target.reachFirstQuestion(page, 60_000);
    const baseline = Math.min(2, rounds - 1);
    let answers = await playRounds(page, { rounds: baseline, timeoutMs });
    const heapStart = await heapUsedAfterGc(page);
    answers += await playRounds(page, { rounds: rounds - baseline, timeoutMs });
    const heapEnd = await heapUsedAfterGc(page);
    const problems = [...guard.problems];
    guard.dispose();
    return { heapGrowth: heapEnd / heapStart, heapStart, heapEnd, answers, problems };
  } finally {
    await browser.close();
  }
}
