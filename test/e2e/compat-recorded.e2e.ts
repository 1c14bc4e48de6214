/**
 * Nothing breaks for today's users, in the built game: a round link and a result code recorded from the article
 * pack's version 1 (test/fixtures/recorded/v1.json) open today, and a browser holding version 1's records finds
 * its round in progress and its class results where it left them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openGame, waitForTitle } from './harness/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
interface Recorded {
  assignment: { title: string; questionIds: string[] };
  link: string;
  resultCode: string;
  inProgress: { questionIds: string[]; answered: number };
  storage: Record<string, string>;
}
const v1 = (
  JSON.parse(readFileSync(`${root}test/fixtures/recorded/v1.json`, 'utf8')) as { packs: Record<string, Recorded> }
).packs['niger-coup-2023'] as Recorded;
const MARKS = ['right', 'wrong', 'right', 'right', 'right', 'timeout'];

describe('version 1 of the article pack, opened today', { timeout: 180_000 }, () => {
  test('its round link, its result code, and a browser holding its records', async () => {
    const { page, url } = await openGame({ viewport: 'desktop', query: `?test=1#r=${v1.link}` });
    await expect(page.locator('[data-testid="assigned-title"]').innerText()).resolves.toBe(v1.assignment.title);
    await page.locator('[data-testid="student-name"]').fill('Amina');
    await page.locator('[data-testid="assigned-start"]').click();
    await expect(
      page.locator('[data-testid="question"][data-state="asking"]').getAttribute('data-question-id'),
    ).resolves.toBe(v1.assignment.questionIds[0]);

    // The teacher pastes the student's version-1 code into class results.
    const title = url.replace(/#.*$/, '');
    await page.goto(title);
    await waitForTitle(page);
    await page.locator('[data-testid="class-results"]').click();
    await page.locator('[data-testid="codes"]').fill(v1.resultCode);
    await page.locator('[data-testid="read-codes"]').click();
    const row = page.locator('[data-testid="student-row"]');
    await expect(row.locator('[data-testid="student-name"]').innerText()).resolves.toBe('Amina Issoufou');
    await expect(
      row.locator('td[data-mark]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-mark'))),
    ).resolves.toEqual(MARKS);
    await expect(page.locator('[data-testid="flag"]').count()).resolves.toBe(0);

    // A browser that kept version 1's records: its round in progress comes back where it was.
    await page.evaluate((storage) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(storage)) localStorage.setItem(k, v);
    }, v1.storage);
    await page.goto(title);
    await waitForTitle(page);
    await page.locator('[data-testid="continue"]').click();
    await page.locator('[data-testid="resume"]').click();
    await expect(
      page.locator('[data-testid="question"][data-state="asking"]').getAttribute('data-question-id'),
    ).resolves.toBe(v1.inProgress.questionIds[v1.inProgress.answered]);
  });
});
