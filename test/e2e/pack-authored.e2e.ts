/**
 * A teacher's pack, as one file: a student opens its link on a phone (it is saved there and listed
 * "by your teacher"), plays the teacher's round of it and sends the result code; the teacher opens the
 * same pack from its file with the file picker, and the class results of that pack read the code.
 * Bad input (a pack link cut short, a hostile file) gets its translated message and changes nothing.
 * Every page runs under the built page's Content-Security-Policy (a violation fails the test).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { PackFile } from '../../src/core/content/packFile.ts';
import { encodePackLink } from '../../src/core/content/packLink.ts';
import type { Question } from '../../src/core/content/types.ts';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { openGame, waitForTitle } from './harness/index.ts';
import { answer } from './play/answer.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/pack-file/class-niger-quiz.json', import.meta.url));
const file = JSON.parse(readFileSync(FIXTURE, 'utf8')) as PackFile;
const ui = {
  en: JSON.parse(readFileSync(new URL('../../locales/en/ui.json', import.meta.url), 'utf8')),
  fr: JSON.parse(readFileSync(new URL('../../locales/fr/ui.json', import.meta.url), 'utf8')),
};
const pack = { id: file.id, version: file.meta.version, paragraphCount: 27, questions: file.questions };
const byType = (t: string) => file.questions.find((q) => q.type === t) as Question;
const assignment: Assignment = {
  v: 1,
  title: 'Our quiz',
  questionIds: [byType('choice').id, byType('truefalse').id, byType('timeline').id],
  timeLimitMs: 60_000,
  allowTimeChange: false,
  language: 'fr',
  shuffle: false,
  explainDuringRound: true,
};

async function asked(page: Page): Promise<Question> {
  const el = page.locator('[data-testid="question"][data-state="asking"]');
  const id = await el.getAttribute('data-question-id');
  return file.questions.find((q) => q.id === id) as Question;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

/** Every key the game stores, with its value. */
const storage = (page: Page) => page.evaluate(() => ({ ...localStorage }));

