import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { READY, SELECTORS } from '../../test/e2e/harness/contract.ts';
import { launchBrowser } from '../../test/e2e/harness/browser.ts';
import { formatProblems, guardPage, type PageProblem } from '../../test/e2e/harness/guard.ts';
import { serveStatic, type StaticServer } from '../../test/e2e/harness/server.ts';
import { applyThrottle, type ThrottleProfile } from './measure.ts';
import { STEP_SOURCE } from './rounds.ts';
import type { BenchTarget } from './targets.ts';
import { BLOCKING_MS, mainThreadTasks, type TraceEvent } from './traceTasks.ts';

// Does the page answer a tap while the game loads? One throttled first visit, traced with the
// DevTools protocol from navigation until the map takes clicks and then through one whole round:
// every main-thread task's length (the trace's RunTask events on the page's renderer main thread,
// after the browser's navigation task: mainThreadTasks), and, during loading, a tap sent every 100 ms whose queueing delay the page records.
// The page is driven through the DevTools protocol only (small Runtime.evaluate calls, input
// events): Playwright's own helpers inject a large script into the page on first use, a long task
// of the harness that would be counted against the game.

const TAP_EVERY_MS = 100;

export interface ResponsiveResult {
  /** The longest main-thread task after the browser's navigation task through one round, ms. */
  longestTaskMs: number;
  /**
   * The same tasks measured by their thread's CPU time: what the throttled main thread itself did,
   * without the time it waited for a core of this machine (see README, Performance).
   */
  longestTaskCpuMs: number;
  /** Sum over those tasks of the part beyond 50 ms. */
  totalBlockingMs: number;
  /** Worst delay between a tap and the first handler run for it, over taps sent during loading. */
  maxInputDelayMs: number;
  taps: number;
  /** Tasks over 50 ms (length, ms), longest first, for a reader hunting the culprit. */
  longTasksMs: number[];
  /** The same tasks, each with the longest trace events inside it ("57 ms: Layout 41, Commit 9"). */
  longTasks: string[];
  /** The browser's navigation task (not counted above; see mainThreadTasks). */
  navigationMs: number;
  problems: PageProblem[];
}

/**
 * Runs before any page script: a capture listener on window, registered first, that notes how
 * long each trusted pointerdown waited (event.timeStamp is when the input happened). Plain
 * JavaScript source (see probe.ts for why).
 */
const TAP_PROBE = String.raw`(function () {
  var delays = [];
  window.__sahelTaps = delays;
  addEventListener('pointerdown', function (event) {
    if (event.isTrusted && event.clientX < 3 && event.clientY < 3) delays.push(performance.now() - event.timeStamp);
  }, true);
})();`;

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const e of data.value) events.push(e as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
    },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * A click as one press and release, never interleaved with another click's (the taps during
 * loading and the click on Play are sent concurrently; interleaved, neither would be a click).
 */
let inputChain: Promise<unknown> = Promise.resolve();
function click(cdp: CDPSession, at: { x: number; y: number }): Promise<void> {
  const done = inputChain.then(async () => {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at, button: 'left', clickCount: 1 });
  });
  inputChain = done.catch(() => undefined);
  return done;
}

/** Taps the top-left corner (the page margin: nothing there reacts) every 100 ms until `done` resolves. */
async function tapUntil(cdp: CDPSession, done: Promise<unknown>): Promise<number> {
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  let taps = 0;
  while (!finished) {
    const started = Date.now();
    await click(cdp, { x: 1, y: 1 });
    taps++;
    const wait = TAP_EVERY_MS - (Date.now() - started);
    if (wait > 0 && !finished) await Promise.race([new Promise((r) => setTimeout(r, wait)), done]);
  }
  return taps;
}

async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`in page: ${exceptionDetails.text}`);
  return result.value as T;
}

