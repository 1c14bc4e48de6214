/**
 * Issue 17, played as students and a teacher would, with damaged data and mistakes on purpose:
 * nothing a student or teacher made is lost, and every message names the real cause.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AnswerRecord } from '../../src/core/round/types.ts';
import { assignmentHash, type Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import type { ResultRecord } from '../../src/core/share/result.ts';
import { encodeResultCode } from '../../src/core/share/resultCode.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { openGame, SELECTORS, screenshot, waitForTitle } from './harness/index.ts';
import { audit } from './a11y/helpers.ts';
import { answer, currentQuestion } from './play/answer.ts';
import { pack, texts, ui } from './play/bank.ts';

const ref = packRef(pack);
type Lng = 'en' | 'fr';
const notice = (lng: Lng, kind: string, what: string) =>
  (ui[lng].keep[kind] as string).replace('{{what}}', ui[lng].keep.what[what] as string);
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), `sahel-quiz:${key}`);
const store = (page: Page, key: string, text: string) =>
  page.evaluate(([k, t]) => localStorage.setItem(k as string, t as string), [`sahel-quiz:${key}`, text]);

/** A real progress record of 9 facts of the bank, the fifth one damaged. */
function progressOfNine(): { raw: string; good: string[] } {
  const facts = [...new Set(pack.questions.map((q) => q.fact))].slice(0, 9);
  const day = 86_400_000;
  const now = Date.now() - 3 * day;
  const data = {
    version: 1,
    facts: Object.fromEntries(
      facts.map((f, i) => [
        f,
        i === 4
          ? { box: 'two', lastSeen: now, due: now, right: 1, wrong: 0, lastQuestionId: 'x' }
          : {
              box: 2,
              lastSeen: now,
              due: now + day,
              right: 1,
              wrong: 0,
              lastQuestionId: pack.questions.find((q) => q.fact === f)?.id,
            },
      ]),
    ),
    confusions: {},
  };
  return { raw: JSON.stringify({ v: 1, data }), good: facts.filter((_, i) => i !== 4) };
}

describe('stored records are never lost', { timeout: 120_000 }, () => {
  test('English, desktop: 9 facts with one damaged entry keep the 8 good ones, the student is told, the next answer adds to them', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    const { raw, good } = progressOfNine();
    await store(page, 'progress', raw);
    await page.reload();
    await waitForTitle(page);
    await expect(page.locator('.title-card .notice').innerText()).resolves.toBe(notice('en', 'partial', 'progress'));
    await screenshot(page, 'keep-partial-progress-en-desktop');

    await page.locator(SELECTORS.play).click();
    const q = await currentQuestion(page);
    await answer(page, q, true, 'mouse');
    await page.locator('[data-verdict]').waitFor();
    await expect
      .poll(async () => Object.keys(JSON.parse((await stored(page, 'progress')) ?? '{}').data?.facts ?? {}))
      .toEqual(expect.arrayContaining([...good, q.fact]));
    // The record as it was is kept aside, untouched.
    await expect(stored(page, 'aside/progress')).resolves.toBe(raw);
  });

  test('French, phone: a record from a newer version is left untouched, and the student is told in French', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1&lng=fr' });
    await waitForTitle(page);
    const newer = JSON.stringify({ v: 2, data: { version: 2, facts: { future: { box: 9 } } } });
    await store(page, 'progress', newer);
    // And an unfinished round whose answers no longer make sense: kept aside, and said so.
    const badRound = JSON.stringify({ v: 1, data: { state: { version: 1, answers: [{ correctness: 7 }] }, seed: 1 } });
    await store(page, 'round', badRound);
    await page.reload();
    await waitForTitle(page);
    const said = await page.locator('.title-card .notice').innerText();
    expect(said).toContain(notice('fr', 'newer', 'progress'));
    expect(said).toContain(notice('fr', 'invalid', 'round'));
    await expect(stored(page, 'aside/round')).resolves.toBe(badRound);
    await screenshot(page, 'keep-newer-progress-fr-phone');
    await page.locator(SELECTORS.play).tap();
    await answer(page, await currentQuestion(page), true, 'touch');
    await page.locator('[data-verdict]').waitFor();
    await expect(stored(page, 'progress')).resolves.toBe(newer);
  });
});

