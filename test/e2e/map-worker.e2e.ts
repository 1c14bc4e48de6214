import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, screenshot, SELECTORS, waitForMap, waitForTitle, withoutWorker } from './harness/index.ts';
import { answer, type Input } from './play/answer.ts';
import { question } from './play/bank.ts';

/**
 * The map's data is decoded in a Web Worker under the page's strict CSP (`worker-src 'self'`);
 * when no worker can run (an old browser, a policy that refuses it) the same work runs on the main
 * thread in slices, and the game plays the same: a map question is answered by a click on the map.
 */
const card = (page: Page) => page.locator('[data-testid="question"]');

/** Answers questions (right) until a map question has been answered by a click or tap on the map. */
async function answerAMapQuestion(page: Page, input: Input): Promise<void> {
  await page.locator(SELECTORS.play).click();
  for (let i = 0; i < 8; i++) {
    await page.locator(SELECTORS.askingQuestion).waitFor();
    const q = question((await card(page).getAttribute('data-question-id')) as string);
    if (q.type === 'locate') {
      // Names would give the answer away: none is drawn from the moment the question is asked (a
      // city question keeps the country names, which do not name a city).
      const names = await page.evaluate(() =>
        (window as unknown as { __sahel: { map: { visibleLabels(): string[] } } }).__sahel.map.visibleLabels(),
      );
      expect(q.mode === 'city' ? names.filter((id) => !/^[A-Z]{3}$/.test(id)) : names).toEqual([]);
    }
    await answer(page, q, true, q.type === 'locate' ? input : 'mouse');
    await expect(page.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('right');
    if (q.type === 'locate') return;
    await page.locator('[data-testid="next"]').click();
  }
  throw new Error('no map question in the round');
}

const mapData = (page: Page) => page.evaluate(() => document.documentElement.dataset.mapData);

describe('map data worker', { timeout: 180_000 }, () => {
  test('desktop: the worker decodes the map under the built CSP, and a map question is answered on the map', async () => {
    const { page, server } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    await waitForMap(page);
    expect(await mapData(page)).toBe('worker');
    expect(server.log.some((r) => /\/assets\/mapData\.worker-[\w-]+\.js$/.test(r.path) && r.status === 200)).toBe(true);
    await answerAMapQuestion(page, 'mouse');
    await screenshot(page, 'map-worker-answered');
  });

  test('phone, French: with no Worker in the browser the map is made on the main thread and plays the same', async () => {
    const { page, server } = await openGame({
      viewport: 'phone',
      query: '?test=1&lng=fr',
      beforeLoad: withoutWorker,
    });
    await waitForTitle(page);
    await waitForMap(page);
    expect(await mapData(page)).toBe('main-thread');
    expect(server.log.some((r) => r.path.includes('mapData.worker'))).toBe(false);
    await answerAMapQuestion(page, 'touch');
    await screenshot(page, 'map-worker-none-fr-phone');
  });

  test('desktop: a policy that refuses workers (worker-src none) falls back, and the game still plays', async () => {
    const { page } = await openGame({
      viewport: 'desktop',
      query: '?test=1',
      headers: { 'Content-Security-Policy': "worker-src 'none'" },
      // The browser reports the refused worker as a console error: that refusal is this test's premise.
      allow: [/Content Security Policy|worker-src/],
    });
    await waitForTitle(page);
    await waitForMap(page);
    expect(await mapData(page)).toBe('main-thread');
    await answerAMapQuestion(page, 'mouse');
  });
});
