import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EXTENT } from '../../src/geo/frame.ts';
import { openGame, waitForMap, waitForTitle } from './harness/index.ts';
import { nearColour, pixelColours } from './harness/pixels.ts';
import { playQuestions, waitForStillMap } from './play/answer.ts';

/**
 * The still map (sea, land, borders) is a layer of its own under the game's canvas, moved by the
 * camera without being redrawn. What a player sees must still be what a tap picks: mid-pinch (fingers
 * on the glass, the camera neither settled nor repainted) and once settled, every sampled point the
 * game's own hit test calls sea shows sea in a screenshot, every point well inside a country shows
 * land, and the page's margin past the map data shows the page. Read from screenshots: the picture
 * actually shown, whichever canvas shows it (the map worker's `bitmaprenderer` canvas here).
 */
const LAND = [0xf3e9cf, 0xe3ded3];
/** The sea and its graticule. */
const SEA = [0xbcd8e8, 0xa9c8da];
const PAGE = [0xf4f1ea];
/** Per channel: the soft backdrop and the scaled crisp map stay within this of a fill. */
const TOLERANCE = 10;
const STEP = 23;

type Expect = { x: number; y: number; want: 'land' | 'sea' | 'page' };

/** Points of the map canvas not under the page's buttons, with what the game's hit test says is there. */
async function expectations(page: Page): Promise<Expect[]> {
  return page.evaluate(
    ({ step, extent }) => {
      const map = (window as any).__sahel.map;
      const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
      const r = canvas.getBoundingClientRect();
      const nw = map.projectToScreen(extent.west, extent.north);
      const se = map.projectToScreen(extent.east, extent.south);
      const out: Expect[] = [];
      for (let y = r.top + step / 2; y < Math.min(r.bottom, innerHeight) - 4; y += step) {
        for (let x = r.left + step / 2; x < r.right - 4; x += step) {
          if (document.elementFromPoint(x, y) !== canvas) continue;
          const margin = Math.min(x - nw.x, se.x - x, y - nw.y, se.y - y);
          if (margin < -4) out.push({ x, y, want: 'page' });
          if (margin < 4) continue;
          // Well inside one country (the same one 12 px around), or far from every one.
          const around = [
            [0, 0],
            [12, 0],
            [-12, 0],
            [0, 12],
            [0, -12],
          ].map(([dx, dy]) => map.countryAtScreen(x - r.left + (dx as number), y - r.top + (dy as number)));
          if (around.every((c) => c === null)) out.push({ x, y, want: 'sea' });
          else if (around[0] !== null && around.every((c) => c === around[0])) out.push({ x, y, want: 'land' });
        }
      }
      return out;
    },
    { step: STEP, extent: EXTENT },
  );
}

/** The share of `points` whose colour in a fresh screenshot is what the hit test expects. */
async function agreement(page: Page, points: Expect[]): Promise<number> {
  const colours = await pixelColours(page, await page.screenshot(), points);
  const fills = { land: LAND, sea: SEA, page: PAGE };
  return points.filter((p, i) => nearColour(colours[i] as number, fills[p.want], TOLERANCE)).length / points.length;
}

const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', pts: { x: number; y: number }[]) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: pts.map((p, id) => ({ ...p, id })) });

describe('the still map follows the camera', { timeout: 120_000 }, () => {
  test('phone: mid-pinch and settled, the map shown is the map a tap picks on', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await waitForTitle(page);
    await waitForMap(page);
    await playQuestions(page, ['geo-neighbours-locate']);
    const framed = await expectations(page);
    expect(framed.filter((p) => p.want === 'sea').length).toBeGreaterThan(5);
    expect(framed.filter((p) => p.want === 'land').length).toBeGreaterThan(5);
    expect(await agreement(page, framed)).toBeGreaterThan(0.9);

    // Two fingers spread over the Gulf of Guinea's coast and stay on the glass.
    const cdp = await page.context().newCDPSession(page);
    const at = await page.evaluate(() => (window as any).__sahel.map.projectToScreen(2, 7));
    const apart = (d: number) => [
      { x: at.x - d, y: at.y },
      { x: at.x + d, y: at.y },
    ];
    await touch(cdp, 'touchStart', apart(30));
    for (let i = 1; i <= 6; i++) await touch(cdp, 'touchMove', apart(30 + i * 15));
    const held = await page.evaluate(() => (window as any).__sahel.map.viewState());
    expect(held.moving).toBe(true);
    expect(held.view.zoom / held.committed.zoom).toBeGreaterThan(1.8);
    const midPinch = await expectations(page);
    // The map shown is the last crisp one scaled ×2 (softer edges); a map left where it was drawn agrees at ~0.6.
    expect(await agreement(page, midPinch)).toBeGreaterThan(0.85);

    await touch(cdp, 'touchEnd', []);
    await waitForStillMap(page);
    const settled = await expectations(page);
    await expect.poll(() => agreement(page, settled)).toBeGreaterThan(0.9);
    // Once the crisp map for the settled view is shown — painted by the map worker, off the main
    // thread — it is still the map a tap picks on.
    await page.waitForFunction(() => document.documentElement.dataset.mapPaint !== undefined);
    expect(await page.evaluate(() => document.documentElement.dataset.mapPaint)).toBe('worker');
    expect(await agreement(page, settled)).toBeGreaterThan(0.9);
  });
});
