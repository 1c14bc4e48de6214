/**
 * The custom Phaser build (src/phaser/phaser-custom.ts) runs everything the game uses, in both
 * renderers, and is much smaller than the package's default build. Builds its own fixture pages
 * (test/fixtures/phaser-custom/) with the same Vite plugin as the game.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture } from '../fixtures/phaser-custom/build.ts';
import { FILL, HOVER_FILL, type CheckReport } from '../fixtures/phaser-custom/check/report.ts';
import { openGame, screenshot } from './harness/index.ts';

/** Both renderers on the custom build, and Canvas on the game's own trimmed Canvas-only build (vite.config.ts). */
const RUNS = [
  { name: 'webgl', type: 2, variant: 'custom' },
  { name: 'canvas', type: 1, variant: 'custom' },
  { name: 'canvas-trimmed', type: 1, variant: 'trimmed' },
] as const;

const dists = { custom: '', trimmed: '' };

beforeAll(async () => {
  dists.custom = await buildFixture('check', 'custom');
  dists.trimmed = await buildFixture('check', 'trimmed');
});

function report(page: Page): Promise<CheckReport> {
  return page.evaluate(() => {
    const api = window.__phaserCheck;
    if (!api) throw new Error('check page not ready');
    return { ...api.report, keys: [...api.report.keys], missing: [...api.report.missing] };
  });
}

function toPage(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([wx, wy]) => window.__phaserCheck!.toPage(wx, wy), [x, y] as const);
}

/** Waits until the game has run `n` more steps (its input and camera handled, the report updated). */
async function steps(page: Page, n = 2): Promise<void> {
  const now = (await report(page)).steps;
  await page.waitForFunction((s) => (window.__phaserCheck?.report.steps ?? 0) >= s, now + n);
}

function colourAt(page: Page, x: number, y: number): Promise<number> {
  return page.evaluate(([wx, wy]) => window.__phaserCheck!.colourAt(wx, wy), [x, y] as const);
}

/** Colours within a few units per channel (SwiftShader and canvas anti-aliasing differ slightly). */
function near(actual: number, expected: number): boolean {
  return [16, 8, 0].every((s) => Math.abs(((actual >> s) & 255) - ((expected >> s) & 255)) <= 6);
}

const hex = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;

describe('custom Phaser build runs what the game uses', () => {
  for (const { name, type, variant } of RUNS) {
    test(`${name}: map polygon, hover and click, text, image, tween, timer, camera, keys, resize`, async () => {
      const { page } = await openGame({ root: dists[variant], query: `?renderer=${type === 2 ? 'webgl' : 'canvas'}` });
      await page.waitForFunction(() => window.__phaserCheck !== undefined, undefined, { timeout: 30_000 });
      let r = await report(page);
      expect(r.missing, 'features listed in phaser-features.ts but absent from the build').toEqual([]);
      await page.waitForFunction(() => window.__phaserCheck?.report.ready === true, undefined, { timeout: 10_000 });
      r = await report(page);
      expect(r.renderer, 'renderer in use').toBe(type);
      expect(r.jsonLoaded && r.imageLoaded, 'loader fetched JSON and an image').toBe(true);
      expect(r.textWidth, 'text has measured width').toBeGreaterThan(20);

      // The country polygon is drawn in its fill colour; the notch of the U is background.
      expect(hex(await colourAt(page, 350, 200))).toSatisfy((c: string) => near(parseInt(c.slice(1), 16), FILL));
      expect(near(await colourAt(page, 350, 330), FILL), 'the notch is not filled').toBe(false);

      // Hovering inside highlights it; clicking counts once; a click in the notch (inside the
      // bounding box, outside the polygon) does not count: the hit test uses the polygon.
      const inside = await toPage(page, 350, 200);
      await page.mouse.move(inside.x, inside.y);
      await page.waitForFunction(() => window.__phaserCheck?.report.hovering === true);
      // Drawn in the hover colour once a frame has been rendered since.
      await expect.poll(async () => near(await colourAt(page, 350, 200), HOVER_FILL)).toBe(true);
      await page.mouse.click(inside.x, inside.y);
      const notch = await toPage(page, 350, 330);
      await page.mouse.click(notch.x, notch.y);
      // Both presses reached the game, and a step has run since (hover and out are settled).
      await page.waitForFunction(() => window.__phaserCheck?.report.presses === 2);
      await steps(page);
      r = await report(page);
      expect(r.clicks, 'clicks inside the polygon only').toBe(1);
      expect(r.hovering, 'pointer left the polygon').toBe(false);

      // Tween and timer finish; the tween moved the container to its target.
      await page.waitForFunction(() => window.__phaserCheck?.report.tweenDone === true, undefined, { timeout: 5_000 });
      r = await report(page);
      expect(r.timerFired).toBe(true);
      expect(r.tweenedY).toBe(90);

      // Keyboard: arrows pan the camera, + zooms it.
      const before = r;
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('+');
      await page.waitForFunction(() => (window.__phaserCheck?.report.keys.length ?? 0) >= 2);
      await steps(page);
      r = await report(page);
      expect(r.keys).toEqual(['ArrowRight', '+']);
      expect(r.scrollX).toBeCloseTo(before.scrollX + 40, 5);
      expect(r.zoom).toBeCloseTo(before.zoom * 1.25, 5);
      await screenshot(page, `phaser-custom-${name}`);

      // Resize: the Scale Manager (RESIZE mode) follows the window.
      await page.setViewportSize({ width: 700, height: 500 });
      await page.waitForFunction(() => window.__phaserCheck?.report.width === 700, undefined, { timeout: 5_000 });
      r = await report(page);
      expect(r.resizes).toBeGreaterThan(0);
      expect(r.height).toBe(500);
      const canvas = await page.evaluate(() => {
        const c = document.querySelector('canvas');
        return c ? { w: c.width, h: c.height } : null;
      });
      expect(canvas).toEqual({ w: 700, h: 500 });
      // The map is still drawn after the resize (the check page re-centres its camera on resize).
      await steps(page);
      await expect
        .poll(async () => near(await colourAt(page, 350, 200), FILL), { message: 'polygon drawn after resize' })
        .toBe(true);
      await screenshot(page, `phaser-custom-${name}-resized`);
    });
  }
});

async function gzippedJs(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) {
      total += gzipSync(await readFile(join(entry.parentPath, entry.name)), { level: 9 }).length;
    }
  }
  return total;
}

describe('custom Phaser build is small', () => {
  test('an empty game on the custom build is at least 35% smaller (gzipped JS) than on the default entry', async () => {
    const custom = await gzippedJs(await buildFixture('empty', 'custom'));
    const full = await gzippedJs(await buildFixture('empty', 'default'));
    expect(custom).toBeLessThan(full * 0.65);
  });
});
