import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { questionTimeMs } from '../../src/core/round/timing.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { ScreenReader, siteWithScreenReader, type Transcript } from './a11y/screenReader.ts';
import { DIST_DIR, openGame, SELECTORS, waitForMap, waitForTitle } from './harness/index.ts';
import { pack, texts, ui } from './play/bank.ts';
import { readFileSync } from 'node:fs';

const places = {
  en: JSON.parse(readFileSync(new URL('../../locales/en/places.json', import.meta.url), 'utf8')),
  fr: JSON.parse(readFileSync(new URL('../../locales/fr/places.json', import.meta.url), 'utf8')),
} as Record<Lng, Record<string, string>>;

// Issue 18: what a screen-reader user hears, from the title through a round holding every question
// type, its feedback, the pause dialog and the summary. The transcript is committed
// (test/e2e/transcripts/<lng>.txt) and compared on each run; `npm run transcripts:update` re-records it.

type Lng = 'en' | 'fr';
const UPDATE = process.env.UPDATE_TRANSCRIPTS === '1';
const TRANSCRIPTS = new URL('./transcripts/', import.meta.url);
/** What was heard on the last run, kept for `diff` (git-ignored). */
const ACTUAL = new URL('../../test-results/transcripts/', import.meta.url);

/** One question of each type, hand-picked and in a set order, so the round is the same on every run. */
const ROUND: Assignment = {
  v: 1,
  title: 'Screen reader',
  questionIds: [
    'coup-bazoum-role',
    'coup-bazoum-elected-tf',
    'geo-niger-locate',
    'coup-sahel-third-num',
    'protest-timeline',
    'coup-why-match',
  ],
  timeLimitMs: 40_000,
  allowTimeChange: false,
  language: null,
  shuffle: false,
  explainDuringRound: true,
};
const packQuestion = (id: string) => {
  const q = pack.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id} in the pack`);
  return q;
};
const LINK = `#r=${encodeAssignment(ROUND, packRef(pack))}`;
const START = new Date('2026-03-02T09:00:00Z');

let site: Awaited<ReturnType<typeof siteWithScreenReader>>;
beforeAll(async () => {
  site = await siteWithScreenReader(DIST_DIR);
});
afterAll(() => site?.dispose());

/**
 * The page's draws (the order of choices) come from this seed, always the same, so the transcript is too. Given
 * in the query, it is the one the harness uses instead of drawing a new seed per run (which it does for other tests).
 */
const TRANSCRIPT_SEED = 1;

/** Opens the game with a still clock and a fixed seed. */
async function open(lng: Lng): Promise<{ page: Page; sr: ScreenReader }> {
  const { page } = await openGame({
    viewport: 'desktop',
    query: `?test=1&lng=${lng}&seed=${TRANSCRIPT_SEED}`,
    root: site.root,
    beforeLoad: async (p) => {
      await p.clock.install({ time: START });
    },
  });
  await waitForTitle(page);
  await waitForMap(page);
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  const sr = new ScreenReader(page);
  await sr.start();
  return { page, sr };
}

/** Reads the question card from its heading (the first question from the top of the round). */
async function readQuestion(sr: ScreenReader, i: number): Promise<void> {
  await sr.section(`question ${i + 1}: read`);
  if (i === 0) await sr.previousUntil(/^heading, .*level 1$/);
  else await sr.previousHeading();
  await sr.nextUntil(/^end of region/);
}

const label = (text: string) => new RegExp(`^button, ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`);

/** How each question is answered with the reader: right, wrong, right, right, as is, partly. */
const ANSWER: ((sr: ScreenReader, lng: Lng, page: Page) => Promise<void>)[] = [
  async (sr, lng) => {
    await sr.previousHeading();
    await sr.nextUntil(label(texts[lng]['coup-bazoum-role']?.choices?.president as string));
    await sr.act();
  },
  async (sr, lng) => {
    await sr.previousHeading();
    await sr.nextUntil(label(ui[lng].answer.false));
    await sr.act();
  },
  async (sr, lng) => {
    await sr.previousHeading();
    await sr.nextUntil(label(ui[lng].answer.listToggle));
    await sr.act();
    await sr.nextUntil(label(places[lng].NER as string));
    await sr.act();
  },
  async (sr, lng, page) => {
    await sr.previousHeading();
    await sr.nextUntil(/^spinbutton/);
    // Forms mode: the field takes the keys (the reader's own typing cannot select a number field's text).
    await sr.act();
    await page.locator('input:focus').fill('3');
    await sr.nextUntil(label(ui[lng].answer.confirm));
    await sr.act();
  },
  async (sr, lng) => {
    await sr.previousHeading();
    await sr.nextUntil(label(ui[lng].answer.confirm));
    await sr.act();
  },
  async (sr, lng, page) => {
    await sr.previousHeading();
    // Forms mode again: each list of speakers takes the arrow keys; the first speaker is picked for each statement.
    const speakers = await page.locator('select[data-statement] option:not([value=""])').first().getAttribute('value');
    await sr.nextUntil(/^combobox/);
    for (const select of await page.locator('select[data-statement]').all())
      await select.selectOption(speakers as string);
    await sr.nextUntil(label(ui[lng].answer.confirm));
    await sr.act();
  },
];

