import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openGame, waitForMap, waitForTitle } from './harness/index.ts';
import { nearColour, pixelColours } from './harness/pixels.ts';
import { playQuestions } from './play/answer.ts';

/**
 * The crisp still map is painted off the main thread by the map worker (OffscreenCanvas, shown in
 * a `bitmaprenderer` canvas) under the built page's strict CSP. Where no worker can paint (here
 * Worker and OffscreenCanvas are taken away before the page loads) the map is painted on the main
 * thread in bands — and the player sees the same picture: sea where the game's hit test finds no
 * country, land where it finds one, and the same colours at every sampled point.
 */
const LAND = [0xf3e9cf, 0xe3ded3];
const SEA = [0xbcd8e8, 0xa9c8da];
const STEP = 17;

type Point = { x: number; y: number; want: 'land' | 'sea' | null };

const mapPaint = (page: Page) => page.evaluate(() => document.documentElement.dataset.mapPaint);

/** Grid points of the map where the game's canvas is on top, with what the hit test says is there. */
async function points(page: Page): Promise<Point[]> {
  return page.evaluate((step) => {
    const map = (window as any).__sahel.map;
    const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
    const r = canvas.getBoundingClientRect();
    const out: Point[] = [];
    for (let y = r.top + step / 2; y < Math.min(r.bottom, innerHeight) - 4; y += step) {
      for (let x = r.left + step / 2; x < r.right - 4; x += step) {
        if (document.elementFromPoint(x, y) !== canvas) continue;
        const around = [
          [0, 0],
          [10, 0],
          [-10, 0],
          [0, 10],
          [0, -10],
        ].map(([dx, dy]) => map.countryAtScreen(x - r.left + (dx as number), y - r.top + (dy as number)));
        const want = around.every((c) => c === null)
          ? 'sea'
          : around[0] !== null && around.every((c) => c === around[0])
            ? 'land'
            : null;
        out.push({ x, y, want });
      }
    }
    return out;
  }, STEP);
}

/** The colour (0xrrggbb) at each point in a screenshot, taken once two in a row are the same (the map is still). */
async function colours(page: Page, pts: Point[]): Promise<number[]> {
  let png = await page.screenshot();
  for (let i = 0; i < 20; i++) {
    const again = await page.screenshot();
    if (again.equals(png)) break;
    png = again;
  }
  return pixelColours(page, png, pts);
}

/** The share of land and sea points whose colour is land's and sea's (names cover a few; as in map-still-layer). */
function agreement(pts: Point[], cols: number[]): number {
  const judged = pts.map((p, i) => ({ ...p, c: cols[i] as number })).filter((p) => p.want !== null);
  const ok = judged.filter((p) => nearColour(p.c, p.want === 'land' ? LAND : SEA, 6));
  return ok.length / judged.length;
}

async function shownMap(
  beforeLoad?: (page: Page) => Promise<unknown>,
  allow: RegExp[] = [],
): Promise<{ by: string; pts: Point[]; cols: number[] }> {
  const { page } = await openGame({
    viewport: 'desktop',
    query: '?test=1',
    allow,
    ...(beforeLoad ? { beforeLoad } : {}),
  });
  await waitForTitle(page);
  await waitForMap(page);
  // A map question frames its region: the map is repainted once the camera has settled there.
  await playQuestions(page, ['geo-neighbours-locate']);
  await page.waitForFunction(() => document.documentElement.dataset.mapPaint !== undefined);
  const pts = await points(page);
  return { by: (await mapPaint(page)) as string, pts, cols: await colours(page, pts) };
}

describe('the still map painted off the main thread', { timeout: 180_000 }, () => {
  test('desktop: the map worker paints it under the built CSP, and without a worker the bands paint the same picture', async () => {
    const worker = await shownMap();
    expect(worker.by).toBe('worker');
    expect(worker.pts.filter((p) => p.want === 'sea').length).toBeGreaterThan(20);
    expect(worker.pts.filter((p) => p.want === 'land').length).toBeGreaterThan(20);
    expect(agreement(worker.pts, worker.cols)).toBeGreaterThan(0.9);

    const bands = await shownMap((p) =>
      p.addInitScript(() => {
        Object.defineProperty(window, 'Worker', { value: undefined });
        Object.defineProperty(window, 'OffscreenCanvas', { value: undefined });
      }),
    );
    expect(bands.by).toBe('main-thread');
    expect(bands.pts).toEqual(worker.pts);
    expect(agreement(bands.pts, bands.cols)).toBeGreaterThan(0.9);
    // The same picture: every sampled point (borders, graticule, names included) the same colour, near enough.
    const same = worker.cols.filter((c, i) => nearColour(c, [bands.cols[i] as number], 8)).length;
    console.info(`same colour at ${same} of ${worker.cols.length} points`);
    expect(same / worker.cols.length).toBeGreaterThan(0.98);
  });

  test('desktop: a worker that fails to paint (its painter cannot load) hands the map to the bands, which paint it right', async () => {
    const failing = await shownMap(
      (p) => p.route(/\/paintJob-[\w-]+\.js$/, (route) => route.abort()),
      // The refused fetch is this test's premise.
      [/paintJob|Failed to load resource|ERR_FAILED/],
    );
    expect(failing.by).toBe('main-thread');
    expect(agreement(failing.pts, failing.cols)).toBeGreaterThan(0.9);
  });
});
