/**
 * Other languages load lazily: an English player's first question downloads no French text, yet the
 * language menu lists "Français" (its name comes from the build); choosing it fetches French then.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openGame, SELECTORS, waitForTitle } from './harness/index.ts';
import { holds, recordBodies } from './harness/downloads.ts';

const fr = JSON.parse(readFileSync(new URL('../../locales/fr/ui.json', import.meta.url), 'utf8')) as {
  round: { progress: string };
  title: { tagline: string; continue: string };
};

describe('lazy languages', { timeout: 120_000 }, () => {
  test('the first question in English downloads no French; the menu still offers Français, which then loads', async () => {
    let bodies: string[] = [];
    const { page, guard } = await openGame({
      viewport: 'desktop',
      query: '?test=1&lng=en',
      beforeLoad: async (p) => {
        bodies = recordBodies(p);
      },
    });
    await waitForTitle(page);
    const menu = await page
      .locator('[data-testid="language"] option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(menu).toEqual(expect.arrayContaining([['fr', 'Français']]));
    await page.locator(SELECTORS.play).click();
    await page.locator('[data-screen="round"]').waitFor();
    expect(holds(bodies, fr.round.progress)).toBe(false);
    expect(holds(bodies, fr.title.continue)).toBe(false);

    await page.goto(page.url().replace(/#.*$/, '').replace('lng=en', 'lng=fr'));
    await waitForTitle(page);
    await page.locator('.tagline', { hasText: fr.title.tagline }).waitFor();
    await expect.poll(() => holds(bodies, fr.round.progress)).toBe(true);
    expect(guard.problems).toEqual([]);
  });
});
