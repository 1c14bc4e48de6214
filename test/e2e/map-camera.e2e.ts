import { describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { openGame, screenshot, waitForMap, waitForTitle } from './harness/index.ts';
import { placeOnScreen, waitForStillMap } from './play/answer.ts';
import { question } from './play/bank.ts';

/**
 * The map as the stage, driven as a person would: fingers (CDP touch events), the mouse wheel
 * and drags, the keyboard and the map's buttons. Rounds are started with chosen questions
 * through the test hook; everything after that is real input on the built game.
 */
type View = { lon: number; lat: number; zoom: number };
type MapState = {
  view: View;
  pixelRatio: number;
  moving: boolean;
  plan: { frame: unknown } | null;
  celebrating: boolean;
};

const state = (page: Page): Promise<MapState> => page.evaluate(() => (window as any).__sahel.map.viewState());

async function startRound(page: Page, ids: string[]): Promise<void> {
  await waitForTitle(page);
  await waitForMap(page);
  await page.evaluate(
    (questionIds) =>
      (window as any).__sahel.app.playRound(
        { questionIds, timeLimitMs: null, timeScale: 1, explainDuringRound: true, scored: true },
        1,
      ),
    ids,
  );
  await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
  await waitForStillMap(page);
}

/** Two fingers on the glass at `at`, moving apart from `from` to `to` px each side. */
async function pinch(cdp: CDPSession, at: { x: number; y: number }, from: number, to: number): Promise<void> {
  const points = (d: number) => [
    { x: at.x - d, y: at.y, id: 1 },
    { x: at.x + d, y: at.y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: points(from + ((to - from) * i) / 8),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function canvasDensity(page: Page): Promise<{ ratio: number; dpr: number }> {
  return page.evaluate(() => {
    const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
    return { ratio: c.width / c.getBoundingClientRect().width, dpr: window.devicePixelRatio };
  });
}

describe('the map as the stage', { timeout: 120_000 }, () => {
  test('phone: crisp at the screen density; a pinch zooms without picking; Togo and Gambia are tapped right once zoomed', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await startRound(page, ['geo-neighbours-locate']);
    await expect(canvasDensity(page)).resolves.toEqual({ ratio: 2, dpr: 2 });
    await screenshot(page, 'camera-phone-asking');
    const cdp = await page.context().newCDPSession(page);
    const chosen = page.locator('.locate .chosen');

    for (const [id, name] of [
      ['TGO', 'Togo'],
      ['GMB', 'Gambia'],
    ] as const) {
      await page.locator('[data-testid="map-reset"]').tap();
      await waitForStillMap(page);
      const before = (await state(page)).view.zoom;
      // Pinch open over the country until it is large enough for a finger.
      for (let i = 0; i < 3; i++) {
        await pinch(cdp, await placeOnScreen(page, id), 20, 90);
        await waitForStillMap(page);
      }
      const after = (await state(page)).view.zoom;
      expect(after).toBeGreaterThan(before * 4);
      // The pinch selected nothing.
      expect(await chosen.textContent()).not.toContain(name);
      const p = await placeOnScreen(page, id);
      await page.touchscreen.tap(p.x, p.y);
      await expect.poll(() => chosen.textContent()).toContain(name);
    }
    await screenshot(page, 'camera-phone-zoomed-picks');
    // Both picks are kept; nothing else was selected by the gestures.
    expect(
      await page
        .locator('.places [aria-pressed="true"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-place'))),
    ).toEqual(expect.arrayContaining(['TGO', 'GMB']));
    expect(await page.locator('.places [aria-pressed="true"]').count()).toBe(2);
  });

  test('desktop: + and − keys zoom, arrows pan, the wheel zooms, a drag never answers, Reset frames the question again', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await startRound(page, ['geo-niger-locate']);
    await expect(canvasDensity(page)).resolves.toEqual({ ratio: 1, dpr: 1 });
    const framed = (await state(page)).view;

    await page.keyboard.press('+');
    await waitForStillMap(page);
    const zoomed = (await state(page)).view;
    expect(zoomed.zoom / framed.zoom).toBeCloseTo(1.6, 1);
    await page.keyboard.press('ArrowRight');
    await waitForStillMap(page);
    expect((await state(page)).view.lon).toBeGreaterThan(zoomed.lon);
    await page.keyboard.press('-');
    await waitForStillMap(page);
    expect((await state(page)).view.zoom).toBeCloseTo(framed.zoom, 3);

    const canvas = (await page.locator('#stage canvas').boundingBox())!;
    const mid = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.wheel(0, -400);
    await waitForStillMap(page);
    expect((await state(page)).view.zoom).toBeGreaterThan(framed.zoom * 1.5);

    // A drag across the map moves it and answers nothing.
    const lon0 = (await state(page)).view.lon;
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(mid.x - i * 20, mid.y + i * 5);
    await page.mouse.up();
    await waitForStillMap(page);
    expect((await state(page)).view.lon).toBeGreaterThan(lon0);
    await expect(page.locator('[data-testid="question"]')).toBeDefined();
    expect(await page.locator('[data-testid="question"]').getAttribute('data-state')).toBe('asking');

    await page.locator('[data-testid="map-reset"]').click();
    await waitForStillMap(page);
    const reset = (await state(page)).view;
    expect(reset.zoom).toBeCloseTo(framed.zoom, 3);
    expect(reset.lon).toBeCloseTo(framed.lon, 3);
    await screenshot(page, 'camera-desktop-reset');
  });

  test('a change of screen density or size mid-flight keeps the map crisp, picks working and nothing lost', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await startRound(page, ['geo-burkina-locate', 'protest-flags']);
    const cdp = await page.context().newCDPSession(page);
    await page.keyboard.press('+'); // a flight is under way…
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 1024,
      height: 700,
      deviceScaleFactor: 2,
      mobile: false,
    });
    await page.waitForFunction(() => {
      const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
      return Math.abs(c.width / c.getBoundingClientRect().width - 2) < 0.01;
    });
    await waitForStillMap(page);
    expect((await state(page)).pixelRatio).toBe(2);
    // The question still takes its answer on the map.
    const p = await placeOnScreen(page, 'BFA');
    await page.mouse.click(p.x, p.y);
    await page.locator('[data-verdict="right"]').waitFor();
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 800,
      height: 600,
      deviceScaleFactor: 1,
      mobile: false,
    });
    await page.waitForFunction(() => (window as any).__sahel.map.viewState().pixelRatio === 1);
    await page.locator('[data-testid="next"]').click();
    await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
    expect(await page.evaluate(() => (window as any).__sahel.app)).toBeDefined();
  });
});

