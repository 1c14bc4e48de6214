import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Question } from '../../src/core/content/types.ts';
import { openGame, screenshot, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion, type Input } from './play/answer.ts';
import { pack, ui } from './play/bank.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Other questions the bank has about a question's fact, and whether one is of another type. */
function others(q: Question): { any: boolean; otherType: boolean } {
  const same = pack.questions.filter((x) => x.fact === q.fact && x.id !== q.id);
  return { any: same.length > 0, otherType: same.some((x) => x.type !== q.type) };
}

async function verdict(page: Page): Promise<string> {
  return (await page.locator('[data-verdict]').getAttribute('data-verdict')) as string;
}

async function next(page: Page, input: Input): Promise<void> {
  const b = page.locator('[data-testid="next"]');
  if (input === 'touch') await b.tap();
  else await b.click();
}

/**
 * Plays a standard round of 8 and misses exactly two questions on purpose: those chosen by
 * `miss` (first two that qualify), the rest answered right. Returns the questions missed.
 */
async function playMissingTwo(page: Page, input: Input, miss: (q: Question) => boolean): Promise<Question[]> {
  const asked: Question[] = [];
  for (let i = 0; i < 8; i++) asked.push(await answerNext(page, i, input, miss, asked));
  const missed = asked.filter((q) => (q as Question & { missed?: boolean }).missed);
  expect(missed, 'exactly two questions missed').toHaveLength(2);
  return missed;
}

async function answerNext(
  page: Page,
  i: number,
  input: Input,
  miss: (q: Question) => boolean,
  before: Question[],
): Promise<Question> {
  const q = await currentQuestion(page);
  const missedSoFar = before.filter((x) => (x as Question & { missed?: boolean }).missed).length;
  // Keep two misses for the end if nothing qualified earlier.
  const wrong = missedSoFar < 2 && (miss(q) || 8 - i <= 2 - missedSoFar);
  await answer(page, q, !wrong, input);
  const v = await verdict(page);
  expect(v, `${q.id} answered ${wrong ? 'wrong' : 'right'}`).toBe(
    wrong ? (v === 'partial' ? 'partial' : 'wrong') : 'right',
  );
  await next(page, input);
  return Object.assign({ ...q }, { missed: wrong });
}

/** Mastery numbers per topic as the progress page shows them. */
async function standing(page: Page): Promise<Record<string, { mastered: number; total: number; seen: number }>> {
  await page.locator('[data-screen="progress"]').waitFor();
  return page
    .locator('[data-testid="mastery"] > li')
    .evaluateAll((lis) =>
      Object.fromEntries(
        lis.map((li) => [
          li.getAttribute('data-topic'),
          {
            mastered: Number(li.getAttribute('data-mastered')),
            total: Number(li.getAttribute('data-total')),
            seen: Number(li.getAttribute('data-seen')),
          },
        ]),
      ),
    );
}

const sum = (s: Record<string, { mastered: number; seen: number }>, k: 'mastered' | 'seen') =>
  Object.values(s).reduce((n, r) => n + r[k], 0);
/** A fact's topic is the topic of its first question in the bank (as `mastery` counts it). */
const topicOfFact = (fact: string) => (pack.questions.find((q) => q.fact === fact) as Question).topic;
const factsOfTopic = (topic: string) =>
  new Set(pack.questions.map((q) => q.fact).filter((f) => topicOfFact(f) === topic)).size;

/** Plays `n` practice questions right, then presses Stop; returns the questions asked. */
async function practiseRight(page: Page, n: number, input: Input): Promise<Question[]> {
  const asked: Question[] = [];
  for (let i = 0; i < n; i++) {
    const q = await currentQuestion(page);
    await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe(`Question ${i + 1}`);
    await answer(page, q, true, input);
    expect(await verdict(page), q.id).toBe('right');
    // Practice explains every answer and cites the paragraph.
    await expect(page.locator('.feedback .explanation').innerText()).resolves.toMatch(/\S{3}/);
    await expect(page.locator('.feedback .source').innerText()).resolves.toMatch(/\d/);
    asked.push(q);
    if (i < n - 1) await next(page, input);
  }
  await page.locator('[data-testid="stop"]').click();
  await page.locator('[data-screen="summary"]').waitFor();
  return asked;
}

