import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Placed {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
  /** What is on top at the element's centre is the element (or inside it). */
  onTop: boolean;
  vw: number;
  vh: number;
}

/** Where an element is against the viewport (`:focus` = the focused element), and whether it is on top at its centre. */
export async function place(page: Page, selector: string): Promise<Placed> {
  return page.evaluate((sel) => {
    const el = (sel === ':focus' ? document.activeElement : document.querySelector(sel)) as HTMLElement | null;
    if (!el) throw new Error(`nothing at ${sel}`);
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      top: r.top,
      bottom: r.bottom,
      left: r.left,
      right: r.right,
      width: r.width,
      height: r.height,
      onTop: hit !== null && (el === hit || el.contains(hit)),
      vw: innerWidth,
      vh: innerHeight,
    };
  }, selector);
}

/** Wholly inside the viewport, not zero-sized, and not covered by anything else. */
export async function expectInView(page: Page, selector: string, what: string): Promise<void> {
  const b = await place(page, selector);
  expect(b.width * b.height, `${what}: has a size`).toBeGreaterThan(0);
  expect(b.top, `${what}: top in view`).toBeGreaterThanOrEqual(0);
  expect(b.left, `${what}: left in view`).toBeGreaterThanOrEqual(0);
  expect(b.bottom, `${what}: bottom in view (viewport ${b.vh})`).toBeLessThanOrEqual(b.vh + 0.5);
  expect(b.right, `${what}: right in view`).toBeLessThanOrEqual(b.vw + 0.5);
  expect(b.onTop, `${what}: not covered`).toBe(true);
}