describe('link messages name the real cause', { timeout: 60_000 }, () => {
  test.each([
    ['en', 'desktop'],
    ['fr', 'phone'],
  ] as const)('%s: "#r=garbage" is not a round link at all', async (lng, viewport) => {
    const { page } = await openGame({ viewport, query: `?test=1&lng=${lng}#r=garbage` });
    await page.locator('[data-screen="link-error"]').waitFor();
    await expect(page.locator('[data-testid="link-error"]').innerText()).resolves.toBe(ui[lng].keep.link.not_link);
    await screenshot(page, `keep-link-garbage-${lng}-${viewport}`);
  });

  test('French: a link cut short is an incomplete link', async () => {
    const a = assignmentOf('Coupé');
    const payload = encodeAssignment(a, ref);
    const { page } = await openGame({ viewport: 'phone', query: `?test=1&lng=fr#r=${payload.slice(0, -5)}` });
    await page.locator('[data-screen="link-error"]').waitFor();
    await expect(page.locator('[data-testid="link-error"]').innerText()).resolves.toBe(ui.fr.keep.link.incomplete);
  });
});

// ---- Class results --------------------------------------------------------------------

const tf = pack.questions.filter((q) => q.type === 'truefalse').slice(0, 3);

function assignmentOf(title: string): Assignment {
  return {
    v: 1,
    title,
    questionIds: tf.map((q) => q.id),
    timeLimitMs: 20_000,
    allowTimeChange: true,
    language: null,
    shuffle: false,
    explainDuringRound: true,
  };
}

/** A student's code: `marks` per question, 'right' | 'wrong' | 'timeout'. */
function codeOf(a: Assignment, name: string, marks: ('right' | 'wrong' | 'timeout')[]): string {
  const answers: AnswerRecord[] = tf.map((q, i) => {
    const m = marks[i];
    const right = q.type === 'truefalse' ? q.answer : true;
    return {
      questionId: q.id,
      response: m === 'timeout' ? null : { type: 'truefalse', value: m === 'right' ? right : !right },
      correctness: m === 'right' ? 1 : 0,
      points: m === 'right' ? 900 : 0,
      timeMs: 4_500 + i * 1_000,
    };
  });
  const r: ResultRecord = {
    v: 1,
    name,
    assignment: assignmentHash(a),
    timeScale: 1,
    answers,
    score: answers.reduce((s, x) => s + x.points, 0),
  };
  const c = encodeResultCode(r, ref);
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

/** The teacher saved this round on this device, so class results can name it by its title. */
async function saveTeacherRound(page: Page, a: Assignment): Promise<void> {
  const record = { v: 1, data: { id: 'week3round', savedAt: 1, assignment: a, form: null } };
  await store(page, 'teacher-round/week3round', JSON.stringify(record));
}

async function paste(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="codes"]').fill(text);
  await page.locator('[data-testid="read-codes"]').click();
}

const names = (page: Page) => page.locator('[data-testid="student-name"]').allTextContents();

