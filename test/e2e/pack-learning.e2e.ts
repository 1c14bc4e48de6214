/**
 * The geography pack through the learning and teaching screens: summary → practise what I missed →
 * my progress (its own topics) → builder (its own topics) → a link that opens that pack's round.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openGame, SELECTORS, waitForTitle } from './harness/index.ts';
import { answer, currentQuestion } from './play/answer.ts';

const json = (p: string) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const topics = (lng: string) =>
  json(`content/sahel-geography/texts/${lng}.json`)._pack.topics as Record<string, string>;
const geoIds = new Set((json('content/sahel-geography/questions.json').questions as { id: string }[]).map((q) => q.id));
const tid = (id: string) => `[data-testid="${id}"]`;

describe('the geography pack in practice, progress and the builder', { timeout: 240_000 }, () => {
  test('French: missed questions are practised, progress and builder list the pack’s own topics, the link keeps the pack', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1&lng=fr&pack=sahel-geography' });
    await waitForTitle(page);
    await page.locator(SELECTORS.play).click();
    for (let i = 0; i < 8; i++) {
      const q = await currentQuestion(page);
      await answer(page, q, i >= 2, 'mouse'); // the first two missed
      await page.locator(tid('next')).click();
    }
    await page.locator('[data-screen="summary"]').waitFor();
    await page.locator(tid('practise-missed')).click();
    const first = await currentQuestion(page);
    expect(geoIds.has(first.id)).toBe(true);

    await page.goto(page.url().split('#')[0] as string);
    await waitForTitle(page);
    await page.locator(tid('my-progress')).click();
    const names = await page.locator(`${tid('mastery')} .topic-name`).allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(Object.values(topics('fr'))).toContain(n);
    await page.locator(tid('progress-back')).click();

    await waitForTitle(page);
    await page.locator(tid('teachers')).click();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'teacher');
    const offered = await page
      .locator(`${tid('group-topics')} input`)
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(offered).toEqual(Object.keys(topics('fr')));
    await page.locator(`${tid('group-topics')} input[value="capitals"]`).check();
    await page.locator(tid('count')).fill('3');
    const link = await page.locator(tid('share-link')).inputValue();
    expect(link).toMatch(/\?pack=sahel-geography#r=/);
  });
});