async function until(cdp: CDPSession, expression: string, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Early on the document may not exist yet: that is "not yet".
  const guarded = `(function () { try { return !!(${expression}); } catch (e) { return false; } })()`;
  while (!(await evaluate<boolean>(cdp, guarded).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Title, a trusted click on Play, the first question, then the map taking clicks. */
async function loadAndStart(cdp: CDPSession, timeoutMs: number): Promise<void> {
  await until(cdp, `document.documentElement.dataset.ready === ${JSON.stringify(READY.title)}`, timeoutMs, 'the title');
  const box = await evaluate<{ x: number; y: number }>(
    cdp,
    `(function () { var r = document.querySelector(${JSON.stringify(SELECTORS.play)}).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
  );
  await click(cdp, box);
  await until(cdp, `!!document.querySelector(${JSON.stringify(SELECTORS.askingQuestion)})`, timeoutMs, 'a question');
  await until(cdp, `document.documentElement.dataset.map === 'ready'`, timeoutMs, 'the map');
}

/** Plays on to the next round's first question (answers need not be right; see rounds.ts). */
async function playOneRound(cdp: CDPSession, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (Date.now() > deadline) throw new Error('the round did not end in time');
    const did = await evaluate<string>(cdp, STEP_SOURCE);
    if (did === 'again') break;
    await new Promise((r) => setTimeout(r, did === 'wait' || did === 'stuck' ? 50 : 20));
  }
  await until(cdp, `!!document.querySelector(${JSON.stringify(SELECTORS.askingQuestion)})`, timeoutMs, 'round 2');
}

/** One traced, throttled first visit of the game (see the comment at the top of this file). */
export async function measureResponsiveness(
  target: BenchTarget,
  server: StaticServer,
  throttle: ThrottleProfile,
  timeoutMs: number,
): Promise<ResponsiveResult> {
  const browser = await launchBrowser({ viewport: 'desktop' });
  try {
    const { context, page } = browser;
    const guard = guardPage(page);
    await context.addInitScript({ content: TAP_PROBE });
    await applyThrottle(page, throttle);
    const cdp = await context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    await page.goto(`${server.url}${target.query}`, { waitUntil: 'commit', timeout: timeoutMs });
    const loaded = loadAndStart(cdp, timeoutMs);
    const taps = await tapUntil(
      cdp,
      loaded.catch(() => undefined),
    );
    await loaded;
    const delays = await evaluate<number[]>(cdp, 'window.__sahelTaps');
    await playOneRound(cdp, timeoutMs);
    const { tasks, cpu, navigationMs, long: described } = mainThreadTasks(await stopTrace());
    if (tasks.length === 0) throw new Error('the trace holds no main-thread task after the navigation');
    const problems = [...guard.problems];
    guard.dispose();
    if (problems.length > 0) process.stderr.write(`  ! responsiveness run: ${formatProblems(problems.slice(0, 5))}\n`);
    const long = tasks.filter((t) => t > BLOCKING_MS).sort((a, b) => b - a);
    return {
      longestTaskMs: Math.max(...tasks),
      longestTaskCpuMs: Math.max(...cpu),
      totalBlockingMs: long.reduce((sum, t) => sum + (t - BLOCKING_MS), 0),
      maxInputDelayMs: delays.length > 0 ? Math.max(...delays) : Number.NaN,
      taps,
      longTasksMs: long.map((t) => Math.round(t)).slice(0, 10),
      longTasks: described,
      navigationMs,
      problems,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The floor under `longestTaskMs`: a page of one paragraph and one line of module script, loaded
 * with the same profile and traced the same way for 3 s. Its longest task after the navigation is
 * the browser's own first style, layout and frame; no game can be shorter.
 */
export async function measureBlankPage(throttle: ThrottleProfile): Promise<number> {
  const root = await mkdtemp(join(tmpdir(), 'sahel-blank-'));
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title>' +
      '<script type="module" src="./blank.js"></script></head><body><p>Blank</p></body></html>',
  );
  await writeFile(join(root, 'blank.js'), "document.body.append('ready');\n");
  const server = await serveStatic({ root });
  const browser = await launchBrowser({ viewport: 'desktop' });
  try {
    const { context, page } = browser;
    await applyThrottle(page, throttle);
    const cdp = await context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    await page.goto(server.url, { waitUntil: 'commit' });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return Math.max(0, ...mainThreadTasks(await stopTrace()).tasks);
  } finally {
    await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}