describe('learning from mistakes', { timeout: 300_000 }, () => {
  test('desktop, English: practise what I missed, missed facts first after a reload, mastery grows over days, forget with confirmation', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    // A damaged learning record: a fresh start and a message, not a crash.
    await page.evaluate(() => localStorage.setItem('sahel-quiz:progress', '{"v":1,"data":{"facts":'));
    await page.reload();
    await waitForTitle(page);
    await expect(page.locator('.title-card .notice').innerText()).resolves.toBe(ui.en.storage.corrupt);

    // Before anything: nothing seen, nothing mastered, nothing to forget.
    await page.locator('[data-testid="my-progress"]').click();
    const empty = await standing(page);
    expect(sum(empty, 'seen')).toBe(0);
    expect(sum(empty, 'mastered')).toBe(0);
    for (const [topic, row] of Object.entries(empty)) expect(row.total).toBe(factsOfTopic(topic));
    await expect(page.locator('[data-testid="forget"]').isDisabled()).resolves.toBe(true);
    await page.locator('[data-testid="progress-back"]').click();
    await waitForTitle(page);

    // A standard round, two questions missed on purpose (ones the bank can ask another way).
    await page.locator(SELECTORS.play).click();
    const missed = await playMissingTwo(page, 'mouse', (q) => others(q).otherType);
    await page.locator('[data-screen="summary"]').waitFor();
    const practiseMissed = page.locator('[data-testid="practise-missed"]');
    await expect(practiseMissed.innerText()).resolves.toBe(ui.en.learn.practiseMissed_other.replace('{{count}}', '2'));
    await screenshot(page, 'learning-en-summary');

    // "Practise what I missed": exactly those facts, through other questions.
    await practiseMissed.click();
    const missedFacts = new Set(missed.map((q) => q.fact));
    const again: Question[] = [];
    for (let i = 0; i < 2; i++) {
      const q = await currentQuestion(page);
      await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe(`Question ${i + 1} of 2`);
      await expect(page.locator('[data-testid="score"]').innerText()).resolves.toBe(ui.en.round.practice);
      await expect(page.locator('[data-testid="time-left"]').innerText()).resolves.toBe(ui.en.round.untimed);
      const was = missed.find((m) => m.fact === q.fact);
      expect(was, `${q.id} asks a missed fact`).toBeDefined();
      if (was && others(was).any) expect(q.id).not.toBe(was.id);
      if (was && others(was).otherType) expect(q.type).not.toBe(was.type);
      if (i === 0) await screenshot(page, `learning-en-missed-round-${q.type}`);
      // Still wrong: the facts stay due.
      await answer(page, q, false, 'keyboard');
      expect(await verdict(page)).not.toBe('right');
      await expect(page.locator('.feedback .explanation').innerText()).resolves.toMatch(/\S{3}/);
      again.push(q);
      await next(page, 'mouse');
    }
    expect(new Set(again.map((q) => q.fact))).toEqual(missedFacts);
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe('0 of 2');
    await expect(page.locator('[data-testid="practise-missed"]').isVisible()).resolves.toBe(true);

    // A later visit: practice mode offers the missed facts first, through yet another question.
    await page.reload();
    await waitForTitle(page);
    await page.locator('[data-testid="practice"]').click();
    const q1 = await currentQuestion(page);
    await screenshot(page, 'learning-en-practice');
    await expect(page.locator('[data-testid="time-left"]').innerText()).resolves.toBe(ui.en.round.untimed);
    const practised = [q1, ...(await practiseRightFrom(page, q1, 3))];
    expect(new Set(practised.slice(0, 2).map((q) => q.fact))).toEqual(missedFacts);
    for (const q of practised.slice(0, 2)) {
      const last = again.find((a) => a.fact === q.fact) as Question;
      if (others(last).any) expect(q.id).not.toBe(last.id);
    }
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe('3 of 3');
    await screenshot(page, 'learning-en-practice-summary');
    // Nothing missed: no "Practise what I missed".
    await expect(page.locator('[data-testid="practise-missed"]').count()).resolves.toBe(0);

    // Where I stand: facts seen, none mastered yet (one right answer may be a guess).
    await page.locator('[data-testid="home"]').click();
    await page.locator('[data-testid="my-progress"]').click();
    const day0 = await standing(page);
    expect(sum(day0, 'seen')).toBe(8 + 1);
    expect(sum(day0, 'mastered')).toBe(0);

    // Two days later the facts answered right are due; right again, they are mastered.
    await page.addInitScript((offset) => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + offset;
    }, 2 * DAY);
    await page.reload();
    await waitForTitle(page);
    await page.locator('[data-testid="practice"]').click();
    const later = await practiseRight(page, 3, 'mouse');
    await page.locator('[data-testid="home"]').click();
    await page.locator('[data-testid="my-progress"]').click();
    const day2 = await standing(page);
    expect(sum(day2, 'mastered')).toBe(3);
    for (const [topic, row] of Object.entries(day2)) {
      expect(row.mastered, topic).toBe(later.filter((q) => topicOfFact(q.fact) === topic).length);
    }
    await expect(page.locator('[data-testid="topic-numbers"]').first().innerText()).resolves.toMatch(
      /\d+ of \d+ facts mastered/,
    );
    await screenshot(page, 'learning-en-progress-desktop');

    // Forget my progress, by keyboard: a confirmation first, Cancel keeps everything.
    await page.locator('[data-testid="forget"]').focus();
    await page.keyboard.press('Enter');
    await expect(
      page.locator('[data-testid="forget-cancel"]').evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);
    await screenshot(page, 'learning-en-forget-confirm');
    await page.keyboard.press('Enter');
    expect(sum(await standing(page), 'mastered')).toBe(3);
    await page.locator('[data-testid="forget"]').click();
    await page.locator('[data-testid="forget-yes"]').click();
    await expect(page.locator('[data-testid="progress-status"]').innerText()).resolves.toBe(ui.en.learn.forgotten);
    const cleared = await standing(page);
    expect(sum(cleared, 'seen')).toBe(0);
    expect(sum(cleared, 'mastered')).toBe(0);
    await page.locator('[data-testid="nothing-yet"]').waitFor();
    // And it stays forgotten after a reload.
    await page.reload();
    await waitForTitle(page);
    await expect(page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('progress')))).resolves.toEqual(
      [],
    );
    await page.locator('[data-testid="my-progress"]').click();
    expect(sum(await standing(page), 'seen')).toBe(0);
  });

  test('phone, French, by touch: the missed map place is listed and shown, the practice round stops on demand', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await waitForTitle(page);
    await page.locator('[data-testid="language"]').selectOption('fr');
    await page.locator(SELECTORS.play, { hasText: ui.fr.title.play }).waitFor();
    await page.locator(SELECTORS.play).tap();
    const isCountry = (q: Question) => q.type === 'locate' && q.mode === 'country';
    const missed = await playMissingTwo(page, 'touch', (q) => others(q).otherType);
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator('[data-testid="practise-missed"]').innerText()).resolves.toBe(
      ui.fr.learn.practiseMissed_other.replace('{{count}}', '2'),
    );
    await screenshot(page, 'learning-fr-summary-phone');
    await page.locator('[data-testid="practise-missed"]').tap();
    const q = await currentQuestion(page);
    expect(missed.map((m) => m.fact)).toContain(q.fact);
    await screenshot(page, 'learning-fr-missed-round-phone');
    await page.locator('[data-testid="pause"]').tap();
    await page.locator('[data-testid="resume"]').tap();

    // Practice mode in French goes on question after question until Stop; a country missed on
    // the map there is a mix-up the progress page lists.
    await page.reload();
    await waitForTitle(page);
    await page.locator('[data-testid="practice"]').tap();
    await expect(page.locator('[data-testid="stop"]').innerText()).resolves.toBe(ui.fr.learn.stop);
    let country: (Question & { type: 'locate' }) | undefined;
    let asked = 0;
    for (; asked < pack.questions.length && !country; asked++) {
      const p = await currentQuestion(page);
      if (asked === 0) await screenshot(page, 'learning-fr-practice-phone');
      if (isCountry(p)) country = p as Question & { type: 'locate' };
      await answer(page, p, !country, 'touch');
      if (!country) await next(page, 'touch');
    }
    expect(country, 'practice reaches a country question').toBeDefined();
    await page.locator('[data-testid="stop"]').tap();
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe(`${asked - 1} sur ${asked}`);
    await page.locator('[data-testid="home"]').tap();
    await page.locator('[data-testid="my-progress"]').tap();
    await page.locator('[data-screen="progress"] h1', { hasText: ui.fr.learn.title }).waitFor();
    // The helper picks Chad (or Sudan for Chad) when it misses a country on purpose.
    const target = (country as Question & { type: 'locate' }).targets[0] as string;
    const picked = target === 'TCD' ? 'SDN' : 'TCD';
    const item = page.locator(`[data-testid="confused"] li[data-expected="${target}"][data-picked="${picked}"]`);
    const frPlaces = JSON.parse(
      readFileSync(new URL('../../locales/fr/places.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    await expect(item.locator('.pair').innerText()).resolves.toBe(
      `Tu as choisi ${frPlaces[picked]} pour ${frPlaces[target]} ×1`,
    );
    await item.locator('[data-testid="show-on-map"]').tap();
    // The map marks the place asked for (tick) and the one picked (cross). Peeks at the scene's
    // drawn state: the canvas cannot be read as text.
    const marks = () =>
      page.evaluate(() => {
        const s = (window as any).__sahel.map.state as { correct: string[]; wrong: string[]; focus: string | null };
        return { correct: s.correct, wrong: s.wrong, focus: s.focus };
      });
    await expect(marks()).resolves.toEqual({ correct: [target], wrong: [picked], focus: target });
    await screenshot(page, 'learning-fr-progress-phone');
    await page.locator('[data-testid="forget"]').tap();
    await screenshot(page, 'learning-fr-forget-confirm-phone');
    await page.locator('[data-testid="forget-yes"]').tap();
    await expect(page.locator('[data-testid="progress-status"]').innerText()).resolves.toBe(ui.fr.learn.forgotten);
  });
});

/** Continues a practice round whose first question `first` is on screen: all right, `n` in all, then Stop. */
async function practiseRightFrom(page: Page, first: Question, n: number): Promise<Question[]> {
  await answer(page, first, true, 'mouse');
  expect(await verdict(page), first.id).toBe('right');
  await next(page, 'mouse');
  const rest: Question[] = [];
  for (let i = 1; i < n; i++) {
    const q = await currentQuestion(page);
    await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe(`Question ${i + 1}`);
    await answer(page, q, true, i % 2 ? 'keyboard' : 'mouse');
    expect(await verdict(page), q.id).toBe('right');
    rest.push(q);
    if (i < n - 1) await next(page, 'mouse');
  }
  await page.locator('[data-testid="stop"]').click();
  await page.locator('[data-screen="summary"]').waitFor();
  return rest;
}
