/**
 * The class list stays on the teacher's device: load it, confirm a near name, reload the page and
 * it is all still there (English on a desktop, French on a phone); removing it asks first. And the
 * builder's "Export to…" exports the whole pack in the teacher's language, not only the round.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseGift } from 'gift-pegjs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { assignmentHash, validateAssignment, type Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeResultCode } from '../../src/core/share/resultCode.ts';
import { roundFileText } from '../../src/core/teacher/savedRounds.ts';
import { openGame, screenshot, waitForTitle } from './harness/index.ts';
import { pack, texts, ui } from './play/bank.ts';

const tid = (id: string) => `[data-testid="${id}"]`;
const ROUND = validateAssignment({
  v: 1,
  title: 'Le coup',
  questionIds: ['coup-bazoum-role', 'coup-bazoum-elected-tf'],
  timeLimitMs: 30_000,
  allowTimeChange: true,
  language: 'fr',
  shuffle: false,
  explainDuringRound: true,
}) as Assignment;

function code(name: string): string {
  const c = encodeResultCode(
    {
      v: 1,
      name,
      assignment: assignmentHash(ROUND),
      timeScale: 1,
      answers: [
        {
          questionId: 'coup-bazoum-role',
          response: { type: 'choice', choice: 'president' },
          correctness: 1,
          points: 900,
          timeMs: 3_000,
        },
      ],
      score: 900,
    },
    packRef(pack),
  );
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

async function openClassResults(page: Page, tap: boolean): Promise<void> {
  await waitForTitle(page);
  const open = page.locator(tid('class-results'));
  await (tap ? open.tap() : open.click());
  await page.locator('[data-screen="class-results"]').waitFor();
}

const states = (page: Page) =>
  page.locator(`${tid('class-list')} td`).evaluateAll((tds) => tds.map((td) => td.getAttribute('data-state')));

for (const [lng, viewport] of [
  ['en', 'desktop'],
  ['fr', 'phone'],
] as const) {
  const L = ui[lng];
  const phone = viewport === 'phone';
  describe(`the class list is kept on the device (${lng}, ${viewport})`, { timeout: 180_000 }, () => {
    test('load a list, confirm a near name, reload: all still there; removing it asks first', async () => {
      const { page } = await openGame({ viewport, query: `?test=1&lng=${lng}` });
      const press = (sel: string) => (phone ? page.locator(sel).tap() : page.locator(sel).click());
      await openClassResults(page, phone);
      await page.locator(tid('codes')).fill([code('Awa Diallo'), code('aicha ouedraogo')].join('\n'));
      await press(tid('read-codes'));
      await expect.poll(() => page.locator(tid('student-row')).count()).toBe(2);
      await page.locator(tid('class-list-file')).setInputFiles({
        name: '4B.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Nom;Prénom\r\nDiallo;Awa\r\nOuédraogo;Aïcha\r\nTraoré;Moussa\r\n', 'latin1'),
      });
      await expect.poll(() => states(page)).toEqual(['sent', 'confirm', 'missing']);
      await page.locator(tid('confirm-name')).scrollIntoViewIfNeeded();
      await screenshot(page, `class-list-confirm-${lng}-${viewport}`);
      await press(tid('confirm-name'));
      await expect.poll(() => states(page)).toEqual(['sent', 'sent', 'missing']);

      await page.reload({ waitUntil: 'domcontentloaded' });
      await openClassResults(page, phone);
      // The results, the list, its file and the confirmed name are all back, nothing to confirm again.
      await expect.poll(() => page.locator(tid('student-row')).count()).toBe(2);
      await expect.poll(() => states(page)).toEqual(['sent', 'sent', 'missing']);
      await expect(page.locator(`${tid('class-list')} tbody th`).allInnerTexts()).resolves.toEqual([
        'Awa Diallo',
        'Aïcha Ouédraogo',
        'Moussa Traoré',
      ]);
      await expect(page.locator(tid('class-list-kept')).innerText()).resolves.toContain('4B.csv');
      await expect(page.locator(tid('class-list-summary')).innerText()).resolves.toBe(
        L.classList.summary_one.replace('{{count}}', '1'),
      );
      await expect(page.locator(tid('confirm-name')).count()).resolves.toBe(0);

      // Removing asks first; Cancel keeps it.
      await press(tid('class-list-remove'));
      await expect(page.locator(`${tid('class-list')} ${tid('confirm')}`).innerText()).resolves.toContain(
        L.classListKeep.confirmRemove_other.split(' (')[0],
      );
      await screenshot(page, `class-list-remove-${lng}-${viewport}`);
      await press(tid('confirm-no'));
      await expect(page.locator(tid('confirm')).count()).resolves.toBe(0);
      await expect(page.locator(`${tid('class-list')} tbody tr`).count()).resolves.toBe(3);
      await press(tid('class-list-remove'));
      await press(tid('confirm-yes'));
      await expect.poll(() => page.locator(`${tid('class-list')} tbody tr`).count()).toBe(0);
      await expect(page.locator(tid('class-list-status')).innerText()).resolves.toBe(L.classListKeep.removed);
      // Gone after a reload too; the results stay.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await openClassResults(page, phone);
      await expect.poll(() => page.locator(tid('student-row')).count()).toBe(2);
      await expect(page.locator(`${tid('class-list')} tbody tr`).count()).resolves.toBe(0);
    });
  });
}

test('Export to… the whole pack, in the teacher’s language, from the builder', { timeout: 180_000 }, async () => {
  const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
  await waitForTitle(page);
  await page.locator(tid('teachers')).click();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'teacher');
  await page.locator(tid('import-file')).setInputFiles({
    name: 'round.sahel-round.json',
    mimeType: 'application/json',
    buffer: Buffer.from(roundFileText(ROUND)),
  });
  await page.locator(tid('export-control')).waitFor();
  const total = pack.questions.length;
  const choices = await page.locator(`${tid('export-scope')} label`).allInnerTexts();
  expect(choices.map((c) => c.trim())).toEqual([
    ui.en.teacherExport.scopeRound_other.replace('{{count}}', '2'),
    ui.en.teacherExport.scopePack_other.replace('{{count}}', String(total)),
  ]);
  await expect(page.locator(tid('export-scope-round')).isChecked()).resolves.toBe(true);
  await page.locator(tid('export-format')).selectOption('gift');
  await page.locator(tid('export-scope-pack')).check();
  const [gift] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-go')).click()]);
  expect(gift.suggestedFilename()).toBe('sahel-quiz-all-questions.gift.txt');
  const parsed = parseGift(await readFile(await gift.path(), 'utf8')).filter((q) => q.type !== 'Category');
  // Every question of the pack, in pack order, in English (the page's language), not the round's French.
  expect(parsed.map((q) => ('title' in q ? q.title : ''))).toEqual(pack.questions.map((q) => q.id));
  const first = parsed[0] as { stem: { text: string } };
  expect(first.stem.text).toBe(texts.en[pack.questions[0]?.id as string]?.prompt);
  await expect(page.locator(tid('export-status')).getAttribute('data-written')).resolves.toBe(String(total));
  // The round alone is still in its own language.
  await page.locator(tid('export-scope-round')).check();
  const [round] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-go')).click()]);
  expect(round.suggestedFilename()).toBe('le-coup.gift.txt');
  const roundQs = parseGift(await readFile(await round.path(), 'utf8')).filter((q) => q.type !== 'Category');
  expect((roundQs[0] as { stem: { text: string } }).stem.text).toBe(texts.fr['coup-bazoum-role']?.prompt);
});

test('a damaged stored class list is kept aside, the teacher is told (French), and a new list can be loaded', {
  timeout: 180_000,
}, async () => {
  const { page } = await openGame({ viewport: 'phone', query: '?test=1&lng=fr' });
  await waitForTitle(page);
  const broken = '{"v":1,"data":{"names":["Awa Diallo"';
  await page.evaluate((t) => localStorage.setItem('sahel-quiz:class-list', t), broken);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await openClassResults(page, true);
  await expect(page.locator(tid('class-list-notice')).innerText()).resolves.toBe(
    ui.fr.keep.corrupt.replace('{{what}}', ui.fr.keep.what.classList),
  );
  await expect(page.evaluate(() => localStorage.getItem('sahel-quiz:aside/class-list'))).resolves.toBe(broken);
  await page.locator(tid('class-list-file')).setInputFiles({
    name: '4B.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Nom\nAwa Diallo\n'),
  });
  await expect.poll(() => page.locator(`${tid('class-list')} tbody tr`).count()).toBe(1);
  // The new list is saved; the damaged text is still there, aside.
  const saved = await page.evaluate(() => localStorage.getItem('sahel-quiz:class-list'));
  expect(JSON.parse(saved as string)).toEqual({ v: 1, data: { names: ['Awa Diallo'], file: '4B.csv', confirmed: [] } });
  await expect(page.evaluate(() => localStorage.getItem('sahel-quiz:aside/class-list'))).resolves.toBe(broken);
});
