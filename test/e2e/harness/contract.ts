import type { Page } from 'playwright-core';

/**
 * The DOM contract between the game and its tests/bench, in one place.
 * - Title screen: `<html data-ready="title">` once the Play button can be clicked.
 * - A question can be answered when `[data-testid="question"][data-state="asking"]` exists.
 * - After an answer (or a time-out) the verdict shows in the tap's task and the rest in the tasks
 *   after it (issue 20); `[data-verdict]` appears once all of it is up: the right answer revealed,
 *   the points, the explanation, and the focus on Next.
 * - The summary's review list is filled in the tasks after the summary shows: `SELECTORS.reviewDone` once complete.
 * - The bench's empty Phaser game sets `<html data-ready="first-frame">` on its first frame.
 * - The map (Phaser) loads behind the title: `<html data-map="ready">` once it takes clicks and,
 *   under `?test=1`, `window.__sahel.map` is the map scene.
 */
export const SELECTORS = {
  play: '[data-testid="play"]',
  askingQuestion: '[data-testid="question"][data-state="asking"]',
  reviewDone: '[data-testid="review"]:not([aria-busy])',
} as const;

export const READY = { title: 'title', firstFrame: 'first-frame' } as const;
export type ReadyState = (typeof READY)[keyof typeof READY];

/** Waits until `<html data-ready>` has the given value. */
export async function waitForReady(page: Page, state: ReadyState, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction((s) => document.documentElement.dataset.ready === s, state, { timeout: timeoutMs });
}

/** Waits for the title screen: ready flag set and the Play button visible. */
export async function waitForTitle(page: Page, timeoutMs = 30_000): Promise<void> {
  await waitForReady(page, READY.title, timeoutMs);
  await page.locator(SELECTORS.play).waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Waits until a question is being asked (its choices can be answered). @public harness API for tests */
export async function waitForAskingQuestion(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.locator(SELECTORS.askingQuestion).first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Waits until the map has loaded behind the DOM screens and takes clicks. */
export async function waitForMap(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', undefined, { timeout: timeoutMs });
}
