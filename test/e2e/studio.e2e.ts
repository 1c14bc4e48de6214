import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Question } from '../../src/core/content/types.ts';
import { decodePackLink } from '../../src/core/content/packLink.ts';
import { audit } from './a11y/helpers.ts';
import { openGame, SELECTORS } from './harness/index.ts';
import { answer, visiblePlace } from './play/answer.ts';
import { places, ui } from './play/bank.ts';
import { addQuestion, ARTICLE, openStudio, ready, tid, writeQuizHead, writeType } from './studio/write.ts';

const TYPES = ['choice', 'truefalse', 'locate', 'numeric', 'timeline', 'match'] as const;
const ctx = {
  placeIds: new Set([...Object.keys(places.countries), ...Object.keys(places.cities)]),
  shippedIds: ['niger-coup-2023', 'sahel-geography'],
  languages: ['en', 'fr'],
};

const cards = (page: Page) => page.locator(`${tid('studio-questions')} > li`);

/** Plays the preview on screen to its summary, answering right; `byId` gives each question. */
async function playPreview(page: Page, byId: Map<string, Question>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const shown = page.locator('[data-testid="question"][data-state="asking"]');
    await shown.waitFor();
    const id = (await shown.getAttribute('data-question-id'))?.replace(/^studio-preview-/, '') ?? '';
    const q = byId.get(id);
    if (!q) throw new Error(`the preview asks ${id}, not a question of the quiz`);
    await answer(page, q, true, q.type === 'locate' ? 'keyboard' : 'mouse');
    await page.locator('.explanation', { hasText: 'Because of paragraph' }).first().waitFor();
    await page.locator(tid('next')).click();
  }
  await ready(page, 'summary');
}

describe('a teacher writes a quiz in the studio', () => {
  test('six types, two languages, a reload mid-way, delete and undo, preview, share', {
    timeout: 600_000,
  }, async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1&lng=en' });
    await openStudio(page);
    await writeQuizHead(page);
    for (const [i, type] of TYPES.slice(0, 3).entries()) {
      await addQuestion(page, type, i + 1);
      await writeType(page, type);
    }

    // A reload in the middle of writing loses nothing.
    await page.reload();
    await openStudio(page);
    await expect.poll(() => cards(page).count()).toBe(3);
    expect(await page.locator(tid('studio-title-fr')).inputValue()).toBe('Le Niger en juillet 2023');
    expect(await page.locator(tid('studio-source-text')).inputValue()).toBe(ARTICLE);
    await page.locator(tid('studio-edit-3')).click();
    expect(await page.locator(tid('studio-targets')).textContent()).toMatch(/Mali.*Niger|Niger.*Mali/);

    for (const [i, type] of TYPES.slice(3).entries()) {
      await addQuestion(page, type, i + 4);
      await writeType(page, type);
    }
    await expect.poll(() => page.locator(tid('studio-problems')).textContent()).toBe(ui.en.studio.allReady);

    // A French text left out shows as missing, with what students will see instead.
    await page.locator(tid('studio-edit-1')).click();
    await page.locator(tid('studio-explanation-fr')).fill('');
    const missing = page.locator(`[data-field$=".explanation.fr"]`);
    await expect.poll(() => missing.textContent()).toBe(ui.en.studio.check.required);
    expect(await page.locator(tid('studio-explanation-fr')).getAttribute('placeholder')).toContain(
      'Because of paragraph 1.',
    );
    await page.locator(tid('studio-explanation-fr')).fill('À cause du paragraphe 1.');

    // Deleting a question can be undone, in its place.
    const second = await cards(page).nth(1).getAttribute('data-testid');
    await page.locator(tid('studio-delete-2')).click();
    await expect.poll(() => cards(page).count()).toBe(5);
    await page.locator(tid('studio-undo')).click();
    await expect.poll(() => cards(page).nth(1).getAttribute('data-testid')).toBe(second);

    // The map: a country clicked on the game's map joins those picked from the list.
    await page.locator(tid('studio-edit-3')).click();
    await page.locator(tid('studio-map-pick')).click();
    await ready(page, 'studio-map');
    const chad = await visiblePlace(page, 'TCD');
    await page.mouse.click(chad.x, chad.y);
    await page.locator(tid('studio-map-chosen'), { hasText: 'Chad' }).waitFor();
    await page.locator(tid('studio-map-done')).click();
    await ready(page, 'studio');
    await page.locator(tid('studio-targets'), { hasText: 'Chad' }).waitFor();

    // Share: the link carries the whole quiz, checked by the reader students use, and never the article.
    await page.locator(tid('studio-share')).click();
    const link = await page.locator(tid('studio-link-out')).inputValue();
    await page.locator(`${tid('studio-qr')} svg`).waitFor();
    const read = decodePackLink(link.split('#')[1] ?? '', ctx);
    if (!read.ok) throw new Error(`the link does not read back: ${JSON.stringify(read.problems)}`);
    expect(read.file.questions.map((q) => q.type)).toEqual([...TYPES]);
    expect(Object.keys(read.file.texts).sort()).toEqual(['en', 'fr']);
    expect(JSON.stringify(read.file)).not.toContain('Soldiers seized power');
    const locate = read.file.questions.find((q) => q.type === 'locate');
    expect(locate?.type === 'locate' && [...locate.targets].sort()).toEqual(['MLI', 'NER', 'TCD']);
    const byId = new Map(read.file.questions.map((q) => [q.id, q]));

    // Preview one question, then the whole quiz, as a student plays it.
    await page.locator(tid('studio-preview-2')).click();
    await playPreview(page, byId, 1);
    await page.locator(tid('home')).click();
    await ready(page, 'studio');
    await page.locator(tid('studio-preview-all')).click();
    await playPreview(page, byId, 6);
    await page.locator(SELECTORS.reviewDone).waitFor({ state: 'attached' });
    expect(await page.locator(`${tid('review')} > li`).count()).toBe(6);
    await page.locator(tid('home')).click();
    await ready(page, 'studio');
    await expect.poll(() => cards(page).count()).toBe(6);
  });
});

