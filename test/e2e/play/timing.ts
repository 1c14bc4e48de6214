import type { Page } from 'playwright-core';
import type { Question } from '../../../src/core/content/types.ts';
import { STANDARD_ROUND } from '../../../src/core/round/presets.ts';
import { questionTimeMs } from '../../../src/core/round/timing.ts';

/** A standard round's base time per question. */
export const STANDARD_BASE_MS: number = STANDARD_ROUND.timeLimitMs;

/**
 * How long a test may wait for question `q` to run out of time: its own time under the time rule
 * (a four-pair match gets 50 s at the standard base, a true/false 15 s), scaled by the student's time
 * setting, plus room for a loaded machine. Never a fixed 30 s: that is shorter than some questions get.
 */
export function timeOutWaitMs(q: Question, baseMs = STANDARD_BASE_MS, scale = 1): number {
  return questionTimeMs(q, baseMs) * scale + 15_000;
}

/**
 * Lets question `q` run out of time as a student who waits would, without the test waiting for it:
 * the page's clock (Playwright's, installed before the game loaded: `page.clock.install()`, then
 * a reload) jumps over the question's whole time, and the time-out's verdict shows.
 */
export async function waitOutQuestion(page: Page, q: Question, baseMs = STANDARD_BASE_MS, scale = 1): Promise<void> {
  await page.clock.fastForward(questionTimeMs(q, baseMs) * scale);
  await page.locator('[data-verdict="timeout"]').waitFor({ timeout: 15_000 });
}
