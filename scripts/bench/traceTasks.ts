// The game page's main-thread tasks, read from a DevTools trace (pure: no browser here; see
// responsive.ts for how the trace is taken).

/** A task longer than this blocks input (the Long Tasks API's and Lighthouse's threshold). */
export const BLOCKING_MS = 50;

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own CPU time in the event (at CPU ×4 it includes the throttler's spinning). */
  tdur?: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      /** TracingStartedInBrowser: the traced page's frames and the renderer process of each. */
      frames?: { url?: string; processId?: number }[];
      /** FrameCommittedInBrowser: a navigation committed in this renderer process. */
      frame?: { url?: string; processId?: number };
    };
  };
}

const isWeb = (url: unknown) => /^https?:/.test(String(url ?? ''));

/**
 * The game page's main thread(s): the renderer main threads (CrRendererMain) of the processes that
 * hold the page at an http(s) address, as the browser says when tracing starts and at each commit,
 * or that committed such an address themselves. Other renderers' main threads are not the game's:
 * Chromium 156 loads its omnibox popup (chrome://omnibox-popup.top-chrome, a WebUI) in a renderer of
 * its own at start-up, whose tasks of up to 330 ms were counted against the game before.
 */
export function pageMainThreads(events: readonly TraceEvent[]): Set<string> {
  const pids = new Set<number>();
  for (const e of events) {
    for (const f of e.name === 'TracingStartedInBrowser' ? (e.args?.data?.frames ?? []) : [])
      if (isWeb(f.url) && f.processId !== undefined) pids.add(f.processId);
    const committed = e.name === 'FrameCommittedInBrowser' ? e.args?.data?.frame : undefined;
    if (committed && isWeb(committed.url) && committed.processId !== undefined) pids.add(committed.processId);
    if (e.name === 'CommitLoad' && isWeb(e.args?.data?.url)) pids.add(e.pid);
  }
  const threads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
      threads.add(`${e.pid}:${e.tid}`);
  }
  return threads;
}

/**
 * Lengths (ms) of the top-level tasks on the game page's main thread after the one that commits the
 * navigation to the game's address (its CommitLoad); `navigationMs`: the longest task up to and
 * including that one. Those are the browser's own navigation (detaching the blank frame, committing
 * the navigation, creating the window's script context): a blank page with one line of script has
 * the same 75–130 ms task at CPU ×4 (README, Performance), and nothing the game does can shorten it.
 * Only the page's own main thread counts (pageMainThreads), for the blank page too.
 */
export function mainThreadTasks(events: readonly TraceEvent[]): {
  tasks: number[];
  /** The same tasks' CPU time on their thread, ms (see longestTaskCpuMs). */
  cpu: number[];
  navigationMs: number;
  long: string[];
} {
  const page = pageMainThreads(events);
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const commits = events.filter((e) => e.name === 'CommitLoad' && page.has(thread(e)) && isWeb(e.args?.data?.url));
  if (commits.length === 0) throw new Error('the trace holds no commit of the game page');
  const commit = Math.min(...commits.map((e) => e.ts));
  const runs = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && page.has(thread(e)) && e.dur !== undefined);
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const counted = runs.filter((e) => e.ts > commit);
  return {
    tasks: counted.map(ms),
    cpu: counted.map((e) => (e.tdur ?? e.dur ?? 0) / 1000),
    navigationMs: Math.max(0, ...runs.filter((e) => e.ts <= commit && end(e) >= 0).map(ms)),
    long: counted
      .filter((e) => ms(e) > BLOCKING_MS)
      .sort((a, b) => ms(b) - ms(a))
      .slice(0, 10)
      .map(
        (task) => `${Math.round(ms(task))} ms (thread ${Math.round((task.tdur ?? 0) / 1000)}): ${inside(events, task)}`,
      ),
  };
}

/** Wrappers every task has, which say nothing of what it did. */
const WRAPPERS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'Receive mojo message',
  'SimpleWatcher::OnHandleReady',
]);

/** The longest named trace events inside `task` (its own thread), e.g. "Layout 41, Commit 9". */
function inside(events: readonly TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e === task || e.ph !== 'X' || e.tid !== task.tid || e.pid !== task.pid || e.ts < task.ts || e.ts >= end)
      continue;
    if (WRAPPERS.has(e.name) || e.name.startsWith('V8.GC_')) continue;
    const name = e.args?.data?.url ? `${e.name}(${String(e.args.data.url).split('/').pop()})` : e.name;
    sums.set(name, (sums.get(name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return (
    [...sums]
      .filter(([, v]) => v >= 3)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(', ') || 'nothing traced inside'
  );
}

/** What the game page's main thread did over a whole trace (an idle question: see idle.ts). */
export interface Activity {
  tasks: number;
  /** The tasks' summed length, ms. */
  taskMs: number;
  /** Animation frame callbacks run (FireAnimationFrame): each asks the page for a frame. */
  animationFrames: number;
  /** Frames the page committed to the compositor. */
  commits: number;
}

export function pageActivity(events: readonly TraceEvent[]): Activity {
  const page = pageMainThreads(events);
  const mine = events.filter((e) => e.ph === 'X' && page.has(`${e.pid}:${e.tid}`));
  const named = (name: string) => mine.filter((e) => e.name === name);
  const tasks = named('RunTask');
  return {
    tasks: tasks.length,
    taskMs: tasks.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
    animationFrames: named('FireAnimationFrame').length,
    commits: named('Commit').length,
  };
}
