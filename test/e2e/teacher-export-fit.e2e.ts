/**
 * The export control (with its whole-pack choice and a long "left out" message), the worksheet and
 * the class list panel fit a phone (390×844, touch) and a desktop (1280×720) in English and French:
 * no text cut or reaching outside its box, no select showing its choice cut short.
 */
import { expect, test } from 'vitest';
import { validateAssignment, type Assignment } from '../../src/core/share/assignment.ts';
import { roundFileText } from '../../src/core/teacher/savedRounds.ts';
import { openGame, screenshot, waitForTitle } from './harness/index.ts';
import { findOverflows, type Overflow } from './harness/overflow.ts';

const tid = (id: string) => `[data-testid="${id}"]`;
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

for (const lng of ['en', 'fr'] as const)
  for (const viewport of ['desktop', 'phone'] as const)
    test(`export, worksheet and class list fit (${lng}, ${viewport})`, { timeout: 180_000 }, async () => {
      const { page } = await openGame({ viewport, query: `?test=1&lng=${lng}` });
      const press = (sel: string) => (viewport === 'phone' ? page.locator(sel).tap() : page.locator(sel).click());
      const found: (Overflow & { view: string })[] = [];
      const look = async (view: string) => {
        for (const o of await findOverflows(page)) found.push({ view, ...o });
        await screenshot(page, `fit-${lng}-${viewport}-${view}`);
      };
      await waitForTitle(page);
      await press(tid('teachers'));
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'teacher');
      await page.locator(tid('import-file')).setInputFiles({
        name: 'r.sahel-round.json',
        mimeType: 'application/json',
        buffer: Buffer.from(roundFileText(ROUND)),
      });
      await page.locator(tid('export-control')).waitFor();
      // The whole pack to Kahoot: the longest status the control shows (many questions left out).
      await press(tid('export-scope-pack'));
      await page.locator(tid('export-format')).selectOption('kahoot');
      await Promise.all([page.waitForEvent('download'), press(tid('export-go'))]);
      await page.locator(`${tid('export-status')}[data-left-out]`).waitFor();
      await page.locator(tid('export-control')).scrollIntoViewIfNeeded();
      await look('export');

      await press(tid('show-worksheet'));
      await page
        .locator(`${tid('worksheet-questions')} > li`)
        .first()
        .waitFor();
      await look('worksheet');

      await page.goto(page.url());
      await waitForTitle(page);
      await press(tid('class-results'));
      await page.locator('[data-screen="class-results"]').waitFor();
      await page.locator(tid('class-list-file')).setInputFiles({
        name: 'classe-de-4e-B-2026.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Nom;Prénom\nDiallo;Awa\nOuédraogo;Aïcha\nAbdourahamane Tchiani-Maïnassara;Moussa\n'),
      });
      await page
        .locator(`${tid('class-list')} tbody tr`)
        .first()
        .waitFor();
      await page.locator(tid('class-list')).scrollIntoViewIfNeeded();
      await look('class-list');
      expect(found).toEqual([]);
    });
