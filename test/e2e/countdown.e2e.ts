import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openGame, waitForMap, waitForTitle } from './harness/index.ts';
import { nearColour, pixelColours } from './harness/pixels.ts';
import { waitForStillMap } from './play/answer.ts';

/**
 * Issue 20: the countdown's ring is drawn by Phaser on a small canvas of its own over the map, so
 * that each step of the ring redraws the ring alone, not the map's canvas (without a GPU, every frame
 * of that canvas is copied whole for the compositor). What the player sees must not change: the ring
 * is over the map's top-left corner, full when the question opens, and it empties as time runs out.
 */
const COLOURS = { track: 0xdfe6ee, ring: [0x1b7f5b, 0xb26a00, 0xb3261e] };
/** The ring's centre and radius in CSS px from the map's top-left corner (CountdownScene: margin 14, radius 30, stroke 8 at radius 28). */
const CENTRE = 44;
const RADIUS = 28;
/** The point of the ring a fraction `f` of a turn clockwise from its top. */
const onRing = (f: number) => {
  const a = -Math.PI / 2 + f * 2 * Math.PI;
  return { x: CENTRE + RADIUS * Math.cos(a), y: CENTRE + RADIUS * Math.sin(a) };
};
const LEFT = 0.75;
const TOP = 0.02;

interface Look {
  /** Time left as a fraction of the question's, as the countdown was last told. */
  left: number;
  /** Colours of the ring's own canvas at the points TOP and LEFT. */
  top: number;
  side: number;
  mapFrames: number;
  ringFrames: number;
}

/** What the countdown shows now, read in one go from its own canvas and the game. */
const look = (page: Page): Promise<Look> =>
  page.evaluate(
    ({ points }) => {
      const game = (window as any).__sahel.map.sys.game;
      const scene = game.scene.getScene('countdown');
      const canvas = scene.sys.canvas as HTMLCanvasElement;
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const [top, side] = points.map((p) => {
        const [r, g, b] = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
        return ((r as number) << 16) | ((g as number) << 8) | (b as number);
      });
      return {
        left: scene.remaining / scene.limit,
        top: top as number,
        side: side as number,
        mapFrames: game.renderedFrames,
        ringFrames: game.overlayFrames,
      };
    },
    { points: [onRing(TOP), onRing(LEFT)] },
  );

describe('the countdown over the map', { timeout: 120_000 }, () => {
  test('desktop: full at first, emptying as time runs, drawn without redrawing the map, kept through a camera flight', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    await waitForMap(page);
    await page.evaluate(() =>
      (window as any).__sahel.app.playRound(
        { questionIds: ['protest-flags'], timeLimitMs: 12_000, timeScale: 1, explainDuringRound: true, scored: true },
        1,
      ),
    );
    await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
    await waitForStillMap(page);
    await page.waitForFunction(() => (window as any).__sahel.map.sys.game.overlayFrames > 0);

    const first = await look(page);
    expect(nearColour(first.top, COLOURS.ring, 24)).toBe(true);
    // The left of the ring is coloured while more than three quarters of the time is left.
    if (Math.abs(first.left - LEFT) > 0.05) expect(nearColour(first.side, COLOURS.ring, 24)).toBe(first.left > LEFT);

    // On screen, over the map: the top of the ring shows its colour in a screenshot.
    const stage = (await page.locator('#stage canvas').boundingBox())!;
    const [shown] = await pixelColours(page, await page.screenshot(), [
      { x: stage.x + onRing(TOP).x, y: stage.y + onRing(TOP).y },
    ]);
    expect(nearColour(shown as number, COLOURS.ring, 24)).toBe(true);

    // Time runs on until less than two thirds is left: the ring has stepped many times, the map's canvas not once.
    await page.waitForFunction(() => {
      const scene = (window as any).__sahel.map.sys.game.scene.getScene('countdown');
      return scene.remaining / scene.limit < 0.65;
    });
    const later = await look(page);
    expect(later.ringFrames - first.ringFrames).toBeGreaterThan(5);
    expect(later.mapFrames).toBe(first.mapFrames);
    expect(nearColour(later.top, COLOURS.ring, 24)).toBe(true);
    expect(nearColour(later.side, [COLOURS.track], 24)).toBe(true);

    // A camera flight redraws the game's canvas every frame; the ring stays drawn over it.
    await page.keyboard.press('+');
    await waitForStillMap(page);
    const flown = await look(page);
    expect(flown.mapFrames).toBeGreaterThan(later.mapFrames);
    expect(nearColour(flown.top, COLOURS.ring, 24)).toBe(true);
    expect(nearColour(flown.side, [COLOURS.track], 24)).toBe(true);
  });
});
