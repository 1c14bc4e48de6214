import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Question, QuestionType } from '../../src/core/content/types.ts';
import { openGame, screenshot, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion, type Input } from './play/answer.ts';
import { readFileSync } from 'node:fs';

type Lng = 'en' | 'fr';
const root = new URL('../../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const words = {
  en: {
    ui: json('locales/en/ui.json'),
    q: json('content/niger-coup-2023/texts/en.json'),
    places: json('locales/en/places.json'),
  },
  fr: {
    ui: json('locales/fr/ui.json'),
    q: json('content/niger-coup-2023/texts/fr.json'),
    places: json('locales/fr/places.json'),
  },
};

/** Each type is played by mouse in one language and by keyboard in the other. */
const INPUTS: Record<Lng, Record<QuestionType, Input>> = {
  en: {
    choice: 'mouse',
    truefalse: 'keyboard',
    locate: 'mouse',
    numeric: 'keyboard',
    timeline: 'mouse',
    match: 'keyboard',
  },
  fr: {
    choice: 'keyboard',
    truefalse: 'mouse',
    locate: 'keyboard',
    numeric: 'mouse',
    timeline: 'keyboard',
    match: 'mouse',
  },
};

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** After answering, the feedback shows the right answer in the round's language, as the content files say it. */
async function checkRightAnswerShown(page: Page, q: Question, lng: Lng): Promise<void> {
  const w = words[lng];
  const qt = w.q[q.id];
  const card = '[data-testid="question"]';
  switch (q.type) {
    case 'choice':
    case 'truefalse': {
      const id = q.type === 'choice' ? q.answer : String(q.answer);
      const label = q.type === 'choice' ? qt.choices[q.answer] : w.ui.answer[String(q.answer)];
      const right = page.locator(`${card} [data-choice="${id}"]`);
      await expect(right.getAttribute('class')).resolves.toMatch(/\bright\b/);
      await expect(right.locator('.label').innerText()).resolves.toBe(label);
      await expect(right.locator('.mark').innerText().then(norm)).resolves.toContain(w.ui.answer.markRight);
      return;
    }
    case 'locate': {
      const right = q.mode === 'countries' ? q.targets : q.targets.slice(0, 1);
      const truth = norm(await text(page, `${card} .truth`));
      for (const id of right) expect(truth, `${q.id}: right place named`).toContain(norm(w.places[id]));
      return;
    }
    case 'numeric': {
      const n = new Intl.NumberFormat(lng, { useGrouping: !q.year }).format(q.answer);
      const value = qt.unit ? `${n} ${qt.unit}` : n;
      await expect(text(page, `${card} .truth`).then(norm)).resolves.toContain(
        norm(w.ui.answer.trueValue.replace('{{value}}', value)),
      );
      return;
    }
    case 'timeline': {
      const order = q.order.map((e) => qt.events[e]).join(w.ui.answer.then);
      await expect(text(page, `${card} .truth`).then(norm)).resolves.toBe(norm(`${w.ui.answer.rightOrder} ${order}`));
      return;
    }
    case 'match': {
      for (const p of q.pairs) {
        const row = page.locator(`${card} li`, { has: page.locator(`select[data-statement="${p.statement}"]`) });
        await expect(row.locator('.mark').innerText().then(norm)).resolves.toContain(
          norm(w.ui.answer.saidBy.replace('{{who}}', qt.speakers[p.speaker])),
        );
      }
      return;
    }
  }
}

async function playAllTypes(lng: Lng): Promise<void> {
  const { page } = await openGame({ viewport: 'desktop', query: `?test=1&lng=${lng}` });
  await waitForTitle(page);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lng);
  await expect(text(page, SELECTORS.play)).resolves.toBe(words[lng].ui.title.play);
  await page.locator(SELECTORS.play).click();
  const seen = new Map<QuestionType, Input>();
  for (let i = 0; i < 8; i++) {
    const q = await currentQuestion(page);
    await expect(text(page, '.round-bar .progress')).resolves.toBe(
      words[lng].ui.round.progress.replace('{{n}}', String(i + 1)).replace('{{total}}', '8'),
    );
    await expect(text(page, '#prompt')).resolves.toBe(words[lng].q[q.id].prompt);
    const input = INPUTS[lng][q.type];
    const right = i % 3 !== 1; // mostly right, some wrong: the right answer must show either way
    await answer(page, q, right, input);
    const verdict = page.locator('[data-verdict]');
    await verdict.waitFor();
    if (right) await expect(verdict.getAttribute('data-verdict')).resolves.toBe('right');
    else await expect(verdict.getAttribute('data-verdict')).resolves.not.toBe('right');
    await checkRightAnswerShown(page, q, lng);
    if (!seen.has(q.type)) {
      seen.set(q.type, input);
      await screenshot(page, `i18n-all-types-${lng}-${q.type}-feedback`);
    }
    const next = page.locator('[data-testid="next"]');
    if (input === 'keyboard') {
      await next.focus();
      await page.keyboard.press('Enter');
    } else await next.click();
  }
  // The standard round always holds all six types, so every type was played here.
  expect([...seen.keys()].sort()).toEqual(['choice', 'locate', 'match', 'numeric', 'timeline', 'truefalse']);
  await page.locator('[data-screen="summary"]').waitFor();
  await expect(text(page, '.summary-card h1')).resolves.toBe(words[lng].ui.summary.title);
  await page.locator(SELECTORS.reviewDone).waitFor({ state: 'attached' });
  await expect(page.locator('[data-testid="review"] > li').count()).resolves.toBe(8);
  await screenshot(page, `i18n-all-types-${lng}-summary`);
}

describe('every question type plays to the end', { timeout: 240_000 }, () => {
  test('English: a standard round, mouse for choice/locate/timeline, keyboard for true-false/numeric/match', async () => {
    await playAllTypes('en');
  });
  test('French: a standard round with the inputs swapped, French words in every feedback', async () => {
    await playAllTypes('fr');
  });
});
