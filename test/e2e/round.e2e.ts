import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, screenshot, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion, type Input } from './play/answer.ts';
import { ui } from './play/bank.ts';
import { waitOutQuestion } from './play/timing.ts';

const digits = (s: string | null) => Number((s ?? '').replace(/\D/g, '') || '0');

interface Played {
  right: number;
  points: number;
  types: Set<string>;
}

/**
 * Plays a whole round: answers right on even questions and wrong on odd ones, lets question
 * `timeoutAt` run out of time, and adds up the points each feedback announced.
 */
async function playRound(page: Page, opts: { inputs: Input[]; timeoutAt?: number; shots?: string }): Promise<Played> {
  const played: Played = { right: 0, points: 0, types: new Set() };
  for (let i = 0; i < 8; i++) {
    const q = await currentQuestion(page);
    played.types.add(q.type);
    const progress = await page.locator('.round-bar .progress').innerText();
    expect(digits(progress)).toBe((i + 1) * 10 + 8); // "Question i+1 of 8"
    if (opts.shots && i < 3) await screenshot(page, `${opts.shots}-q${i + 1}-${q.type}`);
    if (i === opts.timeoutAt) {
      // The question's own time runs out (a four-pair match gets 50 s): the page's clock jumps over it.
      await waitOutQuestion(page, q);
    } else {
      const right = i % 2 === 0;
      await answer(page, q, right, opts.inputs[i % opts.inputs.length] as Input);
      const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
      expect(verdict, `question ${q.id} answered ${right ? 'right' : 'wrong'}`).toBe(
        right ? 'right' : verdict === 'partial' ? 'partial' : 'wrong',
      );
      if (right) played.right++;
      const points = page.locator('.verdict .points');
      if (await points.count()) played.points += digits(await points.innerText());
    }
    if (opts.shots && i < 3) await screenshot(page, `${opts.shots}-q${i + 1}-feedback`);
    // Feedback says why: an explanation and the paragraph it comes from.
    await expect(page.locator('.feedback .explanation').innerText()).resolves.toMatch(/\S{3}/);
    await expect(page.locator('.feedback .source').innerText()).resolves.toMatch(/\d/);
    await page.locator('[data-testid="next"]').click();
  }
  return played;
}

// A round has eight questions and one of them runs its own full time out.
describe('a full round', { timeout: 240_000 }, () => {
  test('desktop, English: mouse and keyboard, one time-out, summary adds up', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    // Playwright's clock, so the time-out need not be waited for (waitOutQuestion).
    await page.clock.install();
    await page.reload();
    await waitForTitle(page);
    await screenshot(page, 'round-en-title');
    await page.locator(SELECTORS.play).click();
    const played = await playRound(page, { inputs: ['mouse', 'keyboard'], timeoutAt: 2, shots: 'round-en' });
    expect(played.types.size).toBe(6);
    await page.locator('[data-screen="summary"]').waitFor();
    await screenshot(page, 'round-en-summary');
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe(`${played.right} of 8`);
    await expect(page.locator('[data-testid="final-score"]').innerText().then(digits)).resolves.toBe(played.points);
    expect(played.points).toBeGreaterThan(0);
    await page.locator(SELECTORS.reviewDone).waitFor({ state: 'attached' });
    const review = page.locator('[data-testid="review"] > li');
    await expect(review.count()).resolves.toBe(8);
    // A reviewed question is laid out only once near the screen (.review-body): each checked is
    // scrolled to (the third may be just below the fold, the last is far below it), then reads in full.
    await review.nth(2).scrollIntoViewIfNeeded();
    await expect
      .poll(() => review.nth(2).locator('[data-testid="your-answer"]').innerText())
      .toBe(ui.en.answer.noAnswer);
    await review.nth(7).scrollIntoViewIfNeeded();
    await expect.poll(() => review.nth(7).locator('[data-testid="your-answer"]').innerText()).toMatch(/\S/);
    await expect.poll(() => review.nth(7).locator('.explanation').innerText()).toMatch(/\S{3}/);
    // Play again starts a fresh round.
    await page.locator('[data-testid="play-again"]').click();
    await currentQuestion(page);
    await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe('Question 1 of 8');
  });

  test('French: switch language on the title, play by keyboard, French words throughout, choice remembered', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    await page.locator('[data-testid="language"]').selectOption('fr');
    await page.locator(SELECTORS.play, { hasText: ui.fr.title.play }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    await screenshot(page, 'round-fr-title');
    await page.locator(SELECTORS.play).focus();
    await page.keyboard.press('Enter');
    const played = await playRound(page, { inputs: ['keyboard'], shots: 'round-fr' });
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator('.summary-card h1').innerText()).resolves.toBe(ui.fr.summary.title);
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe(`${played.right} sur 8`);
    await screenshot(page, 'round-fr-summary');
    await page.reload();
    await waitForTitle(page);
    await expect(page.locator(SELECTORS.play).innerText()).resolves.toBe(ui.fr.title.play);
  });

  test('phone, by touch: the map and the card share the screen and a round plays through', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await waitForTitle(page);
    await screenshot(page, 'round-phone-title');
    await page.locator(SELECTORS.play).tap();
    const played = await playRound(page, { inputs: ['touch'], shots: 'round-phone' });
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe(`${played.right} of 8`);
    await screenshot(page, 'round-phone-summary');
  });

  test('a round reloaded before its first answer is offered to continue, on its first question', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await waitForTitle(page);
    await page.locator(SELECTORS.play).tap();
    const first = await currentQuestion(page);
    await reloadAndContinue(page, 'tap', first.id, 'Question 1 of 8');
  });

  test('a round in progress survives a reload', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    await page.locator(SELECTORS.play).click();
    const q = await currentQuestion(page);
    await answer(page, q, true, 'mouse');
    await page.locator('[data-testid="next"]').click();
    const second = await currentQuestion(page);
    // It comes back paused on the same question, with the first answer kept.
    await reloadAndContinue(page, 'click', second.id, 'Question 2 of 8');
    await expect(page.locator('[data-testid="score"]').innerText().then(digits)).resolves.toBeGreaterThan(0);
  });
});

/** Reloads mid-round, takes Continue on the title and Resume: the round is back on question `id`, its bar saying `progress`. */
async function reloadAndContinue(page: Page, how: 'tap' | 'click', id: string, progress: string): Promise<void> {
  await page.reload();
  await waitForTitle(page);
  await page.locator('[data-testid="continue"]')[how]();
  await page.locator('[data-testid="resume"]')[how]();
  await expect(currentQuestion(page).then((x) => x.id)).resolves.toBe(id);
  await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe(progress);
}
