import { describe, expect, test } from 'vitest';
import { SELECTORS, openGame, screenshot, waitForTitle, type ViewportName } from './harness/index.ts';

describe('smoke: the built game opens on its title screen', () => {
  for (const viewport of ['desktop', 'phone'] as const satisfies readonly ViewportName[]) {
    test(`${viewport}: the Play button appears, enabled, without page errors`, async () => {
      const { page } = await openGame({ viewport });
      await waitForTitle(page);
      const play = page.locator(SELECTORS.play);
      await expect(play.count()).resolves.toBe(1);
      await expect(play.isEnabled()).resolves.toBe(true);
      // The Play button is a real button a keyboard user can reach, and has a visible label.
      await expect(play.evaluate((el) => el.tagName)).resolves.toBe('BUTTON');
      await expect(play.innerText()).resolves.toMatch(/\S/);
      const box = await play.boundingBox();
      expect(box, 'Play button has a layout box').not.toBeNull();
      const vp = page.viewportSize();
      if (box && vp) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
        expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
      }
      await screenshot(page, `smoke-title-${viewport}`);
    });
  }
});
