import type { BrowserContext, Page } from 'playwright-core';
import { SELECTORS } from '../../test/e2e/harness/contract.ts';

// The in-page code below is plain JavaScript source, not TypeScript functions: tsx/esbuild
// add `__name(...)` helpers to named functions, and those do not exist inside the page.

/** In-page times (ms since navigation start, the page's `performance.now()`). */
export interface Marks {
  /** `<html data-ready>` values, when each was first seen. */
  ready: Record<string, number>;
  /** First click on the Play button (capture phase, before the game sees it). */
  playClick?: number;
  /** First time a question was in the asking state. */
  asking?: number;
}

/**
 * Installed before any page script: records, by MutationObserver (microtask-exact), when the
 * page reaches each contract state, then disconnects so it costs nothing while fps is measured.
 * `stopOn` is 'asking' or a `data-ready` value.
 */
const PROBE_SOURCE = String.raw`(function (args) {
  var marks = { ready: {} };
  window.__sahelBench = marks;
  var observer = null;
  function check() {
    var root = document.documentElement;
    var ready = root ? root.dataset.ready : undefined;
    if (ready && !(ready in marks.ready)) marks.ready[ready] = performance.now();
    if (marks.asking === undefined && document.querySelector(args.asking)) marks.asking = performance.now();
    var done = args.stopOn === 'asking' ? marks.asking !== undefined : args.stopOn in marks.ready;
    if (done && observer) { observer.disconnect(); observer = null; }
  }
  observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-ready', 'data-state', 'data-testid'] });
  addEventListener('click', function (event) {
    var target = event.target;
    if (marks.playClick === undefined && target instanceof Element && target.closest(args.play)) {
      marks.playClick = performance.now();
    }
  }, true);
})`;

export async function addProbe(context: BrowserContext, stopOn: 'asking' | string): Promise<void> {
  const args = { play: SELECTORS.play, asking: SELECTORS.askingQuestion, stopOn };
  await context.addInitScript({ content: `${PROBE_SOURCE}(${JSON.stringify(args)});` });
}

export async function readMarks(page: Page): Promise<Marks> {
  const marks = (await page.evaluate('window.__sahelBench')) as Marks | undefined;
  if (!marks) throw new Error('bench probe missing from the page');
  return marks;
}

/** Frames over a window of ~durationMs, counted with requestAnimationFrame in the page. */
export async function sampleFrames(page: Page, durationMs: number): Promise<{ fps: number; intervals: number[] }> {
  const source = String.raw`new Promise(function (resolve) {
    var duration = ${JSON.stringify(durationMs)};
    var intervals = [];
    var first = -1, last = -1;
    function tick(now) {
      if (first < 0) first = now; else intervals.push(now - last);
      last = now;
      if (now - first < duration) requestAnimationFrame(tick);
      else resolve({ fps: intervals.length * 1000 / (last - first), intervals: intervals });
    }
    requestAnimationFrame(tick);
  })`;
  return (await page.evaluate(source)) as { fps: number; intervals: number[] };
}
