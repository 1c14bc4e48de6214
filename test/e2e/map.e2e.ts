import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, screenshot, waitForMap, waitForTitle } from './harness/index.ts';
import { waitForStillMap } from './play/answer.ts';

/**
 * The map view in the built game: a click lands on the polygon under the pointer, the view
 * re-fits on resize, and it shows an outcome. The DOM panels are made click-through here so
 * the clicks reach the canvas; the game's own flow is covered by the round tests.
 */
type MapHandle = {
  setInteraction(m: unknown): void;
  onPick(cb: (p: unknown) => void): () => void;
  projectToScreen(lon: number, lat: number): { x: number; y: number };
  showOutcome(o: unknown): void;
  visibleLabels(): string[];
  setNames(n: Record<string, string>): void;
};

async function mapPage(viewport: 'desktop' | 'phone'): Promise<Page> {
  const { page } = await openGame({ viewport, query: '?test=1' });
  await waitForTitle(page);
  await waitForMap(page);
  await page.evaluate(() => {
    // A constructed sheet, not a <style> element: the page's Content-Security-Policy refuses inline styles.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('body > :not(:has(canvas)), body > :not(:has(canvas)) * { pointer-events: none !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const w = window as unknown as { __sahel: { map: MapHandle }; __picks: unknown[] };
    w.__picks = [];
    w.__sahel.map.setInteraction({ kind: 'country' });
    w.__sahel.map.onPick((p) => w.__picks.push(p));
  });
  return page;
}

async function clickAt(page: Page, lon: number, lat: number, dx = 0, dy = 0): Promise<unknown> {
  const p = await page.evaluate(
    ([lo, la]) => (window as unknown as { __sahel: { map: MapHandle } }).__sahel.map.projectToScreen(lo!, la!),
    [lon, lat],
  );
  await page.mouse.click(p.x + dx, p.y + dy);
  return page.evaluate(() => (window as unknown as { __picks: unknown[] }).__picks.pop() ?? null);
}

describe('map view', () => {
  for (const viewport of ['desktop', 'phone'] as const) {
    test(`${viewport}: a click on a capital picks the country it is in`, async () => {
      const page = await mapPage(viewport);
      const expected: [number, number, string][] = [
        [2.11, 13.51, 'NER'],
        [7.4, 9.08, 'NGA'],
        [-8.0, 12.64, 'MLI'],
        [-1.52, 12.37, 'BFA'],
        [15.06, 12.13, 'TCD'],
        [-15.96, 18.08, 'MRT'],
        [-17.3, 14.75, 'SEN'],
      ];
      for (const [lon, lat, id] of expected) {
        await expect(clickAt(page, lon, lat), id).resolves.toEqual({ kind: 'place', id });
      }
      // Open sea picks nothing.
      await expect(clickAt(page, -25, 5)).resolves.toBeNull();
    });
  }

  test('desktop: a click a few pixels off tiny Gambia still picks Gambia; the outcome is drawn', async () => {
    const page = await mapPage('desktop');
    await expect(clickAt(page, -15.5, 13.83, 0, -4)).resolves.toEqual({ kind: 'place', id: 'GMB' });
    await page.evaluate(() => {
      const m = (window as unknown as { __sahel: { map: MapHandle } }).__sahel.map;
      m.showOutcome({ correct: ['NER'], wrong: ['MLI'] });
      for (const el of Array.from(document.body.children) as HTMLElement[])
        if (!el.querySelector('canvas')) el.style.visibility = 'hidden';
    });
    // The marks' pop-in has played (no tween left) before the picture is taken.
    await page.waitForFunction(() => (window as any).__sahel.map.tweens.getTweens().length === 0);
    await waitForStillMap(page);
    await screenshot(page, 'map-outcome-desktop');
  });

  test('resizing the window re-fits the map without distortion', async () => {
    const page = await mapPage('desktop');
    const before = await page.evaluate(() =>
      (window as unknown as { __sahel: { map: MapHandle } }).__sahel.map.projectToScreen(2.11, 13.51),
    );
    await page.setViewportSize({ width: 640, height: 360 });
    // The canvas has followed the window (the map re-fits in the same call) and the camera is still.
    await page.waitForFunction(() => (document.querySelector('#stage canvas') as HTMLElement).style.width === '640px');
    await waitForStillMap(page);
    const after = await page.evaluate(() =>
      (window as unknown as { __sahel: { map: MapHandle } }).__sahel.map.projectToScreen(2.11, 13.51),
    );
    expect(after.x).toBeCloseTo(before.x / 2, -1);
    expect(after.y).toBeCloseTo(before.y / 2, -1);
    await expect(clickAt(page, 2.11, 13.51)).resolves.toEqual({ kind: 'place', id: 'NER' });
  });
});
