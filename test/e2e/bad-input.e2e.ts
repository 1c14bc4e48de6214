// Issue 12, "Bad input": turning the phone or resizing the window mid-question and while the camera
// flies, a pinch held through a time-out, the window dragged to a screen of another pixel density.
// No page error (the harness guard fails the test on any), the question and its clock go on, each
// answer is counted exactly once, the map frames the question again for the new shape.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { RoundConfig } from '../../src/core/round/types.ts';
import { openGame, screenshot, waitForMap, waitForTitle } from './harness/index.ts';
import { answer, currentQuestion, placeOnScreen, visiblePlace, waitForStillMap } from './play/answer.ts';
import { question } from './play/bank.ts';
import { timeOutWaitMs } from './play/timing.ts';
import { expectInView } from './play/view.ts';

const tid = (id: string) => `[data-testid="${id}"]`;
const PORTRAIT = { width: 390, height: 844 };
const LANDSCAPE = { width: 844, height: 390 };

type View = { lon: number; lat: number; zoom: number };
const mapState = (page: Page): Promise<{ view: View; pixelRatio: number; moving: boolean }> =>
  page.evaluate(() => (window as any).__sahel.map.viewState());

/** Answers saved with the round (what a reload or the summary would count). */
const savedAnswers = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('sahel-quiz:round');
    return raw === null ? null : (JSON.parse(raw).data.state.answers as { questionId: string; response: unknown }[]);
  });

/** Seconds left on the question's clock (the bar's text; on a phone the ring on the map shows them too). */
const secondsLeft = async (page: Page) =>
  Number(((await page.locator(tid('time-left')).textContent()) ?? '').replace(/\D/g, '') || Number.NaN);

async function startRound(page: Page, questionIds: string[], timeLimitMs: number): Promise<void> {
  await waitForTitle(page);
  await waitForMap(page);
  const config: RoundConfig = { questionIds, timeLimitMs, timeScale: 1, explainDuringRound: true, scored: true };
  await page.evaluate((c) => (window as any).__sahel.app.playRound(c, 1), config);
  await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
}

/** The clock goes on: the seconds left drop below what they were. */
async function clockGoesOn(page: Page, what: string): Promise<void> {
  const was = await secondsLeft(page);
  expect(was, `${what}: a clock is shown`).toBeGreaterThan(0);
  await expect
    .poll(() => secondsLeft(page), { timeout: 5_000, message: `${what}: the clock goes on` })
    .toBeLessThan(was);
}

/** The map shows the question's own frame for this shape: Reset (which frames the question again) moves nothing. */
async function framedForThisShape(page: Page, what: string): Promise<View> {
  await waitForStillMap(page);
  const shown = (await mapState(page)).view;
  await page.locator(tid('map-reset')).tap();
  await waitForStillMap(page);
  const framed = (await mapState(page)).view;
  expect(shown.zoom, `${what}: zoom is the question's frame`).toBeCloseTo(framed.zoom, 2);
  expect(shown.lon, `${what}: centre is the question's frame`).toBeCloseTo(framed.lon, 2);
  expect(shown.lat, `${what}: centre is the question's frame`).toBeCloseTo(framed.lat, 2);
  return framed;
}

/** The place is drawn on the visible map, not under the question card or the map's buttons. */
async function expectOnMap(page: Page, id: string, what: string): Promise<void> {
  const p = await placeOnScreen(page, id);
  const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('#stage') !== null, p);
  expect(under, `${what}: ${id} is on the visible map at ${Math.round(p.x)},${Math.round(p.y)}`).toBe(true);
}

/** The canvas backing store has as many pixels per CSS pixel as the screen (capped at 2). */
async function canvasDensity(page: Page): Promise<{ ratio: number; dpr: number }> {
  return page.evaluate(() => {
    const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
    return { ratio: Math.round((c.width / c.getBoundingClientRect().width) * 100) / 100, dpr: devicePixelRatio };
  });
}

/** Two fingers down around `at`, `d` px each side of it (CDP touch events, as a phone sends them). */
function fingers(at: { x: number; y: number }, d: number) {
  return [
    { x: at.x - d, y: at.y, id: 1 },
    { x: at.x + d, y: at.y, id: 2 },
  ];
}

