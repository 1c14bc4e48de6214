// Issue 12: leaving a round (Pause → Quit), double taps on Next, the time each type gets, a city
// answer's distance, reduced motion, and practice ending on what was learnt.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { distanceKm } from '../../src/core/round/distance.ts';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { TAP_GUARD_MS } from '../../src/ui/screens/round/roundControls.ts';
import { openGame, screenshot, SELECTORS, waitForTitle } from './harness/index.ts';
import { answer, currentQuestion } from './play/answer.ts';
import { pack, places, ui } from './play/bank.ts';

const tid = (id: string) => `[data-testid="${id}"]`;
const savedAnswers = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('sahel-quiz:round');
    return raw === null ? null : (JSON.parse(raw).data.state.answers.length as number);
  });
const factsRecorded = (page: Page) =>
  page.evaluate(
    () =>
      Object.keys(JSON.parse(localStorage.getItem('sahel-quiz:progress') ?? '{"data":{"facts":{}}}').data.facts).length,
  );

async function answerAndWait(page: Page, right: boolean, input: 'mouse' | 'touch' = 'mouse'): Promise<void> {
  const q = await currentQuestion(page);
  await answer(page, q, right, input);
  await page.locator('[data-verdict]').waitFor();
}

describe('round controls', { timeout: 180_000 }, () => {
  test('Pause offers Quit behind a confirmation; what was answered still counts for progress', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1&lng=fr' });
    await waitForTitle(page);
    await page.locator(SELECTORS.play).tap();
    await answerAndWait(page, true, 'touch');
    await page.locator(tid('next')).tap();
    await answerAndWait(page, false, 'touch');
    await page.locator(tid('pause')).tap();
    await page.locator(tid('quit')).tap();
    await expect(page.locator(tid('quit-confirm')).innerText()).resolves.toContain(ui.fr.play.quitConfirm);
    await screenshot(page, 'flow-phone-fr-quit-confirm');
    // "Keep playing" leaves the round paused, as it was.
    await page.locator(tid('quit-no')).tap();
    await expect(page.locator(tid('quit-confirm')).isHidden()).resolves.toBe(true);
    await expect(page.locator(tid('resume')).isVisible()).resolves.toBe(true);
    await page.locator(tid('quit')).tap();
    await page.locator(tid('quit-yes')).tap();
    await waitForTitle(page);
    // The round is gone (nothing to continue); both answers are in the learning record.
    await expect(page.locator(tid('continue')).count()).resolves.toBe(0);
    await expect(savedAnswers(page)).resolves.toBeNull();
    await expect(factsRecorded(page)).resolves.toBe(2);
  });

  test('a double tap on Next moves on exactly one question and answers nothing', async () => {
    // A small phone with larger text and choice questions: the new question's choices fill the
    // panel down to where "Next" was, so the second tap lands on a choice.
    const a: Assignment = {
      v: 1,
      title: 'Taps',
      questionIds: pack.questions
        .filter((q) => q.type === 'choice')
        .slice(0, 4)
        .map((q) => q.id),
      timeLimitMs: 60_000,
      allowTimeChange: false,
      language: 'en',
      shuffle: false,
      explainDuringRound: true,
    };
    const { page } = await openGame({
      viewport: { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
      query: `?test=1#r=${encodeAssignment(a, packRef(pack))}`,
      beforeLoad: (p) =>
        p.addInitScript(() => {
          localStorage.setItem('sahel-quiz:settings', JSON.stringify({ v: 1, data: { largeText: true } }));
        }),
    });
    await page.locator('[data-screen="assigned"]').waitFor();
    await page.locator(tid('student-name')).fill('Awa');
    await page.locator(tid('assigned-start')).tap();
    // Every pointerdown and click the page receives, seen first (window, capture phase): the game's
    // guard must be what stops the second tap, not the browser turning it into no click at all.
    await page.evaluate(() => {
      const log: { type: string; t: number; on: string }[] = [];
      (window as any).__taps = log;
      for (const type of ['pointerdown', 'click'])
        addEventListener(
          type,
          (e) => {
            const el = e.target as Element;
            const on = el.closest('[data-testid="next"]') ? 'next' : el.closest('.choice') ? 'choice' : el.tagName;
            log.push({ type, t: performance.now(), on });
          },
          { capture: true },
        );
    });
    const cdp = await page.context().newCDPSession(page);
    let landedOnAChoice = 0;
    for (let round = 0; round < 3; round++) {
      await answerAndWait(page, true, 'touch');
      await expect(savedAnswers(page)).resolves.toBe(round + 1);
      const box = await page.locator(tid('next')).boundingBox();
      if (!box) throw new Error('no Next button');
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.evaluate(() => {
        (window as any).__taps.length = 0;
      });
      // Two real taps (touch start and end, twice), sent back to back as a quick thumb does.
      const finger = [{ x, y, id: 1 }];
      await Promise.all([
        cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: finger }),
        cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
        cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: finger }),
        cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
      ]);
      await page.locator(SELECTORS.askingQuestion).waitFor();
      // Both taps reached the page as clicks, the first on Next, the second on the new question, within the guard's time.
      await page.waitForFunction(() => (window as any).__taps.filter((e: any) => e.type === 'click').length >= 2);
      const taps = (await page.evaluate(() => (window as any).__taps)) as { type: string; t: number; on: string }[];
      const clicks = taps.filter((e) => e.type === 'click');
      expect(clicks.length, JSON.stringify(taps)).toBe(2);
      expect(clicks[0]?.on, 'the first tap pressed Next').toBe('next');
      expect((clicks[1]?.t ?? 0) - (clicks[0]?.t ?? 0), 'the second tap came within a double tap').toBeLessThan(
        TAP_GUARD_MS,
      );
      // Let any late tap be handled before reading the state.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe(`Question ${round + 2} of 4`);
      await expect(page.locator('[data-verdict]').count()).resolves.toBe(0);
      await expect(savedAnswers(page)).resolves.toBe(round + 1);
      if (clicks[1]?.on === 'choice') landedOnAChoice++;
    }
    if (landedOnAChoice === 0) await screenshot(page, 'flow-double-tap-missed');
    // The second tap did land on a choice of the new question: the guard is what kept it from answering.
    expect(landedOnAChoice).toBeGreaterThan(0);
    // And the guard is spent: a tap right after, on a choice, answers.
    await answerAndWait(page, true, 'touch');
    await expect(savedAnswers(page)).resolves.toBe(4);
  });

  test('each type gets its own time; a city answer says how far off it was; reduced motion counts at once', async () => {
    const ref = packRef(pack);
    const id = (f: (q: (typeof pack.questions)[number]) => boolean) => pack.questions.find(f)?.id as string;
    const a: Assignment = {
      v: 1,
      title: 'Pace',
      questionIds: [
        id((q) => q.type === 'truefalse'),
        id((q) => q.type === 'match' && q.pairs.length === 4),
        'geo-abuja-locate',
        id((q) => q.type === 'timeline' && q.order.length === 4),
      ],
      timeLimitMs: 20_000,
      allowTimeChange: false,
      language: 'en',
      shuffle: false,
      explainDuringRound: true,
    };
    const { page } = await openGame({
      viewport: 'desktop',
      query: `?test=1#r=${encodeAssignment(a, ref)}`,
      beforeLoad: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await page.locator('[data-screen="assigned"]').waitFor();
    await page.locator(tid('student-name')).fill('Awa');
    await page.locator(tid('assigned-start')).click();
    const seconds = async () => Number((await page.locator(tid('time-left')).innerText()).replace(/\D/g, ''));
    const expected = [15, 50, 25, 42];
    for (let i = 0; i < 4; i++) {
      const q = await currentQuestion(page);
      const shown = await seconds();
      // The clock has started: the first second may have gone.
      expect(shown, `${q.type} time`).toBeLessThanOrEqual(expected[i] as number);
      expect(shown, `${q.type} time`).toBeGreaterThanOrEqual((expected[i] as number) - 2);
      await answer(page, q, q.type !== 'locate', 'mouse');
      await page.locator('[data-verdict]').waitFor();
      if (q.type === 'locate') {
        // Answered at Bamako instead of Abuja: about 1,350 km off, by the same great-circle distance.
        const km = Math.round(
          distanceKm(
            places.cities.bamako as { lon: number; lat: number },
            places.cities.abuja as { lon: number; lat: number },
          ),
        );
        const said = Number((await page.locator(tid('km-off')).innerText()).replace(/[^\d]/g, ''));
        expect(Math.abs(said - km), `${said} km vs ${km} km`).toBeLessThan(30);
        await expect(page.locator(tid('km-off')).innerText()).resolves.toContain('km from Abuja');
        await screenshot(page, 'flow-desktop-en-city-km-off');
      } else {
        // Reduced motion: the breakdown shows its final numbers at once.
        const parts = await page
          .locator('.breakdown .part')
          .evaluateAll((els) =>
            els.map((e) => [(e.textContent ?? '').replace(/\D/g, ''), e.getAttribute('data-points')]),
          );
        for (const [shownPoints, final] of parts) expect(shownPoints).toBe(final);
      }
      if (i === 3) {
        await page.locator(tid('next')).click();
        break;
      }
      // The bar shows the next question's time as soon as that question is on screen: what the clock
      // says when the question's text changes (not a frame later, after a paint of the old time).
      await page.evaluate(() => {
        const w = window as any;
        w.__timeAtNewQuestion = null;
        const progress = document.querySelector('.round-bar .progress') as Element;
        const seen = new MutationObserver(() => {
          w.__timeAtNewQuestion = document.querySelector('[data-testid="time-left"]')?.textContent;
          seen.disconnect();
        });
        seen.observe(progress, { childList: true, characterData: true, subtree: true });
      });
      await page.locator(tid('next')).click();
      await page.waitForFunction(() => (window as any).__timeAtNewQuestion !== null);
      const atOnce = await page.evaluate(() => String((window as any).__timeAtNewQuestion));
      expect(Number(atOnce.replace(/\D/g, '')), `time shown with question ${i + 2}`).toBe(expected[i + 1]);
    }
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator(tid('best')).innerText()).resolves.toContain(ui.en.play.newBest);
  });

  test('practice ends on what was learnt, never on a score', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await waitForTitle(page);
    await page.locator(tid('practice')).tap();
    for (const right of [true, true, false]) {
      await answerAndWait(page, right, 'touch');
      await page.locator(tid('next')).tap();
    }
    await page.locator(SELECTORS.askingQuestion).waitFor();
    await page.locator(tid('stop')).tap();
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator('.summary-card h1').innerText()).resolves.toBe(ui.en.play.practiceTitle);
    await expect(page.locator(tid('final-score')).count()).resolves.toBe(0);
    await expect(page.locator(tid('correct-count')).innerText()).resolves.toBe('2 of 3');
    // Two facts answered right for the first time moved up a box.
    await expect(page.locator(tid('facts-moved')).innerText()).resolves.toBe('2');
    await expect(page.locator('.summary-card').innerText()).resolves.not.toMatch(/Score/);
    await screenshot(page, 'flow-phone-en-practice-summary');
  });
});
