import type { Page } from 'playwright-core';
import { READY, SELECTORS } from '../../test/e2e/harness/contract.ts';
import { readMarks } from './probe.ts';

/** Something the bench loads and drives to its "first question". */
export interface BenchTarget {
  name: 'game' | 'emptyPhaser';
  /** Built directory to serve. */
  dist: string;
  /** URL query appended to the served root. */
  query: string;
  /** What the probe waits for before it stops observing. */
  stopOn: 'asking' | string;
  /**
   * From a page that has started navigating, drives it until the first question can be
   * answered; returns the time that took in page ms, user think-time excluded.
   */
  reachFirstQuestion(page: Page, timeoutMs: number): Promise<number>;
  /**
   * The game only: the map (Phaser) loads behind the first question. Waits until it takes clicks
   * and returns when that was, in page ms; frames are sampled after it (the fps target is the map's).
   */
  mapReady?(page: Page, timeoutMs: number): Promise<number>;
}

/**
 * Waits until the probe saw `mark` ('asking' or a `data-ready` value). A function, not a string:
 * Playwright runs a string predicate through eval, which the game's Content-Security-Policy refuses.
 */
async function waitForMark(page: Page, mark: string, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (m) => {
      const marks = (window as unknown as { __sahelBench?: { ready: Record<string, number>; asking?: number } })
        .__sahelBench;
      return m === 'asking' ? marks?.asking !== undefined : marks?.ready[m] !== undefined;
    },
    mark,
    { timeout: timeoutMs, polling: 50 },
  );
}

/** The game: navigation until Play can be clicked, plus the click until a question is asked. */
export function gameTarget(dist: string): BenchTarget {
  return {
    name: 'game',
    dist,
    query: '',
    stopOn: 'asking',
    async reachFirstQuestion(page, timeoutMs) {
      await waitForMark(page, READY.title, timeoutMs);
      await page.locator(SELECTORS.play).click({ timeout: timeoutMs });
      await waitForMark(page, 'asking', timeoutMs);
      const marks = await readMarks(page);
      const title = marks.ready[READY.title];
      if (title === undefined || marks.playClick === undefined || marks.asking === undefined) {
        throw new Error(`incomplete marks: ${JSON.stringify(marks)}`);
      }
      return title + (marks.asking - marks.playClick);
    },
    async mapReady(page, timeoutMs) {
      const seen = await page.waitForFunction(
        () => (document.documentElement.dataset.map === 'ready' ? performance.now() : 0),
        undefined,
        { timeout: timeoutMs, polling: 50 },
      );
      return (await seen.jsonValue()) as number;
    },
  };
}

/** The empty default Phaser game: navigation until its first frame is drawn. */
export function emptyPhaserTarget(dist: string): BenchTarget {
  return {
    name: 'emptyPhaser',
    dist,
    query: '',
    stopOn: READY.firstFrame,
    async reachFirstQuestion(page, timeoutMs) {
      await waitForMark(page, READY.firstFrame, timeoutMs);
      const marks = await readMarks(page);
      const frame = marks.ready[READY.firstFrame];
      if (frame === undefined) throw new Error(`incomplete marks: ${JSON.stringify(marks)}`);
      return frame;
    },
  };
}
