/**
 * An assigned round of the geography pack: the link carries the pack (?pack=), the student plays it
 * and gets a result code, and the teacher's class results of that pack read it; the article pack's
 * class results do not take it (packs never mix).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadPack } from '../../scripts/content/packs.ts';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { openGame, screenshot, waitForTitle } from './harness/index.ts';
import { answer, currentQuestion } from './play/answer.ts';

const geo = loadPack(fileURLToPath(new URL('../../', import.meta.url)), 'sahel-geography').pack;
const assignment: Assignment = {
  v: 1,
  title: 'Capitals',
  questionIds: ['capital-mli', 'border-ner-ben', 'neighbour-count-ner'],
  timeLimitMs: 60_000,
  allowTimeChange: false,
  language: 'fr',
  shuffle: false,
  explainDuringRound: true,
};

describe('an assigned round of the second pack', { timeout: 180_000 }, () => {
  test('link → round in French → result code → class results of that pack only', async () => {
    const payload = encodeAssignment(assignment, packRef(geo));
    const student = await openGame({ viewport: 'phone', query: `?test=1&pack=sahel-geography#r=${payload}` });
    const sp = student.page;
    await expect(sp.locator('[data-testid="assigned-title"]').innerText()).resolves.toBe('Capitals');
    await sp.locator('[data-testid="student-name"]').fill('Moussa');
    await sp.locator('[data-testid="assigned-start"]').tap();
    const marks: string[] = [];
    for (let i = 0; i < 3; i++) {
      const q = await currentQuestion(sp);
      expect(q.id).toBe(assignment.questionIds[i]);
      await answer(sp, q, i !== 1, 'touch');
      marks.push(i !== 1 ? 'right' : 'wrong');
      await sp.locator('[data-testid="next"]').tap();
    }
    const code = await sp.locator('[data-testid="result-code"]').innerText();
    await screenshot(sp, 'pack-assigned-fr-phone-summary');

    const teacher = await openGame({ viewport: 'desktop', query: '?test=1&pack=sahel-geography' });
    const tp = teacher.page;
    await waitForTitle(tp);
    await tp.locator('[data-testid="class-results"]').click();
    await tp.locator('[data-testid="codes"]').fill(code);
    await tp.locator('[data-testid="read-codes"]').click();
    const row = tp.locator('[data-testid="student-row"]');
    await expect(row.locator('[data-testid="student-name"]').innerText()).resolves.toBe('Moussa');
    await expect(
      row.locator('td[data-mark]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-mark'))),
    ).resolves.toEqual(marks);

    // The article pack's class results do not count it as one of theirs.
    await tp.goto(teacher.url.replace('pack=sahel-geography', 'pack=niger-coup-2023'));
    await waitForTitle(tp);
    await tp.locator('[data-testid="class-results"]').click();
    await tp.locator('[data-testid="codes"]').fill(code);
    await tp.locator('[data-testid="read-codes"]').click();
    await tp.locator('[data-testid="flag"]').first().waitFor();
    await expect(tp.locator('[data-testid="student-row"]').count()).resolves.toBe(0);
  });
});