describe('class results are kept, round by round', { timeout: 120_000 }, () => {
  test('English, desktop: codes pasted later add to the class; time-outs, hardest, titles; remove and clear only when confirmed', async () => {
    const a = assignmentOf('Week 3 check');
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    await saveTeacherRound(page, a);
    await page.locator('[data-testid="class-results"]').click();
    await page.locator('[data-screen="class-results"]').waitFor();

    await paste(page, `${codeOf(a, 'Amina', ['right', 'right', 'wrong'])}\nhello world`);
    await expect(names(page)).resolves.toEqual(['Amina']);
    // "hello world" is not a code at all: no typing mistake is blamed.
    const flag = page.locator('[data-testid="flag"]');
    await expect(flag.getAttribute('data-reason')).resolves.toBe('result/not_code');
    await expect(flag.innerText()).resolves.toContain(ui.en.keep.result.not_code);
    // The box is cleared: the codes are now in the class.
    await expect(page.locator('[data-testid="codes"]').inputValue()).resolves.toBe('');

    // More codes later: the earlier student stays.
    await paste(page, codeOf(a, 'Bako', ['right', 'timeout', 'wrong']));
    await expect(names(page)).resolves.toEqual(['Amina', 'Bako']);
    await expect(page.locator('[data-testid="round-summary"]').innerText()).resolves.toContain('Week 3 check');
    const bakoCells = page.locator('[data-testid="student-row"]').nth(1).locator('td[data-mark]');
    await expect(bakoCells.nth(1).getAttribute('data-mark')).resolves.toBe('timeout');
    await expect(bakoCells.nth(1).innerText()).resolves.toContain(ui.en.keep.classResults.timeout);
    // Question 1 was right for everyone: not among the hardest.
    const hardest = await page.locator('[data-testid="hardest"] li').allTextContents();
    expect(hardest).toHaveLength(2);
    expect(hardest.join(' ')).not.toContain(texts.en[tf[0]?.id as string]?.prompt as string);
    await screenshot(page, 'keep-class-results-en-desktop');

    // Removing a student is explicit and confirmed; Cancel keeps them.
    const removeBako = page.locator('[data-testid="student-row"]').nth(1).locator('[data-testid="remove-student"]');
    await removeBako.click();
    await expect(page.locator('[data-testid="confirm"]').innerText()).resolves.toContain(
      ui.en.keep.classResults.confirmRemove.replace('{{name}}', 'Bako'),
    );
    await screenshot(page, 'keep-class-results-confirm-en-desktop');
    // The table with its Remove buttons and the question asked before removing: no WCAG 2.2 A/AA violation.
    await expect(audit(page, 'class results, confirm removal')).resolves.toEqual([]);
    await page.locator('[data-testid="confirm-no"]').click();
    await expect(names(page)).resolves.toEqual(['Amina', 'Bako']);
    await removeBako.click();
    await page.locator('[data-testid="confirm-yes"]').click();
    await expect(names(page)).resolves.toEqual(['Amina']);

    // Kept on the device.
    await page.reload();
    await waitForTitle(page);
    await page.locator('[data-testid="class-results"]').click();
    await page.locator('[data-testid="student-row"]').waitFor();
    await expect(names(page)).resolves.toEqual(['Amina']);

    // Clearing the round, confirmed.
    await page.locator('[data-testid="clear-round"]').click();
    await page.locator('[data-testid="confirm-yes"]').click();
    await page.locator('[data-testid="results-empty"]').waitFor();
  });

  test('French, phone: the CSV opens in columns in a French spreadsheet, with the questions as headers', async () => {
    const a = assignmentOf('Semaine 3');
    const { page } = await openGame({ viewport: 'phone', query: '?test=1&lng=fr' });
    await waitForTitle(page);
    await page.locator('[data-testid="class-results"]').tap();
    await page.locator('[data-screen="class-results"]').waitFor();
    await paste(page, codeOf(a, 'Amina', ['right', 'timeout', 'wrong']));
    await paste(page, `merci\n${codeOf(a, 'Bako', ['wrong', 'right', 'right'])}`);
    await expect(names(page)).resolves.toEqual(['Amina', 'Bako']);
    // "merci" is not a result code: no typing mistake is blamed.
    await expect(page.locator('[data-testid="flag"]').innerText()).resolves.toContain(ui.fr.keep.result.not_code);
    await expect(
      page.locator('[data-testid="student-row"]').first().locator('td[data-mark="timeout"]').innerText(),
    ).resolves.toContain(ui.fr.keep.classResults.timeout);
    await screenshot(page, 'keep-class-results-fr-phone');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-csv"]').tap(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, amina] = csv.split('\r\n');
    expect(header?.startsWith('Nom;Score;Justes;Chrono;')).toBe(true);
    expect(header).toContain(`Q1 : ${texts.fr[tf[0]?.id as string]?.prompt}`.replace(/"/g, '""'));
    // A time in seconds with a decimal comma, a column of its own.
    expect(amina).toMatch(/^Amina;900;1;×1;.*;4,5;/);
    expect(amina).toContain(`;${ui.fr.keep.classResults.timeout};`);

    // Or the teacher's choice: commas.
    await expect(page.locator('[data-testid="csv-separator"]').inputValue()).resolves.toBe(';');
    await page.locator('[data-testid="csv-separator"]').selectOption(',');
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-csv"]').tap(),
    ]);
    const commas = (await readFile(await again.path(), 'utf8')).replace(/^\uFEFF/, '');
    expect(commas.startsWith('Nom,Score,Justes,Chrono,')).toBe(true);
  });
});

