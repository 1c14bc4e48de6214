import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, SELECTORS, waitForTitle, withoutWorker } from './harness/index.ts';
import { currentQuestion } from './play/answer.ts';
import { ui } from './play/bank.ts';

/**
 * Issue 20, the page's side: the engine's locale data is loaded by a small worker under the built
 * CSP (`worker-src 'self'`) before the first number is formatted, and without one the page formats
 * the same; Play builds the round in the task after the tap, so a double tap still opens one round
 * at its first question, with the focus on it.
 */
const intlWorker = /\/assets\/intlWarm\.worker-[\w-]+\.js$/;

/** Where the focus is: inside the question card, on something the student can see. */
const focusInCard = (page: Page) =>
  page.evaluate(() => {
    const at = document.activeElement as HTMLElement | null;
    const card = document.querySelector('[data-testid="question"]');
    const box = at?.getBoundingClientRect();
    return !!at && at !== card && !!card?.contains(at) && !!box && box.width > 0 && box.height > 0;
  });

describe('taps and first uses off the tap', { timeout: 180_000 }, () => {
  test('desktop, French: the worker warms Intl under the CSP; a double click on Play opens one round, focused', async () => {
    const { page, server } = await openGame({ viewport: 'desktop', query: '?test=1&lng=fr' });
    await waitForTitle(page);
    expect(server.log.some((r) => intlWorker.test(r.path) && r.status === 200)).toBe(true);
    await page.locator(SELECTORS.play).dblclick();
    await currentQuestion(page);
    await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe(
      ui.fr.round.progress.replace('{{n}}', '1').replace('{{total}}', '8'),
    );
    await expect(page.locator('[data-testid="time-left"]').innerText()).resolves.toMatch(/^\d+ s$/);
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid="question"]') !== null);
    expect(await focusInCard(page)).toBe(true);
  });

  test('phone, English: with no Worker the page formats the same and a tap on Play opens the round', async () => {
    const { page, server } = await openGame({
      viewport: 'phone',
      query: '?test=1',
      beforeLoad: withoutWorker,
    });
    await waitForTitle(page);
    expect(server.log.some((r) => intlWorker.test(r.path))).toBe(false);
    await page.locator(SELECTORS.play).tap();
    await currentQuestion(page);
    await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe('Question 1 of 8');
    await expect(page.locator('[data-testid="time-left"]').innerText()).resolves.toMatch(/^\d+ s$/);
  });
});
