import type { Page } from 'playwright-core';

export type Input = 'mouse' | 'keyboard' | 'touch';

/**
 * The few things the shared round-playing code (play/answer.ts) asks of a browser, so one
 * copy of it plays in Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
 * Selectors are CSS; each call acts on the first match and waits for it to exist.
 */
export interface Driver {
  /** Clicks, taps, or focuses and presses Enter on an element, as `input` says. */
  press(selector: string, input: Input): Promise<void>;
  /** Clicks or taps a point of the page, in CSS pixels. */
  pointAt(p: { x: number; y: number }, input: 'mouse' | 'touch'): Promise<void>;
  /** Presses one key on whatever has focus. */
  key(key: string): Promise<void>;
  /** Replaces the value of a text or number field, as typing would. */
  fill(selector: string, value: string): Promise<void>;
  /** Picks an option of a `<select>` by value. */
  select(selector: string, value: string): Promise<void>;
  /** Waits until the element is visible, then returns one of its attributes. */
  visibleAttr(selector: string, name: string): Promise<string | null>;
  /** One attribute of every match, in document order (no waiting). */
  attrs(selector: string, name: string): Promise<(string | null)[]>;
  /** Runs a function in the page. */
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** Waits until a function run in the page returns something truthy. */
  waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
}

/** The Driver for a playwright-core page (Chromium). */
export function playwrightDriver(page: Page): Driver {
  return {
    async press(selector, input) {
      const el = page.locator(selector).first();
      if (input === 'keyboard') {
        await el.focus();
        await page.keyboard.press('Enter');
      } else if (input === 'touch') await el.tap();
      else await el.click();
    },
    async pointAt(p, input) {
      if (input === 'touch') await page.touchscreen.tap(p.x, p.y);
      else await page.mouse.click(p.x, p.y);
    },
    key: (key) => page.keyboard.press(key),
    fill: (selector, value) => page.locator(selector).first().fill(value),
    async select(selector, value) {
      await page.locator(selector).first().selectOption(value);
    },
    async visibleAttr(selector, name) {
      const el = page.locator(selector).first();
      await el.waitFor({ state: 'visible' });
      return el.getAttribute(name);
    },
    attrs: (selector, name) => page.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitUntil(fn, arg, timeoutMs = 30_000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
  };
}