describe('the end of a round', { timeout: 120_000 }, () => {
  for (const reduced of [false, true]) {
    test(`a round all right ends in confetti over the map${reduced ? ', none under reduced motion' : ''}`, async () => {
      const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
      if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
      await startRound(page, ['geo-niamey-capital']);
      const q = (await page.locator('[data-testid="question"]').getAttribute('data-question-id')) as string;
      expect(q).toBe('geo-niamey-capital');
      await page.locator('[data-choice]').first().waitFor();
      // The right choice, read from the content the test shares with the game.
      const right = (question(q) as { answer: string }).answer;
      await page.locator(`[data-choice="${right}"]`).tap();
      await page.locator('[data-verdict="right"]').waitFor();
      await page.locator('[data-testid="next"]').tap();
      await page.locator('[data-screen="summary"]').waitFor();
      if (reduced) {
        // The celebration starts with the summary (the same call), so by now it would be playing.
        expect((await state(page)).celebrating).toBe(false);
      } else {
        await page.waitForFunction(() => (window as any).__sahel.map.viewState().celebrating === true);
        await screenshot(page, 'camera-phone-celebration');
        // It ends by itself.
        await page.waitForFunction(() => (window as any).__sahel.map.viewState().celebrating === false, undefined, {
          timeout: 15_000,
        });
      }
    });
  }
});
