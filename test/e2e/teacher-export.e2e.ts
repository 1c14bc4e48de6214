/**
 * Teachers take the quiz where their class is: "Export to…" from the builder (GIFT read back by
 * gift-pegjs, Kahoot's .xlsx by exceljs; exceljs fetched only when Kahoot is asked for), the
 * worksheet printed to PDF by Chromium, and a class list in Class results.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseGift } from 'gift-pegjs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { assignmentHash, validateAssignment, type Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeResultCode } from '../../src/core/share/resultCode.ts';
import { roundFileText } from '../../src/core/teacher/savedRounds.ts';
import { DIST_DIR, openGame, screenshot, waitForTitle } from './harness/index.ts';
import { pack, texts, ui } from './play/bank.ts';

const tid = (id: string) => `[data-testid="${id}"]`;
const ref = packRef(pack);

const ROUND = validateAssignment({
  v: 1,
  title: 'Carte et dates',
  questionIds: [
    'coup-bazoum-role',
    'geo-niger-locate',
    'geo-coup-summit-locate',
    'hist-timeline',
    'coup-bazoum-elected-tf',
  ],
  timeLimitMs: 30_000,
  allowTimeChange: true,
  language: 'fr',
  shuffle: false,
  explainDuringRound: true,
}) as Assignment;

async function openTeachersWithRound(page: Page): Promise<void> {
  await waitForTitle(page);
  await page.locator(tid('teachers')).click();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'teacher');
  await page.locator(tid('import-file')).setInputFiles({
    name: 'round.sahel-round.json',
    mimeType: 'application/json',
    buffer: Buffer.from(roundFileText(ROUND)),
  });
  await page.locator(tid('export-control')).waitFor();
}

describe('teachers export, print and check their class list', { timeout: 180_000 }, () => {
  test('Export to… GIFT and Kahoot from the builder; exceljs only downloaded for Kahoot', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await openTeachersWithRound(page);
    await page.locator(tid('export-format')).selectOption('gift');
    const [gift] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-go')).click()]);
    expect(gift.suggestedFilename()).toBe('carte-et-dates.gift.txt');
    const parsed = parseGift(await readFile(await gift.path(), 'utf8'));
    expect(parsed.map((q) => q.type)).toEqual(['Category', 'MC', 'MC', 'MC', 'Matching', 'TF']);
    expect(parsed.slice(1).map((q) => ('title' in q ? q.title : ''))).toEqual(ROUND.questionIds);
    // In the round's language (French), whatever the page's.
    const first = parsed[1] as { stem: { text: string } };
    expect(first.stem.text).toBe(texts.fr['coup-bazoum-role']?.prompt);
    await expect(page.locator(tid('export-status')).innerText()).resolves.toContain('5 questions');
    const excelBefore = scripts.filter((u) => /kahootXlsx|exceljs/i.test(u));
    expect(excelBefore).toEqual([]);

    await page.locator(tid('export-format')).selectOption('kahoot');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-go')).click()]);
    expect(xlsx.suggestedFilename()).toBe('carte-et-dates.kahoot.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const rows = [9, 10, 11].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    expect(rows[0]?.slice(0, 2)).toEqual([1, texts.fr['coup-bazoum-role']?.prompt]);
    expect(rows[0]?.slice(6)).toEqual([30, '1']);
    expect(rows[1]?.slice(0, 4)).toEqual([2, texts.fr['coup-bazoum-elected-tf']?.prompt, 'Vrai', 'Faux']);
    expect(rows[2]).toEqual([]);
    const status = await page.locator(tid('export-status')).innerText();
    expect(status).toContain('2 questions');
    expect(status).toContain(`3 ${ui.en.teacherExport.leftOut_other.split('{{count}} ')[1]?.slice(0, 20)}`);
    expect(scripts.some((u) => /kahootXlsx/.test(u))).toBe(true);
    await screenshot(page, 'export-en-desktop');

    // The student's first download (the entry chunk and what it preloads) carries no exceljs.
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const entry = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(entry.length).toBeGreaterThan(0);
    for (const f of entry) expect(readFileSync(join(DIST_DIR, f), 'utf8')).not.toMatch(/xl\/worksheets|ExcelJS/);
    const excelChunks = readdirSync(join(DIST_DIR, 'assets')).filter((f) =>
      readFileSync(join(DIST_DIR, 'assets', f), 'utf8').includes('xl/worksheets'),
    );
    expect(excelChunks.length).toBeGreaterThan(0);
    expect(excelChunks.some((f) => entry.includes(`assets/${f}`))).toBe(false);
  });

  test('the worksheet prints: questions with blank maps, then the answer key on its own page', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1&lng=fr' });
    await openTeachersWithRound(page);
    await page.locator(tid('show-worksheet')).click();
    const items = page.locator(`${tid('worksheet-questions')} > li`);
    await expect.poll(() => items.count()).toBe(5);
    await expect(page.locator(`${tid('worksheet-questions')} svg.ws-map`).count()).resolves.toBe(2);
    await expect(
      page
        .locator(`${tid('worksheet-questions')} svg.ws-map`)
        .first()
        .locator('path')
        .count(),
    ).resolves.toBeGreaterThan(10);
    await screenshot(page, 'worksheet-fr-desktop');
    const dir = mkdtempSync(join(tmpdir(), 'sheet-'));
    const pdf = join(dir, 'sheet.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    // poppler-utils (scripts/ensure-chromium.sh installs it with Chromium).
    expect(existsSync('/usr/bin/pdftotext'), 'pdftotext is missing: apt-get install poppler-utils').toBe(true);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    {
      const byPage = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
      const all = byPage.join('\n');
      expect(all).toContain('Fiche d’exercices');
      expect(all).toContain('Dans l');
      // The key starts a page of its own, after the last question.
      const keyPage = byPage.findIndex((p) => p.includes('Corrigé'));
      expect(keyPage).toBeGreaterThan(0);
      expect(byPage[keyPage]?.trimStart().startsWith('Corrigé')).toBe(true);
      // Map answers name the place and its number on the blank map; the question pages do not.
      expect(byPage[keyPage]).toMatch(/Niger \(numéro \d\)/);
      expect(byPage.slice(0, keyPage).join('\n')).not.toMatch(/numéros? \d/);
      expect(byPage.slice(0, keyPage).join('\n')).toContain(texts.fr['coup-bazoum-elected-tf']?.prompt.slice(0, 30));
    }
  });

  test('a class list: who has not sent a result, near names to confirm, bad files told clearly', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    const hash = assignmentHash(ROUND);
    const code = (name: string) => {
      const c = encodeResultCode(
        {
          v: 1,
          name,
          assignment: hash,
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
        ref,
      );
      if (!c.ok) throw new Error(c.error);
      return c.value;
    };
    await waitForTitle(page);
    await page.locator(tid('class-results')).tap();
    await page.locator('[data-screen="class-results"]').waitFor();
    await page.locator(tid('codes')).fill([code('Awa Diallo'), code('aicha ouedraogo')].join('\n'));
    await page.locator(tid('read-codes')).tap();
    await expect.poll(() => page.locator('[data-testid="student-row"]').count()).toBe(2);

    const file = (name: string, buffer: Buffer) =>
      page.locator(tid('class-list-file')).setInputFiles({ name, mimeType: 'text/csv', buffer });
    // Latin-1, semicolons, surname and first name in two columns: as an older spreadsheet saves it.
    await file('4B.csv', Buffer.from('Nom;Prénom\r\nDiallo;Awa\r\nOuédraogo;Aïcha\r\nTraoré;Moussa\r\n', 'latin1'));
    await expect.poll(() => page.locator(`${tid('class-list')} tbody tr`).count()).toBe(3);
    const states = () =>
      page.locator(`${tid('class-list')} td`).evaluateAll((tds) => tds.map((td) => td.getAttribute('data-state')));
    await expect(states()).resolves.toEqual(['sent', 'confirm', 'missing']);
    await expect(page.locator(`${tid('class-list')} tbody th`).allInnerTexts()).resolves.toEqual([
      'Awa Diallo',
      'Aïcha Ouédraogo',
      'Moussa Traoré',
    ]);
    await expect(page.locator(tid('class-list-summary')).innerText()).resolves.toBe(
      '2 students on the list have no confirmed result.',
    );
    await screenshot(page, 'class-list-en-phone');
    await page.locator(tid('confirm-name')).tap();
    await expect(states()).resolves.toEqual(['sent', 'sent', 'missing']);
    await expect(page.locator(tid('class-list-summary')).innerText()).resolves.toBe(
      '1 student on the list has no confirmed result.',
    );

    const msg = () => page.locator(tid('class-list-status')).innerText();
    await file('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    await expect.poll(msg).toBe(ui.en.classList.binary);
    await file('empty.csv', Buffer.from(''));
    await expect.poll(msg).toBe(ui.en.classList.empty);
    const many = `Name\n${Array.from({ length: 5000 }, (_, i) => `Student ${i}`).join('\n')}`;
    const t0 = Date.now();
    await file('school.csv', Buffer.from(many));
    await expect.poll(msg).toBe(ui.en.classList.tooMany.replace('{{n}}', '5,000'));
    expect(Date.now() - t0).toBeLessThan(5_000);
    // The class list read before stays.
    await expect(states()).resolves.toEqual(['sent', 'sent', 'missing']);
    // A formula in a name is shown as text, never run.
    await file('f.csv', Buffer.from('Name\n=1+1\nAwa Diallo\n'));
    await expect
      .poll(() => page.locator(`${tid('class-list')} tbody th`).allInnerTexts())
      .toEqual(['=1+1', 'Awa Diallo']);
  });
});
