import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openGame, waitForMap, waitForTitle } from './harness/index.ts';
import { placeOnScreen, waitForStillMap } from './play/answer.ts';

/**
 * Issue 20: a still map costs the page nothing. Phaser's frame loop sleeps once nothing moves or asks
 * to be drawn, and the round's clock wakes only when the ring or the seconds change. What a player
 * does must still be answered at once: a key, the mouse, a finger wake the map.
 */
interface Loop {
  steps: number;
  sleeping: boolean;
  drawn: number;
  ring: number;
  zoom: number;
  lon: number;
}

const loop = (page: Page): Promise<Loop> =>
  page.evaluate(() => {
    const map = (window as any).__sahel.map;
    const game = map.sys.game;
    const { view } = map.viewState();
    return {
      steps: game.steps,
      sleeping: game.sleeping,
      drawn: game.renderedFrames,
      ring: game.overlayFrames,
      zoom: view.zoom,
      lon: view.lon,
    };
  });

/** Lets the page show `n` display frames (its own animation frames, not the game's). */
const frames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let seen = 0;
        const frame = () => (++seen < count ? requestAnimationFrame(frame) : done());
        requestAnimationFrame(frame);
      }),
    n,
  );

const asleep = (page: Page) => page.waitForFunction(() => (window as any).__sahel.map.sys.game.sleeping === true);

async function startRound(page: Page, ids: string[], timeLimitMs: number | null): Promise<void> {
  await waitForTitle(page);
  await waitForMap(page);
  await page.evaluate(
    ({ questionIds, timeLimitMs }) =>
      (window as any).__sahel.app.playRound(
        { questionIds, timeLimitMs, timeScale: 1, explainDuringRound: true, scored: true },
        1,
      ),
    { questionIds: ids, timeLimitMs },
  );
  await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
  await waitForStillMap(page);
}

describe('a still map runs no frames, and wakes for the player', { timeout: 120_000 }, () => {
  test('desktop: paused, nothing runs; the ring steps while the time runs; a key, the mouse and a drag wake the map', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await startRound(page, ['geo-niger-locate'], 30_000);
    const timeLeft = page.getByTestId('time-left');

    // The time runs: the ring steps on its own canvas, each step a wake of the loop.
    const running = await loop(page);
    await page.waitForFunction((ring) => (window as any).__sahel.map.sys.game.overlayFrames >= ring + 3, running.ring);

    // Paused (Escape), the clock and the map stand still: no step of Phaser's loop in 60 display frames.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="question"]').getAttribute('data-state')).toBe('paused');
    await asleep(page);
    const paused = await loop(page);
    const shown = await timeLeft.textContent();
    await frames(page, 60);
    const still = await loop(page);
    expect(still.steps).toBe(paused.steps);
    expect(still.sleeping).toBe(true);
    expect(await timeLeft.textContent()).toBe(shown);

    // Resumed, the ring steps again.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="question"]').getAttribute('data-state')).toBe('asking');
    await page.waitForFunction((ring) => (window as any).__sahel.map.sys.game.overlayFrames >= ring + 2, still.ring);

    // A key on a sleeping map: it flies, is drawn, then the loop sleeps again.
    await page.keyboard.press('Escape');
    await asleep(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="question"]').getAttribute('data-state')).toBe('asking');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const before = await loop(page);
    await page.keyboard.press('+');
    await waitForStillMap(page);
    const zoomed = await loop(page);
    expect(zoomed.zoom / before.zoom).toBeCloseTo(1.6, 1);
    expect(zoomed.drawn).toBeGreaterThan(before.drawn);

    // A drag with the mouse moves the map.
    const canvas = (await page.locator('#stage canvas').boundingBox())!;
    const mid = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(mid.x - i * 20, mid.y);
    await page.mouse.up();
    await waitForStillMap(page);
    expect((await loop(page)).lon).toBeGreaterThan(zoomed.lon);

    // A click on Niger from a sleeping loop picks it.
    await page.keyboard.press('Escape');
    await asleep(page);
    await page.keyboard.press('Escape');
    const niger = await placeOnScreen(page, 'NER');
    await page.mouse.click(niger.x, niger.y);
    await expect.poll(() => page.locator('[data-testid="question"]').getAttribute('data-state')).toBe('feedback');
    await expect.poll(() => page.locator('.feedback').textContent()).toContain('Niger');
  });

  test('phone: an untimed question sleeps; a finger on the sleeping map picks', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await startRound(page, ['geo-niger-locate'], null);
    await asleep(page);
    const idle = await loop(page);
    await frames(page, 60);
    expect((await loop(page)).steps).toBe(idle.steps);
    const niger = await placeOnScreen(page, 'NER');
    await page.touchscreen.tap(niger.x, niger.y);
    await expect.poll(() => page.locator('[data-testid="question"]').getAttribute('data-state')).toBe('feedback');
    await expect.poll(() => page.locator('.feedback').textContent()).toContain('Niger');
    expect((await loop(page)).drawn).toBeGreaterThan(idle.drawn);
  });
});