async function pinchMove(cdp: CDPSession, at: { x: number; y: number }, from: number, to: number): Promise<void> {
  for (let i = 1; i <= 6; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: fingers(at, from + ((to - from) * i) / 6),
    });
}

describe('bad input on a phone and a desktop', { timeout: 240_000 }, () => {
  test('phone: turning it mid-question and mid-flight, and back; a resize mid-flight: the question, its clock and its one answer go on', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    // A question without the map, then two map questions: each opens with a camera flight.
    await startRound(page, ['coup-bazoum-role', 'geo-burkina-locate', 'geo-niger-locate'], 20_000);

    // 1. Turned sideways mid-question: same question, still asked, its clock running, its prompt in view.
    const q1 = await currentQuestion(page);
    await page.setViewportSize(LANDSCAPE);
    await page.waitForFunction(() => innerWidth === 844);
    expect((await currentQuestion(page)).id).toBe(q1.id);
    await expectInView(page, '#prompt', 'landscape: prompt');
    await clockGoesOn(page, 'landscape');
    await screenshot(page, 'bad-input-phone-landscape-asking');
    await answer(page, q1, true, 'touch');
    await page.locator('[data-verdict="right"]').waitFor();
    await expectInView(page, '[data-verdict]', 'landscape: verdict');
    await expectInView(page, tid('next'), 'landscape: Next');
    await screenshot(page, 'bad-input-phone-landscape-feedback');
    // Turned back upright while the verdict shows: still one answer, the way on in view and focused.
    await page.setViewportSize(PORTRAIT);
    await page.waitForFunction(() => innerWidth === 390);
    await expectInView(page, tid('next'), 'upright again: Next');
    await expectInView(page, ':focus', 'upright again: focus');
    expect((await savedAnswers(page))?.map((a) => a.questionId)).toEqual([q1.id]);
    await page.locator(tid('next')).tap();

    // 2. A map question opens with a flight to its frame: turn the phone while it flies.
    await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
    const q2 = await currentQuestion(page);
    await page.setViewportSize(LANDSCAPE);
    const flyingAtTurn = (await mapState(page)).moving;
    // The map frames the question again, for a wide screen…
    await framedForThisShape(page, 'landscape map question');
    await clockGoesOn(page, 'map question, landscape');
    await expectOnMap(page, 'BFA', 'landscape map question');
    // …and again upright.
    await page.setViewportSize(PORTRAIT);
    await framedForThisShape(page, 'upright map question');
    await expectOnMap(page, 'BFA', 'upright map question');
    // A zoom is flying: turn the phone, then turn it back while it may still fly.
    await page.locator(tid('map-zoom-in')).tap();
    await page.setViewportSize(LANDSCAPE);
    const flyingAtZoomTurn = (await mapState(page)).moving;
    await page.setViewportSize(PORTRAIT);
    await waitForStillMap(page);
    expect((await currentQuestion(page)).id).toBe(q2.id);
    // The map still takes the right tap where the country is drawn now.
    await page.touchscreen.tap(...xy(await visiblePlace(page, 'BFA')));
    await page.locator('[data-verdict="right"]').waitFor();
    expect((await savedAnswers(page))?.map((a) => a.questionId)).toEqual([q1.id, q2.id]);
    await page.locator(tid('next')).tap();

    // 3. A resize (a split screen, the address bar) while the next question's camera flies.
    await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
    const q3 = await currentQuestion(page);
    await page.setViewportSize({ width: 360, height: 700 });
    const flyingAtResize = (await mapState(page)).moving;
    await framedForThisShape(page, 'resized map question');
    await clockGoesOn(page, 'resized');
    await answer(page, q3, true, 'touch');
    await page.locator('[data-verdict="right"]').waitFor();
    expect((await savedAnswers(page))?.map((a) => a.questionId)).toEqual([q1.id, q2.id, q3.id]);
    await expectInView(page, tid('next'), 'resized: Next');
    await page.locator(tid('next')).tap();
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator(tid('correct-count')).innerText()).resolves.toBe('3 of 3');
    // At least one turn or resize came while the camera was still flying (the flights last ~0.6 s;
    // a very slow machine may miss some, never all three).
    expect([flyingAtTurn, flyingAtZoomTurn, flyingAtResize], 'the camera was flying at a turn').toContain(true);
  });

  test('phone: a pinch held through a time-out answers nothing and leaves the map and the round working', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    // The shortest base time: a one-country question gets its 5 s.
    await startRound(page, ['geo-niger-locate', 'geo-burkina-locate'], 5_000);
    const q = await currentQuestion(page);
    await waitForStillMap(page);
    const cdp = await page.context().newCDPSession(page);
    const at = await placeOnScreen(page, 'NER');
    // Two fingers down on Niger, pinching out, and held there while the time runs out.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(at, 20) });
    await pinchMove(cdp, at, 20, 60);
    await page.locator('[data-verdict="timeout"]').waitFor({ timeout: timeOutWaitMs(question(q.id), 5_000) });
    // The fingers go on moving, then lift, on the revealed map.
    await pinchMove(cdp, at, 60, 30);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForStillMap(page);
    // One answer, the time-out's: the pinch picked nothing, before or after.
    const saved = await savedAnswers(page);
    expect(saved?.map((a) => [a.questionId, a.response])).toEqual([[q.id, null]]);
    await expect(page.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('timeout');
    await expectInView(page, tid('next'), 'after the time-out: Next');
    await screenshot(page, 'bad-input-phone-pinch-timeout');
    // The round goes on: the next question is asked and a tap on the map answers it.
    await page.locator(tid('next')).tap();
    await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
    await waitForStillMap(page);
    await page.touchscreen.tap(...xy(await visiblePlace(page, 'BFA')));
    await page.locator('[data-verdict="right"]').waitFor();
    expect((await savedAnswers(page))?.length).toBe(2);
  });

  test('desktop: the window dragged to a 2× screen and back mid-round: the canvas follows the density, the answer counts once', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await startRound(page, ['coup-bazoum-elected-tf', 'geo-mali-locate'], 20_000);
    await expect(canvasDensity(page)).resolves.toEqual({ ratio: 1, dpr: 1 });
    const cdp = await page.context().newCDPSession(page);
    // The window moves to a screen of another density; its size in CSS px stays. Headless Chromium's
    // emulation changes devicePixelRatio without telling the page's media-query listeners until media
    // is evaluated again (a real move between monitors tells them at once): changing the emulated media
    // type (to the same screen and back) does that, so the game's own `(resolution: …dppx)` listener is
    // what must follow, not a resize.
    const screenOf = async (deviceScaleFactor: number) => {
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 1280,
        height: 720,
        deviceScaleFactor,
        mobile: false,
      });
      await cdp.send('Emulation.setEmulatedMedia', { media: 'screen' });
      await cdp.send('Emulation.setEmulatedMedia', { media: '' });
    };
    const densityIs = (r: number) =>
      page.waitForFunction((want) => {
        const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
        return devicePixelRatio === want && Math.abs(c.width / c.getBoundingClientRect().width - want) < 0.01;
      }, r);

    // Mid-question, on a 2× screen: the backing store doubles (crisp), the question and its clock go on.
    const q1 = await currentQuestion(page);
    await screenOf(2);
    await densityIs(2);
    expect((await mapState(page)).pixelRatio).toBe(2);
    expect((await currentQuestion(page)).id).toBe(q1.id);
    await clockGoesOn(page, '2× screen');
    await answer(page, q1, true, 'mouse');
    await page.locator('[data-verdict="right"]').waitFor();
    // Back on the 1× screen while the verdict shows.
    await screenOf(1);
    await densityIs(1);
    await expectInView(page, tid('next'), 'back on 1×: Next');
    await page.locator(tid('next')).click();

    // The map question's camera is flying when the window moves again (to a 1.5× screen).
    await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
    const q2 = await currentQuestion(page);
    await screenOf(1.5);
    await densityIs(1.5);
    await waitForStillMap(page);
    await screenshot(page, 'bad-input-desktop-1.5x');
    await page.mouse.click(...xy(await placeOnScreen(page, 'MLI')));
    await page.locator('[data-verdict="right"]').waitFor();
    expect((await savedAnswers(page))?.map((a) => a.questionId)).toEqual([q1.id, q2.id]);
  });
});

function xy(p: { x: number; y: number }): [number, number] {
  return [p.x, p.y];
}
