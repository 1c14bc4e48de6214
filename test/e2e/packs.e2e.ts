/**
 * Two content packs: the title screen lists them (title, source, the student's progress); picking
 * the geography pack plays a whole round of it, and its records never mix with the article's.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openGame, screenshot, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion, type Input } from './play/answer.ts';

const json = (p: string) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const title = (pack: string, lng: string) => json(`content/${pack}/texts/${lng}.json`)._pack.title as string;
const ui = { en: json('locales/en/ui.json'), fr: json('locales/fr/ui.json') };
const geoIds = new Set((json('content/sahel-geography/questions.json').questions as { id: string }[]).map((q) => q.id));

async function playRound(page: Page, input: Input, lng: 'en' | 'fr'): Promise<number> {
  let right = 0;
  for (let i = 0; i < 8; i++) {
    const q = await currentQuestion(page);
    expect(geoIds.has(q.id), `${q.id} comes from the geography pack`).toBe(true);
    await answer(page, q, i % 2 === 0, input);
    if ((await page.locator('[data-verdict]').getAttribute('data-verdict')) === 'right') right++;
    await expect(page.locator('.feedback .explanation').innerText()).resolves.toMatch(/\S{3}/);
    await expect(page.locator('.feedback .source').innerText()).resolves.toBe(ui[lng].packs.sourceMap);
    await page.locator('[data-testid="next"]').click();
  }
  await page.locator('[data-screen="summary"]').waitFor();
  return right;
}

describe('choosing a content pack', { timeout: 240_000 }, () => {
  test('desktop, English: both packs listed; the geography pack plays a round; records kept apart', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    const list = page.locator('[data-testid="pack-list"]');
    await expect(list.locator('li').count()).resolves.toBe(2);
    await expect(page.locator('[data-testid="pack-niger-coup-2023"] .pack-title').innerText()).resolves.toBe(
      title('niger-coup-2023', 'en'),
    );
    await expect(page.locator('[data-testid="pack-niger-coup-2023"]').getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    await expect(page.locator('[data-testid="pack-niger-coup-2023"] .pack-source').innerText()).resolves.toBe(
      'News article, July 30, 2023',
    );
    await expect(page.locator('[data-testid="pack-sahel-geography"] .pack-source').innerText()).resolves.toBe(
      ui.en.packs.mapData,
    );
    await screenshot(page, 'packs-en-title');
    await page.locator('[data-testid="pack-sahel-geography"]').click();
    await page.waitForURL(/pack=sahel-geography/);
    await waitForTitle(page);
    await expect(page.locator('[data-testid="pack-sahel-geography"]').getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    await expect(page.locator('.tagline').innerText()).resolves.toBe(title('sahel-geography', 'en'));
    await expect(page.locator('.credit').innerText()).resolves.toBe(ui.en.packs.mapData);
    await page.locator(SELECTORS.play).click();
    const right = await playRound(page, 'mouse', 'en');
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe(`${right} of 8`);
    await screenshot(page, 'packs-en-geo-summary');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain('sahel-quiz@sahel-geography:progress');
    expect(keys).not.toContain('sahel-quiz:progress');
  });

  test('phone, French, by touch: the list is in French and the geography pack plays through', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1&lng=fr' });
    await waitForTitle(page);
    await expect(page.locator('#pack-list-heading').innerText()).resolves.toBe(ui.fr.packs.heading);
    await expect(page.locator('[data-testid="pack-sahel-geography"] .pack-title').innerText()).resolves.toBe(
      title('sahel-geography', 'fr'),
    );
    await screenshot(page, 'packs-fr-phone-title');
    await page.locator('[data-testid="pack-sahel-geography"]').tap();
    await page.waitForURL(/pack=sahel-geography/);
    await waitForTitle(page);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    await page.locator(SELECTORS.play).tap();
    const right = await playRound(page, 'touch', 'fr');
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe(`${right} sur 8`);
    await screenshot(page, 'packs-fr-phone-summary');
  });
});