async function walk(page: Page, sr: ScreenReader, lng: Lng): Promise<void> {
  const w = ui[lng];
  await sr.section('title screen, item by item');
  await sr.nextUntil(/^end of main$/);

  // A teacher's link opens the assigned round; the student types a name and starts.
  await sr.section('assigned round: start screen');
  await page.evaluate((hash) => (location.hash = hash), LINK);
  await page.locator('[data-screen="assigned"]').waitFor();
  await sr.nextUntil(/^textbox/);
  await sr.type('Awa');
  await sr.nextUntil(new RegExp(`^button, ${w.assigned.start}`));
  await sr.section('question 1: asked');
  await sr.act();

  for (const [i, id] of ROUND.questionIds.entries()) {
    await page.locator(`[data-question-id="${id}"][data-state="asking"]`).waitFor();
    await readQuestion(sr, i);
    if (i === 0) {
      // The time warnings: the clock moves to 30 s left, 20 s more (10 s left), 5 s more (5 s left).
      // Each question type has its own time (core/round/timing.ts): the first step comes from it.
      await sr.section('question 1: time passes');
      const limit = questionTimeMs(packQuestion(id), ROUND.timeLimitMs as number);
      for (const ms of [limit - 30_000, 20_000, 5_000]) await page.clock.runFor(ms);
    }
    if (i === 1) {
      await sr.section('pause dialog (Escape)');
      await sr.press('Escape');
      await page.locator('.paused-panel:not([hidden])').waitFor();
      await sr.previousUntil(/^dialog/, 5);
      await sr.nextUntil(new RegExp(`^button, ${w.round.resume}`));
      await sr.act();
      await page.locator(`[data-question-id="${id}"][data-state="asking"]`).waitFor();
    }
    await sr.section(`question ${i + 1}: answer and feedback`);
    await ANSWER[i]?.(sr, lng, page);
    await page.locator('[data-verdict]').waitFor();
    // The feedback is announced (a polite live region) and focus moves to the Next button, which the reader says.
    await page.waitForFunction(() => document.activeElement?.matches('[data-testid="next"]'));
    await sr.section(i + 1 < ROUND.questionIds.length ? `question ${i + 2}: asked` : 'summary');
    await sr.act();
  }
  await page.locator('[data-screen="summary"]').waitFor();
  await page.locator(SELECTORS.reviewDone).waitFor({ state: 'attached' });
  await sr.nextUntil(/^end of main$/, 200);
}

/** Result codes change with the pack and the codec, not with what is read: masked. Silent announcements dropped. */
function mask(line: string): string | null {
  if (/^(polite|assertive): $/.test(line)) return null;
  return line.replace(/\b[0-9A-Z]{4}(-[0-9A-Z]{1,4}){4,}\b/g, '<result code>');
}

/** A locale string with its values, spaced as the reader speaks it (no-break spaces become spaces). */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)(, number)?\}\}/g, (_, k: string) => String(values[k])).replace(/[\u00a0\u202f]/g, ' ');
const live = (lines: string[]) => lines.filter((l) => /^(polite|assertive): /.test(l));

