/**
 * Both packs end to end, in English and French, the way a class uses the game: pick the pack → a round →
 * the summary → practise what I missed → practice → my progress → the round builder → its link → the student's
 * result code → class results. One browser per run; two runs on a phone by touch, two on a desktop by mouse.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openGame, SELECTORS, waitForTitle } from './harness/index.ts';
import { answer, currentQuestion, type Input } from './play/answer.ts';

const json = (p: string) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const tid = (id: string) => `[data-testid="${id}"]`;

type Lng = 'en' | 'fr';
const RUNS: { pack: string; lng: Lng; viewport: 'phone' | 'desktop'; input: Input }[] = [
  { pack: 'niger-coup-2023', lng: 'en', viewport: 'desktop', input: 'mouse' },
  { pack: 'niger-coup-2023', lng: 'fr', viewport: 'phone', input: 'touch' },
  { pack: 'sahel-geography', lng: 'en', viewport: 'phone', input: 'touch' },
  { pack: 'sahel-geography', lng: 'fr', viewport: 'desktop', input: 'mouse' },
];

function packData(pack: string, lng: Lng) {
  const questions = json(`content/${pack}/questions.json`).questions as { id: string; fact: string }[];
  const texts = json(`content/${pack}/texts/${lng}.json`);
  return {
    ids: new Set(questions.map((q) => q.id)),
    factOf: new Map(questions.map((q) => [q.id, q.fact])),
    title: texts._pack.title as string,
    topics: texts._pack.topics as Record<string, string>,
  };
}

async function press(page: Page, selector: string, input: Input): Promise<void> {
  if (input === 'touch') await page.locator(selector).tap();
  else await page.locator(selector).click();
}

/** Answers the question on screen (right or not), returns its id and the verdict shown, and goes on. */
async function play(page: Page, right: boolean, input: Input): Promise<{ id: string; verdict: string }> {
  const q = await currentQuestion(page);
  await answer(page, q, right, input);
  const verdict = (await page.locator('[data-verdict]').first().getAttribute('data-verdict')) as string;
  await press(page, tid('next'), input);
  return { id: q.id, verdict };
}

async function toTitle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForTitle(page);
}

describe.each(RUNS)('$pack in $lng ($viewport)', ({ pack, lng, viewport, input }) => {
  const data = packData(pack, lng);

  test('pick → round → summary → practise missed → practice → progress → builder → link → code → class results', {
    timeout: 300_000,
  }, async () => {
    const { page } = await openGame({ viewport, query: `?test=1&lng=${lng}` });
    await waitForTitle(page);

    // Pick the pack on the title screen.
    await press(page, tid(`pack-${pack}`), input);
    await page.waitForURL(new RegExp(`pack=${pack}`));
    await waitForTitle(page);
    await expect(page.locator(tid(`pack-${pack}`)).getAttribute('aria-current')).resolves.toBe('page');
    await expect(page.locator(`${tid(`pack-${pack}`)} .pack-title`).textContent()).resolves.toBe(data.title);
    const home = page.url().split('#')[0] as string;

    // A round of 8: the first two missed.
    await press(page, SELECTORS.play, input);
    const missed: string[] = [];
    let right = 0;
    for (let i = 0; i < 8; i++) {
      const a = await play(page, i >= 2, input);
      expect(data.ids.has(a.id), `${a.id} is a question of ${pack}`).toBe(true);
      if (i < 2) missed.push(a.id);
      if (a.verdict === 'right') right++;
    }
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator(tid('correct-count')).textContent()).resolves.toMatch(new RegExp(`^${right}\\D.*8$`));

    // Practise what I missed: the missed facts come back, then the practice summary.
    await press(page, tid('practise-missed'), input);
    const missedFacts = new Set(missed.map((id) => data.factOf.get(id)));
    const practised = await play(page, true, input);
    expect(missedFacts.has(data.factOf.get(practised.id))).toBe(true);
    while ((await page.locator('[data-screen="summary"]').count()) === 0) await play(page, true, input);

    // Practice: two questions of the pack, then Stop.
    await toTitle(page, home);
    await press(page, tid('practice'), input);
    for (let i = 0; i < 2; i++) expect(data.ids.has((await play(page, true, input)).id)).toBe(true);
    await press(page, tid('stop'), input);
    await page.locator('[data-screen="summary"]').waitFor();

    // My progress: the pack's own topics, in the language.
    await toTitle(page, home);
    await press(page, tid('my-progress'), input);
    const names = await page.locator(`${tid('mastery')} .topic-name`).allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(Object.values(data.topics)).toContain(n.trim());

    // The round builder: the pack's topics; three questions of the first; the link.
    await toTitle(page, home);
    await press(page, tid('teachers'), input);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'teacher');
    const offered = await page
      .locator(`${tid('group-topics')} input`)
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(offered).toEqual(Object.keys(data.topics));
    await page
      .locator(`${tid('group-topics')} input`)
      .first()
      .check();
    await page.locator(tid('count')).fill('3');
    const link = await page.locator(tid('share-link')).inputValue();
    expect(link).toMatch(/#r=/);
    if (pack !== 'niger-coup-2023') expect(link).toContain(`?pack=${pack}`);

    // The student opens the link, plays it (the second missed) and gets a result code.
    // (Kept a test page, ?test=1: the link's own address and fragment, the test flags added.)
    const opened = new URL(link);
    opened.searchParams.set('test', '1');
    await page.goto('about:blank');
    await page.goto(opened.toString());
    await page.locator(tid('student-name')).fill('Zoé N’Diaye');
    await press(page, tid('assigned-start'), input);
    const verdicts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await play(page, i !== 1, input);
      expect(data.ids.has(a.id)).toBe(true);
      verdicts.push(a.verdict);
    }
    const code = (await page.locator(tid('result-code')).textContent()) as string;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);

    // The teacher pastes it into the pack's class results.
    await toTitle(page, home);
    await press(page, tid('class-results'), input);
    await page.locator(tid('codes')).fill(code);
    await press(page, tid('read-codes'), input);
    const row = page.locator(tid('student-row'));
    await expect(row.locator(tid('student-name')).textContent()).resolves.toBe('Zoé N’Diaye');
    await expect(
      row.locator('td[data-mark]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-mark'))),
    ).resolves.toEqual(verdicts);
  });
});
