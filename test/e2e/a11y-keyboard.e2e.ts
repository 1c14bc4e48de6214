import { questionTimeMs } from '../../src/core/round/timing.ts';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, screenshot, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion } from './play/answer.ts';
import { answerByKeyboard, focused, overflowing, savedRound, smallTargets, tabTo } from './a11y/helpers.ts';

async function verdict(page: Page): Promise<string | null> {
  return page.locator('[data-verdict]').getAttribute('data-verdict');
}

// Issue 7: a student finishes a round with the keyboard alone, and on a phone by touch.
describe('every question type without a mouse', { timeout: 240_000 }, () => {
  test('keyboard alone: settings, a round of all six types with a pause in each, the summary', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);

    // Title → Settings by Tab; the time radios move with the arrow keys (×1 → ×2 → ×10).
    expect(await (await focused(page)).matches(SELECTORS.play)).toBe(true);
    await tabTo(page, '[data-testid="settings"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="settings"]').waitFor();
    await tabTo(page, '[data-testid="time-1"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-testid="time-10"]').isChecked()).resolves.toBe(true);
    await tabTo(page, '[data-testid="settings-back"]');
    await page.keyboard.press('Enter');
    await waitForTitle(page);
    expect(await (await focused(page)).matches(SELECTORS.play)).toBe(true);
    await page.keyboard.press('Enter');

    const types = new Set<string>();
    let right = 0;
    for (let i = 0; i < 8; i++) {
      const q = await currentQuestion(page);
      types.add(q.type);
      // The game puts a visible focus inside the question card (in the task after the question shows:
      // focusing lays the page out, which stays out of the tap's task — issue 20).
      await page
        .waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5000 })
        .catch(() => undefined);
      const start = await focused(page);
      expect(await start.matches('[data-testid="question"] *'), `${q.type}: focus starts on ${start.desc}`).toBe(true);
      // ×10 chosen in settings: the countdown starts at ten times the question's own time (the time rule).
      if (i === 0) {
        const full = (questionTimeMs(q, 20_000) * 10) / 1000;
        await expect(page.locator('[data-testid="time-left"]').innerText()).resolves.toMatch(
          new RegExp(`^(${full}|${full - 1}) s$`),
        );
      }

      // Escape pauses once (a single press, not a toggle back), Escape again resumes.
      await page.keyboard.press('Escape');
      await page.locator('.paused-panel:not([hidden])').waitFor();
      // The round is saved in the task after the change: wait for it, do not read it in the same breath.
      await expect
        .poll(async () => (await savedRound(page))?.phase, { message: `${q.type}: one Escape pauses` })
        .toBe('paused');
      expect(await (await focused(page)).matches('[data-testid="resume"]')).toBe(true);
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
      expect(
        await (await focused(page)).matches('[data-testid="question"] *'),
        `${q.type}: focus back in the card`,
      ).toBe(true);

      const wantRight = i % 2 === 0;
      await answerByKeyboard(page, q, wantRight);
      await page.locator('[data-verdict]').waitFor();
      const v = await verdict(page);
      expect(v, `${q.id} by keyboard`).toBe(wantRight ? 'right' : v === 'partial' ? 'partial' : 'wrong');
      if (wantRight) right++;
      // Focus lands on "Next", which Enter presses.
      expect(await (await focused(page)).matches('[data-testid="next"]')).toBe(true);
      if (i < 2) await screenshot(page, `a11y-keyboard-q${i + 1}-${q.type}-feedback`);
      await page.keyboard.press('Enter');
    }
    expect([...types].sort()).toEqual(['choice', 'locate', 'match', 'numeric', 'timeline', 'truefalse']);
    await page.locator('[data-screen="summary"]').waitFor();
    await page.locator(SELECTORS.reviewDone).waitFor({ state: 'attached' });
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toBe(`${right} of 8`);
    await tabTo(page, '[data-testid="play-again"]');
    await tabTo(page, '[data-testid="home"]');
    await page.keyboard.press('Enter');
    await waitForTitle(page);
  });

  test('phone by touch: a whole round, every control at least 44×44 px, nothing wider than the screen', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await waitForTitle(page);
    await page.locator('[data-testid="settings"]').tap();
    await page.locator('[data-testid="time-2"]').tap();
    expect(await smallTargets(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.locator('[data-testid="settings-back"]').tap();
    await page.locator(SELECTORS.play).tap();
    const types = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const q = await currentQuestion(page);
      types.add(q.type);
      if (q.type === 'locate') {
        // The list is the map's twin: open it to measure its buttons too, then close it for the map.
        await page.locator('[data-testid="place-list-toggle"]').tap();
        expect(await smallTargets(page), `${q.type} list`).toEqual([]);
        await page.locator('[data-testid="place-list-toggle"]').tap();
      }
      expect(await smallTargets(page), `${q.type} asking`).toEqual([]);
      expect(await overflowing(page), `${q.type} asking`).toEqual([]);
      await answer(page, q, i % 2 === 0, 'touch');
      await page.locator('[data-verdict]').waitFor();
      expect(await smallTargets(page), `${q.type} feedback`).toEqual([]);
      await page.locator('[data-testid="next"]').tap();
    }
    expect(types.size).toBe(6);
    await page.locator('[data-screen="summary"]').waitFor();
    await page.locator(SELECTORS.reviewDone).waitFor({ state: 'attached' });
    expect(await smallTargets(page)).toEqual([]);
  });
});