/** What the transcript must hold, beyond being the same as the committed one. */
function checkTranscript(t: Transcript, lng: Lng): void {
  const w = ui[lng];
  const section = (title: string) => {
    const found = t.sections.find((x) => x.title === title);
    if (!found) throw new Error(`no section ${title}`);
    return found.lines;
  };
  // The question, then its choices, each with its position in the list.
  const read1 = section('question 1: read');
  expect(read1).toContain(`heading, ${texts[lng]['coup-bazoum-role']?.prompt}, level 2`);
  const choiceQ = pack.questions.find((q) => q.id === 'coup-bazoum-role');
  const choiceIds = choiceQ?.type === 'choice' ? choiceQ.choices : [];
  expect(choiceIds).toHaveLength(4);
  for (const [k, id] of choiceIds.entries()) {
    expect(read1.some((l) => l.startsWith(`button, ${texts[lng]['coup-bazoum-role']?.choices?.[id]}`))).toBe(true);
    expect(read1).toContain(`listitem, level 1, position ${k + 1}, set size 4`);
  }
  expect(section('question 2: read')).toContain('listitem, level 1, position 2, set size 2');
  // The time, said at 30, 10 and 5 s left, once each, and at no other time.
  const warnings = [30, 10, 5].map((n) => `polite: ${fill(w.round.secondsLeft_other, { count: n })}`);
  expect(section('question 1: time passes')).toEqual(warnings);
  const all = t.sections.flatMap((x) => x.lines);
  const secondsLeft = new RegExp(`^polite: ${fill(w.round.secondsLeft_other, { count: '\\d+' })}$`);
  expect(all.filter((l) => secondsLeft.test(l))).toEqual(warnings);
  // Each answer's verdict and the score: announced once, and the Next button named once.
  const verdicts = ['right', 'wrong', 'partial', 'timeout'].map(
    (v) => fill(w.feedback[v], { percent: '' }).split('(')[0],
  );
  const score = fill(w.a11y.statusNoStreak, { score: 'X' }).split('X')[0] as string;
  for (let i = 1; i <= ROUND.questionIds.length; i++) {
    const said = section(`question ${i}: answer and feedback`);
    const announced = live(said);
    expect(
      announced.filter((l) => verdicts.some((v) => l.includes(v as string))),
      `verdict ${i}`,
    ).toHaveLength(1);
    expect(
      announced.filter((l) => l.startsWith(`polite: ${score}`)),
      `score ${i}`,
    ).toHaveLength(1);
    const next = i < ROUND.questionIds.length ? w.round.next : w.round.seeResults;
    expect(
      said.filter((l) => l.includes(next)),
      `next ${i}`,
    ).toEqual([`button, ${next}, key shortcuts Enter`]);
  }
  // The map's marks, in words: the place picked is said with "right answer".
  expect(
    section('question 3: answer and feedback').some((l) =>
      new RegExp(`^button, ${places[lng].NER}.*${w.answer.markRight}`).test(l),
    ),
  ).toBe(true);
  // Nothing said twice: no announcement repeated within a part, no phrase twice in a row.
  for (const x of t.sections) {
    const announced = live(x.lines);
    expect(
      announced.filter((l, k) => announced.indexOf(l) !== k),
      `repeated in ${x.title}`,
    ).toEqual([]);
    expect(
      x.lines.filter((l, k) => k > 0 && l === x.lines[k - 1]),
      `twice in a row in ${x.title}`,
    ).toEqual([]);
  }
  // Nothing hidden said: no phrase is the text of something hidden from assistive technology.
  for (const x of t.sections) {
    const spoken = x.lines.map((l) => l.replace(/^(polite|assertive): /, '').replace(/^[a-z ]+, /, ''));
    expect(
      spoken.filter((l) => x.hidden.includes(l)),
      `hidden text said in ${x.title}`,
    ).toEqual([]);
  }
}

/** A line-by-line diff, so a changed transcript reads as what was added and removed. */
function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        a[i] === b[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, lcs[i]?.[j + 1] ?? 0);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  let section = '';
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (a[i]?.startsWith('## ')) section = a[i] as string;
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      out.push(`${section} | + ${b[j++]}`);
    } else out.push(`${section} | - ${a[i++]}`);
  }
  return out.join('\n');
}

describe('a screen reader reads the game', { timeout: 240_000 }, () => {
  for (const lng of ['en', 'fr'] as const) {
    test(`${lng}: title, a round of every type, feedback, pause and summary`, async () => {
      const { page, sr } = await open(lng);
      let transcript: Transcript | null = null;
      try {
        await walk(page, sr, lng);
      } finally {
        transcript = await sr.transcript(mask);
        await mkdir(ACTUAL, { recursive: true });
        await writeFile(new URL(`${lng}.txt`, ACTUAL), transcript.text);
      }
      const file = new URL(`${lng}.txt`, TRANSCRIPTS);
      if (UPDATE) {
        await mkdir(TRANSCRIPTS, { recursive: true });
        await writeFile(file, transcript.text);
      }
      const committed = await readFile(file, 'utf8').catch(() => '');
      const diff = lineDiff(committed, transcript.text);
      expect(
        diff,
        `What the screen reader says changed (- committed, + now). If intended, run \`npm run transcripts:update\` and commit test/e2e/transcripts/${lng}.txt; the whole new transcript is in test-results/transcripts/${lng}.txt.`,
      ).toBe('');
      checkTranscript(transcript, lng);
    });
  }
});
