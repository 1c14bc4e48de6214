import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, screenshot, waitForMap, waitForTitle, SELECTORS } from './harness/index.ts';
import { currentQuestion } from './play/answer.ts';
import { ui } from './play/bank.ts';
import { overflowing } from './a11y/helpers.ts';
import { questionTimeMs } from '../../src/core/round/timing.ts';
import { STANDARD_ROUND } from '../../src/core/round/presets.ts';

async function openSettings(page: Page): Promise<void> {
  await page.locator('[data-testid="settings"]').click();
  await page.locator('[data-screen="settings"]').waitFor();
}

const checked = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).isChecked();
const htmlClasses = (page: Page) => page.evaluate(() => [...document.documentElement.classList].sort());
// The map loads behind the title: wait for it, then read what it was told.
const mapReduced = async (page: Page) => {
  await waitForMap(page);
  return page.evaluate(() => (window as any).__sahel.map.reducedMotion as boolean);
};

// Issue 7: every setting is remembered, applied, and can be reset; the time limit does what it says.
describe('settings', { timeout: 180_000 }, () => {
  test('each change survives a reload and is applied; reset asks first, then restores the defaults', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    await openSettings(page);
    await expect(htmlClasses(page)).resolves.toEqual([]);
    await page.locator('[data-testid="time-2"]').check();
    await page.locator('[data-testid="large-text"]').check();
    await page.locator('[data-testid="motion-reduce"]').check();
    await page.locator('[data-testid="sound-on"]').uncheck();
    // Sliders by keyboard: Home = 0 %, each → is 5 %.
    await page.locator('[data-testid="effectsVolume"]').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid="musicVolume"]').focus();
    await page.keyboard.press('Home');
    await expect(page.locator('[data-testid="effectsVolume-value"]').innerText()).resolves.toBe('30%');
    await expect(page.locator('[data-testid="musicVolume"]').getAttribute('aria-valuetext')).resolves.toBe('0%');
    await expect(page.locator('[data-testid="settings-status"]').innerText()).resolves.toBe(ui.en.settings.saved);
    await expect(htmlClasses(page)).resolves.toEqual(['large-text', 'reduced-motion']);
    await expect(mapReduced(page)).resolves.toBe(true);
    await page.locator('[data-testid="settings-language"]').selectOption('fr');
    await page.locator('[data-screen="settings"] h1', { hasText: ui.fr.settings.title }).waitFor();
    // The language redraw keeps the player where they were.
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).resolves.toBe(
      'settings-language',
    );

    await page.reload();
    await waitForTitle(page);
    await expect(page.locator(SELECTORS.play).innerText()).resolves.toBe(ui.fr.title.play);
    await expect(htmlClasses(page)).resolves.toEqual(['large-text', 'reduced-motion']);
    await expect(mapReduced(page)).resolves.toBe(true);
    await openSettings(page);
    for (const id of ['time-2', 'large-text', 'motion-reduce']) await expect(checked(page, id), id).resolves.toBe(true);
    await expect(checked(page, 'sound-on')).resolves.toBe(false);
    await expect(page.locator('[data-testid="effectsVolume"]').inputValue()).resolves.toBe('30');
    await expect(page.locator('[data-testid="musicVolume"]').inputValue()).resolves.toBe('0');
    await expect(page.locator('[data-testid="settings-language"]').inputValue()).resolves.toBe('fr');

    // Cancel keeps everything; Escape closes the dialog too.
    await page.locator('[data-testid="reset"]').click();
    await page.locator('[data-testid="reset-dialog"]').getByText(ui.fr.settings.resetText).waitFor();
    await page.locator('[data-testid="reset-no"]').click();
    await expect(checked(page, 'large-text')).resolves.toBe(true);
    await page.locator('[data-testid="reset"]').click();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid="reset-dialog"]').isVisible()).resolves.toBe(false);
    await expect(checked(page, 'large-text')).resolves.toBe(true);

    await page.locator('[data-testid="reset"]').click();
    await page.locator('[data-testid="reset-yes"]').click();
    // Back to English (the browser's language) and the defaults.
    await page.locator('[data-screen="settings"] h1', { hasText: ui.en.settings.title }).waitFor();
    await expect(page.locator('[data-testid="settings-status"]').innerText()).resolves.toBe(ui.en.settings.resetDone);
    for (const id of ['time-1', 'motion-system', 'sound-on']) await expect(checked(page, id), id).resolves.toBe(true);
    await expect(checked(page, 'large-text')).resolves.toBe(false);
    await expect(page.locator('[data-testid="effectsVolume"]').inputValue()).resolves.toBe('80');
    await expect(page.locator('[data-testid="musicVolume"]').inputValue()).resolves.toBe('40');
    await expect(htmlClasses(page)).resolves.toEqual([]);
    await expect(mapReduced(page)).resolves.toBe(false);
    await expect(page.evaluate(() => localStorage.getItem('sahel-quiz:settings'))).resolves.toBeNull();
    await page.reload();
    await waitForTitle(page);
    await expect(page.locator(SELECTORS.play).innerText()).resolves.toBe(ui.en.title.play);
  });

  test('the system asking for less motion is followed until the player chooses', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => mapReduced(page)).toBe(true);
    await expect(htmlClasses(page)).resolves.toEqual(['reduced-motion']);
    await openSettings(page);
    await page.locator('[data-testid="motion-allow"]').check();
    await expect(mapReduced(page)).resolves.toBe(false);
    await expect(htmlClasses(page)).resolves.toEqual([]);
  });

  test("timer off: no countdown and no time-out; ×2: the countdown starts at twice the question's own time and runs out then", async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await page.clock.install();
    await page.reload();
    await waitForTitle(page);
    await openSettings(page);
    await page.locator('[data-testid="time-off"]').check();
    await page.locator('[data-testid="settings-back"]').click();
    await page.locator(SELECTORS.play).click();
    await currentQuestion(page);
    await expect(page.locator('[data-testid="time-left"]').innerText()).resolves.toBe(ui.en.round.untimed);
    await page.clock.runFor(90_000);
    await expect(page.locator('[data-testid="question"]').getAttribute('data-state')).resolves.toBe('asking');
    await expect(page.locator('[data-verdict]').count()).resolves.toBe(0);

    await page.keyboard.press('Escape');
    await page.evaluate(() => localStorage.removeItem('sahel-quiz:round'));
    await page.reload();
    await waitForTitle(page);
    await openSettings(page);
    await page.locator('[data-testid="time-2"]').check();
    await page.locator('[data-testid="settings-back"]').click();
    await page.locator(SELECTORS.play).click();
    const q = await currentQuestion(page);
    // Twice the question's own time (the one time rule, core/round/timing.ts).
    const limitS = (2 * questionTimeMs(q, STANDARD_ROUND.timeLimitMs)) / 1000;
    await page.clock.runFor(100);
    const timeLeft = page.locator('[data-testid="time-left"]');
    await expect(timeLeft.innerText()).resolves.toBe(`${limitS} s`);
    // Second by second down to 30 s left: the screen reader hears it once (polite region), not every second.
    for (let i = 0; i < limitS && (await timeLeft.innerText()) !== '30 s'; i++) await page.clock.runFor(1_000);
    await expect(timeLeft.innerText()).resolves.toBe('30 s');
    // A question whose doubled time is 30 s opens with it: that is in the bar, not announced (roundClock.ts).
    const announced = limitS > 30 ? '30 seconds left' : '';
    await expect(page.locator('.screen.round > [aria-live="polite"]').innerText()).resolves.toBe(announced);
    await page.clock.runFor(28_500); // just under the doubled time: a ×1 round would have timed out long ago.
    await expect(page.locator('[data-testid="question"]').getAttribute('data-state')).resolves.toBe('asking');
    await page.clock.runFor(1_500);
    await page.locator('[data-verdict="timeout"]').waitFor();
  });

  test('screenshots: settings and a question with larger text, en/fr, desktop/phone — nothing spills sideways', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      for (const lng of ['en', 'fr'] as const) {
        const { page } = await openGame({ viewport, query: `?test=1&lng=${lng}` });
        await waitForTitle(page);
        await openSettings(page);
        await page.locator('[data-testid="large-text"]').check();
        await page.locator('[data-testid="time-off"]').check();
        await screenshot(page, `a11y-settings-${lng}-${viewport}`);
        expect(await overflowing(page), `settings ${lng} ${viewport}`).toEqual([]);
        await page.locator('[data-testid="settings-back"]').click();
        await page.locator(SELECTORS.play).click();
        const q = await currentQuestion(page);
        await screenshot(page, `a11y-large-${lng}-${viewport}-${q.type}`);
        expect(await overflowing(page), `question ${lng} ${viewport}`).toEqual([]);
        await page.close();
      }
    }
  });
});
