import { describe, expect, test } from 'vitest';
import { mainThreadTasks, pageActivity, pageMainThreads, type TraceEvent } from '../../scripts/bench/traceTasks.ts';

/**
 * The bench's longest task is the game page's own: a trace also holds other renderers' main
 * threads (Chromium 156 loads its omnibox popup, a WebUI page, in a renderer of its own at start-up),
 * and their tasks are not the game's.
 */
const GAME = { pid: 10, tid: 1 };
const WEBUI = { pid: 20, tid: 1 };
const BLANK = { pid: 30, tid: 1 };

const named = (at: { pid: number; tid: number }): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ...at,
  ts: 0,
  args: { name: 'CrRendererMain' },
});
const task = (at: { pid: number; tid: number }, ts: number, ms: number, cpuMs = ms): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ...at,
  ts,
  dur: ms * 1000,
  tdur: cpuMs * 1000,
});
const commitLoad = (at: { pid: number; tid: number }, ts: number, url: string): TraceEvent => ({
  name: 'CommitLoad',
  ph: 'X',
  ...at,
  ts,
  dur: 10,
  args: { data: { url } },
});

describe("the bench's main-thread tasks", () => {
  const trace: TraceEvent[] = [
    named(GAME),
    named(WEBUI),
    named(BLANK),
    { name: 'thread_name', ph: 'M', pid: 10, tid: 7, ts: 0, args: { name: 'DedicatedWorker thread' } },
    task(BLANK, 0, 30),
    commitLoad(BLANK, 1_000, 'about:blank'),
    task(GAME, 10_000, 120),
    commitLoad(GAME, 10_500, 'http://127.0.0.1:4173/'),
    task(GAME, 200_000, 40, 30),
    task(GAME, 300_000, 70, 55),
    task(WEBUI, 250_000, 330),
    commitLoad(WEBUI, 240_000, 'chrome://omnibox-popup.top-chrome/'),
    task({ pid: 10, tid: 7 }, 260_000, 200),
  ];

  test("counts the tasks after the game's commit on the thread that committed it, and nothing else", () => {
    const r = mainThreadTasks(trace);
    expect(r.tasks).toEqual([40, 70]);
    expect(r.cpu).toEqual([30, 55]);
    expect(r.navigationMs).toBe(120);
    expect(r.long).toHaveLength(1);
    expect(r.long[0]).toMatch(/^70 ms \(thread 55\)/);
  });

  test('a trace without the game page committed is an error, not an empty measure', () => {
    expect(() => mainThreadTasks(trace.filter((e) => !(e.name === 'CommitLoad' && e.pid === GAME.pid)))).toThrow(
      /no commit of the game page/,
    );
  });

  test('a trace begun after the navigation finds the page by the renderer the browser names for it', () => {
    const later: TraceEvent[] = [
      named(GAME),
      named(WEBUI),
      {
        name: 'TracingStartedInBrowser',
        ph: 'I',
        pid: 1,
        tid: 1,
        ts: 0,
        args: { data: { frames: [{ url: 'http://127.0.0.1:4173/?test=1', processId: GAME.pid }] } },
      },
      task(GAME, 100, 60),
      task(WEBUI, 200, 300),
    ];
    expect([...pageMainThreads(later)]).toEqual([`${GAME.pid}:${GAME.tid}`]);
    expect([...pageMainThreads(trace)]).toEqual([`${GAME.pid}:${GAME.tid}`]);
  });

  test("sums the game page's activity alone: its tasks, animation frames and commits", () => {
    const at = (who: { pid: number; tid: number }, name: string, ts: number): TraceEvent => ({
      name,
      ph: 'X',
      ...who,
      ts,
      dur: 500,
    });
    const r = pageActivity([
      ...trace,
      at(GAME, 'FireAnimationFrame', 200_100),
      at(GAME, 'FireAnimationFrame', 300_100),
      at(GAME, 'Commit', 300_200),
      at(WEBUI, 'FireAnimationFrame', 250_100),
      at(WEBUI, 'Commit', 250_200),
    ]);
    expect(r).toEqual({ tasks: 3, taskMs: 230, animationFrames: 2, commits: 1 });
  });
});
