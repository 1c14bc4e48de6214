import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, screenshot, waitForMap, waitForTitle } from './harness/index.ts';
import { answer, placeOnScreen, playQuestions, waitForStillMap } from './play/answer.ts';
import { question } from './play/bank.ts';

/**
 * Issue 20: when the map changes size mid-question (the window, or the page giving the map more
 * or less room), the map is fitted again at once and its names are laid out again over several
 * tasks. Meanwhile a tap must pick what is under the finger, and the names must come back, laid
 * out for the new size. Run at CPU ×4, as the bench does, so the slices really are spread out.
 */
type Names = 'fitted' | 'moved' | 'none';
const mapState = (page: Page) =>
  page.evaluate(() => {
    const map = (window as any).__sahel.map;
    const s = map.viewState();
    return {
      names: s.names as Names,
      plan: s.plan as { name: string[] } | null,
      labels: map.visibleLabels() as string[],
    };
  });
const canvasWidth = (page: Page) =>
  page.evaluate(() => (document.querySelector('#stage canvas') as HTMLElement).getBoundingClientRect().width);

/**
 * The answer (Burkina Faso) was judged right, and the reveal names it, laid out for the size shown
 * once the camera has flown there.
 */
async function expectRightAndNamed(page: Page): Promise<void> {
  await page.locator('[data-verdict]').waitFor();
  expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('right');
  await waitForStillMap(page);
  await page.waitForFunction(() => {
    const map = (window as any).__sahel.map;
    return map.viewState().names === 'fitted' && map.visibleLabels().includes('BFA');
  });
}

/**
 * How far the map's corner buttons (+, −, Reset) sit from the map's right and bottom edges, CSS px:
 * they follow the map wherever the layout puts it (8 px in), placed by the page's own layout passes.
 */
const cornerGap = (page: Page) =>
  page.evaluate(() => {
    const stage = (document.querySelector('#stage') as HTMLElement).getBoundingClientRect();
    const controls = (document.querySelector('.map-controls') as HTMLElement).getBoundingClientRect();
    return { right: Math.round(stage.right - controls.right), bottom: Math.round(stage.bottom - controls.bottom) };
  });

/** Resizes the window and waits until the game's canvas has been fitted to its new room. */
async function resize(page: Page, width: number, height: number): Promise<void> {
  const before = await canvasWidth(page);
  await page.setViewportSize({ width, height });
  await page.waitForFunction(
    (w) => (document.querySelector('#stage canvas') as HTMLElement).getBoundingClientRect().width !== w,
    before,
  );
}

describe('the map after a resize', { timeout: 120_000 }, () => {
  test('desktop: names come back laid out for the new size, and a tap right after it picks the country under it', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    await waitForMap(page);
    await playQuestions(page, ['protest-flags', 'geo-burkina-locate']);
    await expect(cornerGap(page)).resolves.toEqual({ right: 8, bottom: 8 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    // A story question names its place (Niamey); the window shrinks under it.
    await page.waitForFunction(() => (window as any).__sahel.map.viewState().names === 'fitted');
    const main = (await mapState(page)).plan?.name[0] as string;
    expect((await mapState(page)).labels).toContain(main);
    await resize(page, 980, 700);
    await page.waitForFunction(() => (window as any).__sahel.map.viewState().names === 'fitted');
    expect((await mapState(page)).labels).toContain(main);
    await page.waitForFunction(() => {
      const stage = (document.querySelector('#stage') as HTMLElement).getBoundingClientRect();
      return (
        Math.round(
          stage.right - (document.querySelector('.map-controls') as HTMLElement).getBoundingClientRect().right,
        ) === 8
      );
    });
    await expect(cornerGap(page)).resolves.toEqual({ right: 8, bottom: 8 });
    await screenshot(page, 'relayout-desktop-names');

    await answer(page, question('protest-flags'), true, 'mouse');
    await page.locator('[data-testid="next"]').click();
    await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
    await waitForStillMap(page);
    // The map question: the window grows, and the player taps Burkina Faso at once, while the
    // map is still being repainted and its names laid out.
    await resize(page, 1280, 720);
    const p = await placeOnScreen(page, 'BFA');
    await page.mouse.click(p.x, p.y);
    await expectRightAndNamed(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
  test('phone: turned mid-question, a tap on the country right after the turn picks it, and the reveal names it', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await waitForTitle(page);
    await waitForMap(page);
    await playQuestions(page, ['geo-burkina-locate']);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Landscape, then back upright: each time the map is fitted again and the finger lands at once.
    await resize(page, 844, 390);
    await resize(page, 390, 844);
    const p = await placeOnScreen(page, 'BFA');
    await page.touchscreen.tap(p.x, p.y);
    await expectRightAndNamed(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await screenshot(page, 'relayout-phone-reveal');
  });
});