// ---- Shared computers -----------------------------------------------------------------

describe('shared computers', { timeout: 120_000 }, () => {
  test('English: after a round ends no name is pre-filled; an unfinished round is offered only as "Continue as Amina?"', async () => {
    const a = { ...assignmentOf('Shared'), questionIds: tf.slice(0, 2).map((q) => q.id) };
    const { page } = await openGame({ viewport: 'desktop', query: `?test=1#r=${encodeAssignment(a, ref)}` });
    await page.locator('[data-testid="student-name"]').fill('Amina');
    await page.locator('[data-testid="assigned-start"]').click();
    await answer(page, await currentQuestion(page), true, 'mouse');
    await page.locator('[data-testid="next"]').click();
    await currentQuestion(page);

    // Amina leaves half-way; the next student opens the same link.
    await page.reload();
    const choice = page.locator('[data-testid="resume-choice"]');
    await choice.waitFor();
    await expect(page.locator('[data-testid="assigned-resume"]').innerText()).resolves.toBe(
      ui.en.keep.assigned.continueAs.replace('{{name}}', 'Amina'),
    );
    await expect(page.locator('[data-testid="student-name"]').isVisible()).resolves.toBe(false);
    await screenshot(page, 'keep-shared-continue-en-desktop');
    await page.locator('[data-testid="someone-else"]').click();
    await expect(page.locator('[data-testid="student-name"]').inputValue()).resolves.toBe('');
    await expect(
      page.locator('[data-testid="student-name"]').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);

    // Amina comes back and finishes; after the round ends, her name is not offered to anyone.
    await page.reload();
    await page.locator('[data-testid="assigned-resume"]').click();
    await page.locator('[data-testid="resume"]').click();
    await answer(page, await currentQuestion(page), true, 'mouse');
    await page.locator('[data-testid="next"]').click();
    await page.locator('[data-testid="result-code"]').waitFor();
    await page.reload();
    await page.locator('[data-screen="assigned"]').waitFor();
    await expect(page.locator('[data-testid="resume-choice"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="student-name"]').inputValue()).resolves.toBe('');
  });

  test('French, phone: "Continuer en tant que Amina ?" beside "Je suis quelqu’un d’autre"', async () => {
    const a = { ...assignmentOf('Partagé'), questionIds: tf.slice(0, 2).map((q) => q.id) };
    const { page } = await openGame({ viewport: 'phone', query: `?test=1&lng=fr#r=${encodeAssignment(a, ref)}` });
    await page.locator('[data-testid="student-name"]').fill('Amina');
    await page.locator('[data-testid="assigned-start"]').tap();
    await answer(page, await currentQuestion(page), false, 'touch');
    await page.locator('[data-testid="next"]').tap();
    await currentQuestion(page);
    await page.reload();
    await page.locator('[data-testid="resume-choice"]').waitFor();
    await expect(page.locator('[data-testid="assigned-resume"]').innerText()).resolves.toBe(
      ui.fr.keep.assigned.continueAs.replace('{{name}}', 'Amina'),
    );
    await expect(page.locator('[data-testid="someone-else"]').innerText()).resolves.toBe(
      ui.fr.keep.assigned.someoneElse,
    );
    await screenshot(page, 'keep-shared-continue-fr-phone');
    await expect(audit(page, 'assigned, continue as')).resolves.toEqual([]);
  });
});
