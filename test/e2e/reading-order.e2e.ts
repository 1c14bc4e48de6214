import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { orderProblems } from './a11y/readingOrder.ts';
import { openGame, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion } from './play/answer.ts';
import { pack } from './play/bank.ts';

// Issue 18: on every screen, pressing Tab visits things in the order they are read on screen:
// top to bottom, then from the start of the line to its end, in English and in French.

const ROUND: Assignment = {
  v: 1,
  title: 'Reading order',
  questionIds: [
    'coup-bazoum-role',
    'coup-bazoum-elected-tf',
    'geo-niger-locate',
    'geo-coup-summit-locate',
    'coup-sahel-third-num',
    'protest-timeline',
    'coup-why-match',
  ],
  timeLimitMs: 120_000,
  allowTimeChange: false,
  language: null,
  shuffle: false,
  explainDuringRound: true,
};
const LINK = `#r=${encodeAssignment(ROUND, packRef(pack))}`;

async function check(page: Page, where: string, problems: string[]): Promise<void> {
  const found = await orderProblems(page, where);
  // A screen with fewer than two stops would check nothing.
  expect(found.stops.length, `Tab stops on ${where}`).toBeGreaterThanOrEqual(2);
  problems.push(...found.problems);
}

async function fromTitle(page: Page, testId: string, screen: string): Promise<void> {
  await page.reload();
  await waitForTitle(page);
  await page.locator(`[data-testid="${testId}"]`).click();
  await page.locator(`[data-screen="${screen}"]`).first().waitFor();
}

describe('Tab follows the reading order', { timeout: 240_000 }, () => {
  for (const [lng, viewport] of [
    ['en', 'desktop'],
    ['fr', 'desktop'],
    ['fr', 'phone'],
  ] as const) {
    test(`${lng}, ${viewport}: title, settings, progress, class results, teachers, an assigned round of every type, pause, summary, a broken link`, async () => {
      const { page } = await openGame({ viewport, query: `?test=1&lng=${lng}` });
      const problems: string[] = [];
      await waitForTitle(page);
      await check(page, 'title', problems);
      if (lng === 'en' && viewport === 'desktop') {
        // The check can fail: the title's buttons drawn bottom to top, Tab still top to bottom.
        await page.evaluate(() => {
          const box = document.querySelector('[data-testid="play"]')?.parentElement as HTMLElement;
          box.style.display = 'flex';
          box.style.flexDirection = 'column-reverse';
        });
        const reversed = await orderProblems(page, 'title, reversed on purpose');
        expect(reversed.problems.join('\n')).toMatch(/Tab goes .*#play.*; the eye reads/);
      }
      for (const [testId, screen] of [
        ['settings', 'settings'],
        ['my-progress', 'progress'],
        ['class-results', 'class-results'],
        ['teachers', 'teacher'],
      ] as const) {
        await fromTitle(page, testId, screen);
        await check(page, screen, problems);
      }

      await page.evaluate((hash) => (location.hash = hash), LINK);
      await page.locator('[data-screen="assigned"]').waitFor();
      await check(page, 'assigned round: start', problems);
      await page.locator('[data-testid="student-name"]').fill('Awa');
      await page.locator('[data-testid="assigned-start"]').click();
      for (const [i, id] of ROUND.questionIds.entries()) {
        const q = await currentQuestion(page);
        expect(q.id).toBe(id);
        if (q.type === 'locate') await page.locator('[data-testid="place-list-toggle"]').click();
        await check(page, `question ${i + 1} (${q.type}), asking`, problems);
        if (i === 1) {
          await page.keyboard.press('Escape');
          await page.locator('.paused-panel:not([hidden])').waitFor();
          await check(page, 'pause dialog', problems);
          await page.locator('[data-testid="resume"]').click();
          await currentQuestion(page);
        }
        await answer(page, q, i % 2 === 0, 'mouse');
        await page.locator('[data-verdict]').waitFor();
        await check(page, `question ${i + 1} (${q.type}), feedback`, problems);
        await page.locator('[data-testid="next"]').click();
      }
      await page.locator('[data-screen="summary"]').waitFor();
      await page.locator(SELECTORS.reviewDone).waitFor({ state: 'attached' });
      await check(page, 'summary', problems);
      await page.evaluate(() => (location.hash = '#r=not-a-round'));
      await page.locator('[data-screen="link-error"]').waitFor();
      await check(page, 'broken link', problems);
      expect(problems.join('\n')).toBe('');
    });
  }
});
