import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openGame } from './harness/index.ts';
import { ui } from './play/bank.ts';
import { addQuestion, openStudio, ready, tid, writeQuizHead, writeType } from './studio/write.ts';

const TYPES = ['choice', 'truefalse', 'locate', 'numeric', 'timeline', 'match'] as const;
const cards = (page: Page) => page.locator(`${tid('studio-questions')} > li`);

test('a quiz exported to a file is imported by a second teacher, who edits it; a bad file changes nothing', {
  timeout: 600_000,
}, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'studio-share-'));
  const first = await openGame({ viewport: 'desktop', query: '?test=1&lng=en' });
  await openStudio(first.page);
  await writeQuizHead(first.page);
  for (const [i, type] of TYPES.entries()) {
    await addQuestion(first.page, type, i + 1);
    await writeType(first.page, type);
  }
  const [download] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.locator(tid('studio-export')).click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe('Niger-in-July-2023.sahel-quiz.json');
  expect(await readFile(file, 'utf8')).not.toContain('Soldiers seized power');

  // A second teacher, in another browser, in French.
  const { page } = await openGame({ viewport: 'desktop', query: '?test=1&lng=fr' });
  await openStudio(page);
  const bad = join(dir, 'not-a-quiz.json');
  await writeFile(bad, JSON.stringify({ format: 'something-else', questions: [] }));
  await page.locator(tid('studio-import')).setInputFiles(bad);
  await page
    .locator(`${tid('studio-share-out')} [role="alert"]`, { hasText: ui.fr.studio.share.importRefused })
    .waitFor();
  expect(await cards(page).count()).toBe(0);

  await page.locator(tid('studio-import')).setInputFiles(file);
  await expect.poll(() => cards(page).count()).toBe(6);
  expect(await page.locator(tid('studio-title-fr')).inputValue()).toBe('Le Niger en juillet 2023');
  // The article's text did not travel: the paragraphs' count did.
  expect(await page.locator(tid('studio-paragraph-count')).textContent()).toContain('3');
  expect(await page.locator(tid('studio-source-text')).inputValue()).toBe('');
  await expect.poll(() => page.locator(tid('studio-problems')).textContent()).toBe(ui.fr.studio.allReady);

  // They edit it, and a reload keeps the edit.
  await page.locator(tid('studio-prompt-fr')).fill('Quel jour les soldats ont-ils pris le pouvoir ?');
  await page.reload();
  await openStudio(page);
  expect(await page.locator(tid('studio-prompt-fr')).inputValue()).toBe(
    'Quel jour les soldats ont-ils pris le pouvoir ?',
  );

  // Importing over a draft with questions asks first; "Keep mine" keeps it.
  await page.locator(tid('studio-import')).setInputFiles(file);
  await page.locator(tid('studio-import-keep')).click();
  expect(await page.locator(tid('studio-prompt-fr')).inputValue()).toBe(
    'Quel jour les soldats ont-ils pris le pouvoir ?',
  );
  await ready(page, 'studio');
});
