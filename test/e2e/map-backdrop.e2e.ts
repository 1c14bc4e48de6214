import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openGame, waitForMap, waitForTitle } from './harness/index.ts';
import { nearColour, pixelColours } from './harness/pixels.ts';
import { playQuestions, waitForStillMap } from './play/answer.ts';
import { question } from './play/bank.ts';

/**
 * When a question opens with another framing (here the phone's strip for a choice question growing
 * into the stage for a map question on the coup and the ECOWAS summit), the frames shown before
 * the still map is repainted crisp must show the map, never blank sea where land belongs: the map
 * as a player sees it, read from screenshots.
 */
type Sample = 'land' | 'sea' | 'other';

/** Flat fills of the map (scenes/map/palette.ts) and the game's background. */
const LAND = [0xf3e9cf, 0xe3ded3];
const SEA = [0xbcd8e8, 0xcfe0ea];
/** Per channel: antialiased edges and the soft backdrop stay within this of a fill, or are "other". */
const TOLERANCE = 8;
const STEP = 6;
const SHOTS = process.env.E2E_SHOTS_DIR ?? '/tmp/backdrop-shots';

/** Points (page CSS px) of the map canvas not under the page's own buttons or text. */
async function mapPoints(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate((step) => {
    const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
    const r = canvas.getBoundingClientRect();
    const out: { x: number; y: number }[] = [];
    for (let y = r.top + step / 2; y < Math.min(r.bottom, innerHeight); y += step) {
      for (let x = r.left + step / 2; x < r.right; x += step) {
        if (document.elementFromPoint(x, y) === canvas) out.push({ x, y });
      }
    }
    return out;
  }, STEP);
}

/** What each point shows in a screenshot (decoded by the page itself). */
async function classify(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<Sample[]> {
  const colours = await pixelColours(page, png, points);
  return colours.map((c) =>
    nearColour(c, LAND, TOLERANCE) ? 'land' : nearColour(c, SEA, TOLERANCE) ? 'sea' : 'other',
  );
}

const moving = (page: Page): Promise<boolean> => page.evaluate(() => (window as any).__sahel.map.viewState().moving);

describe('the map between two framings', { timeout: 120_000 }, () => {
  test('phone, French: opening a question framed otherwise never shows blank sea where the map has land', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1&lng=fr' });
    await waitForTitle(page);
    await waitForMap(page);
    await playQuestions(page, ['geo-niamey-capital', 'geo-coup-summit-locate']);
    // Answer the first question (the map is its strip), then open the second (the map is the stage).
    await page.locator(`[data-choice="${(question('geo-niamey-capital') as { answer: string }).answer}"]`).tap();
    await page.locator('[data-testid="next"]').tap();

    // Every frame from the moment the question opens until its map is still and painted crisp.
    const frames: { png: Buffer; moving: boolean }[] = [];
    await page.locator('[data-question-id="geo-coup-summit-locate"][data-state="asking"]').waitFor();
    const start = Date.now();
    while (frames.length < 40) {
      const m = await moving(page);
      frames.push({ png: await page.screenshot(), moving: m });
      if (!m && Date.now() - start > 4000) break;
    }
    await waitForStillMap(page);
    // Settled: the land seen stays the same over three frames in a row (the crisp repaint has landed).
    const points = await mapPoints(page);
    let settled: Sample[] = [];
    for (let same = 0; same < 3; ) {
      const next = await classify(page, await page.screenshot(), points);
      same = next.join() === settled.join() ? same + 1 : 0;
      settled = next;
    }
    const land = settled.flatMap((s, i) => (s === 'land' ? [i] : []));
    expect(land.length, 'the settled map shows land').toBeGreaterThan(points.length / 4);

    await mkdir(SHOTS, { recursive: true });
    const report: string[] = [];
    const worst = { still: 0, moving: 0 };
    for (const [n, f] of frames.entries()) {
      await writeFile(join(SHOTS, `frame-${String(n).padStart(2, '0')}.png`), f.png);
      const seen = await classify(page, f.png, points);
      const sea = land.filter((i) => seen[i] === 'sea').length / land.length;
      report.push(`${n}${f.moving ? ' (moving)' : ''}: ${(sea * 100).toFixed(1)}% of the land is sea`);
      const key = f.moving ? 'moving' : 'still';
      worst[key] = Math.max(worst[key], sea);
    }
    console.log(report.join('\n'));
    // Still frames show the settled view: its land is land (a soft backdrop included). While the
    // camera flies the coasts move under the samples, so a little more leeway.
    expect(worst.still, report.join('\n')).toBeLessThan(0.05);
    expect(worst.moving, report.join('\n')).toBeLessThan(0.2);
  });
});
