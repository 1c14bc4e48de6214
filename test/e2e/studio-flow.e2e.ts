/**
 * The studio's whole promise in one flow: a teacher (desktop) writes a small bilingual quiz, takes
 * the studio's share link, and saves the quiz among their packs on this device (asked before an
 * edited copy replaces it); on the teachers' page of that pack they make a round link. A student on a phone opens the quiz's link
 * (the game saves it), then the round link, plays it by touch and gets a result code; the teacher's
 * class results of that pack read it. Every page runs under the built page's CSP.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { decodePackLink } from '../../src/core/content/packLink.ts';
import type { Question } from '../../src/core/content/types.ts';
import { openGame, replayableUrl, waitForTitle } from './harness/index.ts';
import { answer, visiblePlace } from './play/answer.ts';
import { places, ui } from './play/bank.ts';
import { addQuestion, openStudio, ready, tid, writeQuizHead, writeType } from './studio/write.ts';

const TYPES = ['choice', 'truefalse', 'numeric'] as const;
const ctx = {
  placeIds: new Set([...Object.keys(places.countries), ...Object.keys(places.cities)]),
  shippedIds: ['niger-coup-2023', 'sahel-geography'],
  languages: ['en', 'fr'],
};

async function asked(page: Page, byId: Map<string, Question>): Promise<Question> {
  const id = await page.locator('[data-testid="question"][data-state="asking"]').getAttribute('data-question-id');
  const q = byId.get(id ?? '');
  if (!q) throw new Error(`the round asks ${id}, not a question of the quiz`);
  return q;
}

test('studio → share link → round link → student on a phone → result code → class results', {
  timeout: 600_000,
}, async () => {
  const teacher = await openGame({ viewport: 'desktop', query: '?test=1&lng=en' });
  const tp = teacher.page;
  await openStudio(tp);
  await writeQuizHead(tp);
  for (const [i, type] of TYPES.entries()) {
    await addQuestion(tp, type, i + 1);
    await writeType(tp, type);
  }
  await expect.poll(() => tp.locator(tid('studio-problems')).textContent()).toBe(ui.en.studio.allReady);
  // The teacher saves the quiz among their packs on this device.
  await tp.locator(tid('studio-save-pack')).click();
  const said = tp.locator(`${tid('studio-share-out')} p`);
  await expect.poll(() => said.textContent()).toBe(ui.en.studio.share.saved);
  // Saving it again after an edit asks first; "keep" changes nothing, "replace" saves the edit.
  await tp.locator(tid('studio-edit-1')).click();
  await tp.locator(tid('studio-prompt-en')).fill('Question 1 in English, edited?');
  await tp.locator(tid('studio-save-pack')).click();
  await expect.poll(() => said.textContent()).toContain('“Niger in July 2023”');
  await tp.locator(tid('studio-save-keep')).click();
  await expect.poll(() => said.textContent()).toBe(ui.en.authored.kept);
  await tp.locator(tid('studio-save-pack')).click();
  await tp.locator(tid('studio-save-replace')).click();
  await expect.poll(() => said.textContent()).toBe(ui.en.studio.share.saved);

  // The share link, read back as the game reads `#p=`.
  await tp.locator(tid('studio-share')).click();
  const link = await tp.locator(tid('studio-link-out')).inputValue();
  const fragment = link.slice(link.indexOf('#'));
  expect(fragment).toMatch(/^#p=/);
  const read = decodePackLink(fragment.slice(3), ctx);
  if (!read.ok) throw new Error(`the studio's link does not read back: ${JSON.stringify(read.problems)}`);
  const id = read.file.id;
  const byId = new Map(read.file.questions.map((q) => [q.id, q]));

  // Saving what is saved already asks nothing; the teacher opens it in the game.
  await tp.locator(tid('studio-save-pack')).click();
  await tp.locator(tid('studio-open-saved')).click();
  await tp.waitForURL(new RegExp(`pack=${id}`));
  await waitForTitle(tp);
  await expect(tp.locator('.tagline').textContent()).resolves.toBe('Niger in July 2023');
  await expect(tp.locator(`${tid(`pack-${id}`)} .pack-source`).textContent()).resolves.toBe(ui.en.authored.byTeacher);
  await tp.locator(tid('teachers')).click();
  await tp.waitForFunction(() => document.documentElement.dataset.ready === 'teacher');
  await expect(tp.locator(tid('summary-count')).textContent()).resolves.toBe('3 questions');
  await tp.locator(tid('round-title')).fill('Our Niger quiz');
  await tp.locator(tid('lang-fr')).check();
  const roundLink = await tp.locator(tid('share-link')).inputValue();
  expect(roundLink).toContain(`?pack=${id}#r=`);

  // A student, on a phone: the quiz's link first, then the round.
  const student = await openGame({ viewport: 'phone', query: `?test=1${fragment}` });
  const sp = student.page;
  await sp.waitForURL(new RegExp(`pack=${id}`));
  await waitForTitle(sp);
  await expect(sp.locator(`${tid(`pack-${id}`)} .pack-source`).textContent()).resolves.toBe(ui.en.authored.byTeacher);
  const [, round] = roundLink.split('#');
  await sp.goto(replayableUrl(student.server.url, `?test=1&pack=${id}#${round}`));
  await expect(sp.locator(tid('assigned-title')).textContent()).resolves.toBe('Our Niger quiz');
  await sp.locator(tid('student-name')).fill('Aïcha');
  await sp.locator(tid('assigned-start')).tap();
  const marks: string[] = [];
  for (let i = 0; i < TYPES.length; i++) {
    await sp.locator('[data-testid="question"][data-state="asking"]').waitFor();
    const q = await asked(sp, byId);
    // The student plays in the round's language: the quiz's French words.
    await expect(sp.locator('[data-testid="question"] .prompt').textContent()).resolves.toContain('en français');
    await answer(sp, q, i !== 1, 'touch');
    marks.push(i !== 1 ? 'right' : 'wrong');
    await sp.locator(tid('next')).tap();
  }
  const code = (await sp.locator(tid('result-code')).textContent()) ?? '';
  expect(code.length).toBeGreaterThan(10);

  // The teacher's class results of that pack read the code.
  await tp.goto(replayableUrl(teacher.server.url, `?test=1&lng=en&pack=${id}`));
  await waitForTitle(tp);
  await tp.locator(tid('class-results')).click();
  await tp.locator(tid('codes')).fill(code);
  await tp.locator(tid('read-codes')).click();
  const row = tp.locator(tid('student-row'));
  await expect(row.locator(tid('student-name')).textContent()).resolves.toBe('Aïcha');
  await expect(
    row.locator('td[data-mark]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-mark'))),
  ).resolves.toEqual(marks);
});

test("a locate question's city and its radius, clicked on the game's map", { timeout: 300_000 }, async () => {
  const { page } = await openGame({ viewport: 'desktop', query: '?test=1&lng=fr' });
  await openStudio(page);
  await page.locator(tid('studio-new-type')).selectOption('locate');
  await page.locator(tid('studio-add')).click();
  await page.locator(tid('studio-mode-city')).check();
  await page.locator(tid('studio-map-pick')).click();
  await ready(page, 'studio-map');
  await expect(page.locator('[data-screen="studio-map"] h1').textContent()).resolves.toBe(ui.fr.studio.mapPick.city);
  const niamey = await visiblePlace(page, 'niamey');
  await page.mouse.click(niamey.x, niamey.y);
  await page.locator(tid('studio-map-chosen'), { hasText: 'Niamey' }).waitFor();
  await page.locator(tid('studio-map-radius')).fill('40');
  await page.locator(tid('studio-map-done')).click();
  await ready(page, 'studio');
  await page.locator(tid('studio-targets'), { hasText: 'Niamey' }).waitFor();
  expect(await page.locator(tid('studio-radius')).inputValue()).toBe('40');
  // Cancel leaves the question as it was.
  await page.locator(tid('studio-map-pick')).click();
  await ready(page, 'studio-map');
  const bamako = await visiblePlace(page, 'bamako');
  await page.mouse.click(bamako.x, bamako.y);
  await page.locator(tid('studio-map-chosen'), { hasText: 'Bamako' }).waitFor();
  await page.locator(tid('studio-map-cancel')).click();
  await ready(page, 'studio');
  await page.locator(tid('studio-targets'), { hasText: 'Niamey' }).waitFor();
});