describe.each(['en', 'fr'])('axe finds no violation in the studio, %s', (lng) => {
  test('empty, with a question of each type open, and shared', { timeout: 300_000 }, async () => {
    const { page } = await openGame({ viewport: 'desktop', query: `?test=1&lng=${lng}` });
    await openStudio(page);
    const violations = await audit(page, `${lng} studio, empty`);
    await page.locator(tid(`studio-lang-${lng === 'en' ? 'fr' : 'en'}`)).check();
    await page.locator(tid('studio-source-text')).fill(ARTICLE);
    await page.locator(tid('studio-source-text')).blur();
    for (const [i, type] of TYPES.entries()) {
      await page.locator(tid('studio-new-type')).selectOption(type);
      await page.locator(tid('studio-add')).click();
      await page.locator(`${tid('studio-editor')} ${tid('studio-type')}`).waitFor();
      violations.push(...(await audit(page, `${lng} studio, question ${i + 1} (${type})`)));
      if (type === 'locate') {
        await page.locator(tid('studio-map-pick')).click();
        await ready(page, 'studio-map');
        violations.push(...(await audit(page, `${lng} studio, countries on the map`)));
        await page.locator(tid('studio-map-cancel')).click();
        await ready(page, 'studio');
        await page.locator(tid('studio-mode-city')).check();
        await page.locator(tid('studio-map-pick')).click();
        await ready(page, 'studio-map');
        violations.push(...(await audit(page, `${lng} studio, a city and its radius on the map`)));
        await page.locator(tid('studio-map-cancel')).click();
        await ready(page, 'studio');
      }
    }
    await page.locator(tid('studio-share')).click();
    violations.push(...(await audit(page, `${lng} studio, share refused`)));
    expect(violations).toEqual([]);
  });
});
