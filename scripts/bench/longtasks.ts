// `npx tsx scripts/bench/longtasks.ts [dist] [load|round|camera] [minMs]`: what runs long on the main thread.
// load: a throttled first visit (slow profile), Play, the map, one round (desktop); round: the same
// round alone at CPU ×4 (loaded unthrottled, the trace starting at Play: fewer tasks to read); camera: a 2× phone,
// a map question, zooms, a pan, a reset and the celebration (CPU ×4 unless CPU=1).
// Traces the main thread's tasks and samples a CPU profile at the same time, then prints each task
// over minMs (default 50) with the functions that took its time (self, and with their callees), plus
// each task's CPU time ("thread"), which a loaded machine distorts less than its length. Build with
// `npx vite build --minify false --outDir <dir>` for readable names.
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/harness/browser.ts';
import { SELECTORS } from '../../test/e2e/harness/contract.ts';
import { serveStatic } from '../../test/e2e/harness/server.ts';
import { applyThrottle, SLOW_CLASSROOM } from './measure.ts';
import { STEP_SOURCE } from './rounds.ts';
import { pageMainThreads, type TraceEvent } from './traceTasks.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const dist = process.argv[2] ?? 'dist';
const mode = (['camera', 'round'] as const).find((m) => m === process.argv[3]) ?? 'load';
const minMs = Number(process.argv[4] ?? 50);

async function drive(page: import('playwright-core').Page, url: string, cdp: CDPSession): Promise<void> {
  if (mode === 'load' || mode === 'round') {
    if (mode === 'load') await page.goto(url, { waitUntil: 'commit' });
    await page.locator(SELECTORS.play).click({ timeout: 120_000 });
    await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', undefined, { timeout: 120_000 });
    for (let i = 0; i < 2000; i++) {
      if ((await page.evaluate(STEP_SOURCE)) === 'again') return;
      await page.waitForTimeout(50);
    }
    throw new Error('the round did not end');
  }
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', undefined, { timeout: 60_000 });
  await page.evaluate(() =>
    (window as any).__sahel.app.playRound(
      {
        questionIds: ['geo-neighbours-locate'],
        timeLimitMs: null,
        timeScale: 1,
        explainDuringRound: true,
        scored: true,
      },
      1,
    ),
  );
  await page.waitForFunction(() => (window as any).__sahel.map.viewState().moving === false);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU ?? 4) });
  for (const move of ['zoomBy(1.6)', 'panBy(120, 40)', 'zoomBy(1 / 1.6)', 'resetView()', 'celebrate(3)']) {
    await page.evaluate(`window.__sahel.map.${move}`);
    await page.waitForTimeout(700);
  }
  await page.waitForTimeout(2500);
}

/** Rendering work inside a task (style, layout, paint…), in ms: what `(program)` and forced layouts hide. */
const PHASES = ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'HitTest', 'ParseHTML', 'GCEvent'];
function phasesOf(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== task.tid || e.pid !== task.pid || e.ts < task.ts || e.ts > end) continue;
    if (PHASES.includes(e.name)) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...sums]
    .filter(([, ms]) => ms >= 1)
    .map(([k, ms]) => `${k} ${Math.round(ms)} ms`)
    .join(' | ');
}

function report(events: TraceEvent[], profile: Profile): void {
  const main = pageMainThreads(events);
  const tasks = events
    .filter(
      (e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) / 1000 >= minMs,
    )
    .sort((a, b) => a.ts - b.ts);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode | undefined) =>
    n
      ? `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
      : '?';
  let ts = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    return { id, ts };
  });
  const first = tasks[0]?.ts ?? 0;
  for (const t of tasks) {
    const inside = samples.filter((s) => s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0));
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (const s of inside) {
      self.set(name(byId.get(s.id)), (self.get(name(byId.get(s.id))) ?? 0) + 1);
      const seen = new Set<string>();
      for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) seen.add(name(byId.get(id)));
      for (const k of seen) total.set(k, (total.get(k) ?? 0) + 1);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .filter(([k]) => !k.startsWith('(root)'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${Math.round((100 * v) / Math.max(1, inside.length))}% ${k}`)
        .join(' | ');
    console.log(
      `\n+${Math.round((t.ts - first) / 1000)} ms: task ${Math.round((t.dur ?? 0) / 1000)} ms (thread ${Math.round((t.tdur ?? 0) / 1000)} ms)`,
    );
    console.log(`  self:  ${top(self, 6)}`);
    const phases = phasesOf(events, t);
    if (phases) console.log(`  phases: ${phases}`);
    console.log(`  total: ${top(total, Number(process.env.TOP ?? 10))}`);
  }
  console.log(`\n${tasks.length} main-thread tasks of ${minMs} ms or more`);
}

const server = await serveStatic({ root: dist });
const browser = await launchBrowser({ viewport: mode === 'camera' ? 'phone' : 'desktop' });
try {
  const { page, context } = browser;
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => {
    for (const e of d.value) events.push(e as unknown as TraceEvent);
  });
  if (mode === 'load') await applyThrottle(page, SLOW_CLASSROOM);
  if (mode === 'round') {
    // Loaded at full speed and untraced: only the round, at CPU ×4, is in the trace.
    await page.goto(`${server.url}?test=1`);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', undefined, { timeout: 120_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU ?? 4) });
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  await cdp.send('Profiler.start');
  await drive(page, `${server.url}?test=1`, cdp);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  report(events, profile);
} finally {
  await browser.close();
  await server.close();
}
