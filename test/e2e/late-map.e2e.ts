import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, screenshot, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, type Input } from './play/answer.ts';
import { question, ui } from './play/bank.ts';
import { STANDARD_BASE_MS } from './play/timing.ts';
import { questionTimeMs } from '../../src/core/round/timing.ts';

/**
 * The title and non-map questions come before Phaser: the map's code (the createGame chunk) is
 * held back here, and the game must still be playable; a map question waits for the map with
 * its clock stopped and a visible note, and is asked once the map has arrived.
 */
async function heldMap(lng: 'en' | 'fr', viewport: 'desktop' | 'phone') {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let requested = false;
  const { page } = await openGame({
    viewport,
    query: `?test=1&lng=${lng}`,
    beforeLoad: (p) =>
      p.route(/createGame-[^/]*\.js$/, async (route) => {
        requested = true;
        await gate;
        await route.continue();
      }),
  });
  return { page, release, requested: () => requested };
}

const card = (page: Page) => page.locator('[data-testid="question"]');

/** Answers non-map questions (right) until a map question is on screen; returns its id. */
async function playUntilMapQuestion(page: Page): Promise<string> {
  for (let i = 0; i < 8; i++) {
    await card(page).and(page.locator('[data-question-id]')).waitFor();
    const id = (await card(page).getAttribute('data-question-id')) as string;
    const q = question(id);
    if (q.type === 'locate') return id;
    await page.locator(SELECTORS.askingQuestion).waitFor();
    await answer(page, q, true, 'mouse' as Input);
    await page.locator('[data-verdict]').waitFor();
    await page.locator('[data-testid="next"]').click();
  }
  throw new Error('no map question in the round');
}

describe('the game before the map has loaded', { timeout: 180_000 }, () => {
  for (const [lng, viewport] of [
    ['en', 'desktop'],
    ['fr', 'phone'],
  ] as const) {
    test(`${lng} ${viewport}: title and non-map questions work without Phaser; a map question waits for the map, clock stopped`, async () => {
      const { page, release, requested } = await heldMap(lng, viewport);
      await waitForTitle(page);
      expect(await page.evaluate(() => document.documentElement.dataset.map)).toBeUndefined();
      expect(requested(), 'the map code is asked for behind the title').toBe(true);
      await page.locator(SELECTORS.play).click();
      const q = question(await playUntilMapQuestion(page));

      // Waiting: not asked yet, a note says why, no pause dialog, the clock does not run.
      const note = page.locator('[data-testid="map-note"]');
      await expect.poll(() => card(page).getAttribute('data-state')).toBe('paused');
      await expect(note.innerText()).resolves.toContain(ui[lng].mapLoad.loading);
      expect(await page.locator('.paused-panel').isVisible()).toBe(false);
      expect(await page.locator(SELECTORS.askingQuestion).count()).toBe(0);
      await screenshot(page, `late-map-waiting-${lng}-${viewport}`);
      // Time is what this waits for: 2.5 s pass on the page's own clock while the map is held.
      const heldAt = await page.evaluate(() => performance.now());
      await page.waitForFunction((t) => performance.now() - t >= 2_500, heldAt);
      // Escape does not start the clock behind the player's back.
      await page.keyboard.press('Escape');
      expect(await card(page).getAttribute('data-state')).toBe('paused');

      // The map arrives: the question is asked, the note goes, and a click on the map answers it.
      release();
      await page.locator(SELECTORS.askingQuestion).waitFor({ timeout: 30_000 });
      expect(await note.isVisible()).toBe(false);
      // The 2.5 s spent waiting were not taken from the question's own time (20 s for a country, 25 s for a city).
      const own = questionTimeMs(q, STANDARD_BASE_MS) / 1000;
      await expect
        .poll(async () =>
          Number((await page.locator('[data-testid="time-left"]').textContent())?.replace(/\D/g, '') || 0),
        )
        .toBeGreaterThanOrEqual(own - 1);
      expect(await card(page).getAttribute('data-question-id')).toBe(q.id);
      await answer(page, q, true, 'mouse');
      await expect(page.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('right');
      await screenshot(page, `late-map-answered-${lng}-${viewport}`);
    });
  }
});