describe("a teacher's pack from a link and a file", { timeout: 240_000 }, () => {
  test('student: pack link on a phone → round → result code; teacher: pack file → class results', async () => {
    const student = await openGame({ viewport: 'phone', query: `?test=1#p=${encodePackLink(file)}` });
    const sp = student.page;
    await sp.waitForURL(/pack=class-niger-quiz/);
    await waitForTitle(sp);
    const entry = sp.locator('[data-testid="pack-class-niger-quiz"]');
    await expect(entry.locator('.pack-title').textContent()).resolves.toBe('Our class quiz on Niger');
    await expect(entry.locator('.pack-source').textContent()).resolves.toBe(ui.en.authored.byTeacher);
    await expect(entry.getAttribute('aria-current')).resolves.toBe('page');

    await sp.goto(`${student.server.url}?test=1&pack=${file.id}#r=${encodeAssignment(assignment, packRef(pack))}`);
    await expect(sp.locator('[data-testid="assigned-title"]').textContent()).resolves.toBe('Our quiz');
    await sp.locator('[data-testid="student-name"]').fill('Aïcha');
    await sp.locator('[data-testid="assigned-start"]').tap();
    const marks: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sp.locator('[data-testid="question"][data-state="asking"]').waitFor();
      const q = await asked(sp);
      expect(q.id).toBe(assignment.questionIds[i]);
      await answer(sp, q, i !== 1, 'touch');
      marks.push(i !== 1 ? 'right' : 'wrong');
      await sp.locator('[data-testid="next"]').tap();
    }
    const code = (await sp.locator('[data-testid="result-code"]').textContent()) ?? '';

    const teacher = await openGame({ viewport: 'desktop', query: '?test=1' });
    const tp = teacher.page;
    await waitForTitle(tp);
    const chooser = tp.waitForEvent('filechooser');
    await tp.locator('[data-testid="open-pack-file"]').click();
    await (await chooser).setFiles(FIXTURE);
    await tp.waitForURL(/pack=class-niger-quiz/);
    await waitForTitle(tp);
    await expect(tp.locator('.tagline').textContent()).resolves.toBe('Our class quiz on Niger');
    await tp.locator('[data-testid="class-results"]').click();
    await tp.locator('[data-testid="codes"]').fill(code);
    await tp.locator('[data-testid="read-codes"]').click();
    const row = tp.locator('[data-testid="student-row"]');
    await expect(row.locator('[data-testid="student-name"]').textContent()).resolves.toBe('Aïcha');
    await expect(
      row.locator('td[data-mark]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-mark'))),
    ).resolves.toEqual(marks);
  });

  test('a pack link cut short and a hostile file are refused with their messages; nothing changes', async () => {
    const link = encodePackLink(file);
    const { page, server } = await openGame({
      viewport: 'phone',
      query: `?lng=fr#p=${link.slice(0, link.length - 40)}`,
    });
    await waitForTitle(page);
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toBe(`${ui.fr.authored.refused} ${ui.fr.packLink.incomplete}`);
    await expect(page.locator('[data-testid="pack-class-niger-quiz"]').count()).resolves.toBe(0);
    const before = await storage(page);

    // A file nested far deeper than any pack: refused before it is parsed.
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-testid="open-pack-file"]').tap();
    await (await chooser).setFiles({
      name: 'deep.json',
      mimeType: 'application/json',
      buffer: Buffer.from('['.repeat(100_000)),
    });
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toBe(`${ui.fr.authored.refused} ${fill(ui.fr.packFile.tooDeep, { max: 12 })}`);
    // A file that takes the id of a pack the game ships.
    const stolen = page.waitForEvent('filechooser');
    await page.locator('[data-testid="open-pack-file"]').tap();
    await (await stolen).setFiles({
      name: 'quiz.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...file, id: 'niger-coup-2023' })),
    });
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toBe(`${ui.fr.authored.refused} ${fill(ui.fr.packFile.shippedId, { id: 'niger-coup-2023' })}`);
    // A file dropped on the title screen is read the same way.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['not a quiz'], 'notes.json', { type: 'application/json' }));
      document
        .querySelector('main')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toBe(`${ui.fr.authored.refused} ${ui.fr.packFile.notJson}`);
    expect(await storage(page)).toEqual(before);

    // A round link for a teacher's pack this device does not have: a clear message, the default pack.
    await page.goto(`${server.url}?lng=fr&pack=${file.id}#r=${encodeAssignment(assignment, packRef(pack))}`);
    await waitForTitle(page);
    await expect.poll(() => page.locator('.notice').textContent()).toBe(fill(ui.fr.authored.missing, { id: file.id }));

    // Another quiz with the same id as one saved here: asked first; keeping the saved one changes nothing.
    await page.goto(`${server.url}?lng=fr#p=${link}`);
    await page.waitForURL(/pack=class-niger-quiz/);
    await waitForTitle(page);
    const saved = await storage(page);
    const other = {
      ...file,
      texts: {
        ...file.texts,
        fr: {
          ...file.texts.fr,
          _pack: { title: 'Un autre quiz', topics: (file.texts.fr as { _pack: { topics: unknown } })._pack.topics },
        },
      },
    };
    await page.goto(`${server.url}?lng=fr#p=${encodePackLink(other as PackFile)}`);
    await page.locator('[data-screen="pack-replace"]').waitFor();
    await expect(page.locator('[data-screen="pack-replace"] p').textContent()).resolves.toBe(
      fill(ui.fr.authored.replaceQuestion, {
        id: file.id,
        saved: 'Notre quiz de classe sur le Niger',
        incoming: 'Un autre quiz',
      }),
    );
    await page.locator('[data-testid="pack-keep"]').tap();
    await expect.poll(() => page.locator('.notice').textContent()).toBe(ui.fr.authored.kept);
    expect(await storage(page)).toEqual(saved);
  });
});
