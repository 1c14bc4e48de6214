import type { Page } from 'playwright-core';

/** One piece of text that does not fit: where it is, what it says, and how it fails. */
export interface Overflow {
  where: string;
  text: string;
  problem: string;
}

/**
 * Measures every visible piece of DOM text on the page and returns those that do not fit:
 * - a text line reaching outside its own block box, or outside the viewport sideways;
 * - a text reaching outside its nearest clipping ancestor (overflow hidden/clip/auto/scroll),
 *   sideways always, up/down only when that ancestor does not scroll (hidden/clip);
 * - a box that clips or scrolls sideways while its content is wider (scrollWidth > clientWidth);
 * - a `<select>` whose chosen option is wider than the control can show (problem starts with
 *   "select cut": a closed native select cannot wrap, see isSelectCut).
 * Screen-reader-only text (`.visually-hidden`) and hidden elements are skipped. Canvas text
 * (the Phaser map) is not DOM and is not measured here.
 */
/** A closed native `<select>` showing its chosen option cut short (it cannot wrap; its open list shows it whole). */
export function isSelectCut(o: Overflow): boolean {
  return o.problem.startsWith('select cut');
}

export async function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const SLACK = 1;
    const SELECT_CUT = 'select cut';
    const out: { where: string; text: string; problem: string }[] = [];
    const seen = new Set<string>();
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const id = e.getAttribute('data-testid') ?? e.getAttribute('data-screen') ?? '';
        const cls =
          typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        parts.unshift(`${e.tagName.toLowerCase()}${cls}${id ? `[${id}]` : ''}`);
      }
      return parts.join(' > ');
    };
    const report = (el: Element, text: string, problem: string) => {
      const key = `${describe(el)}|${problem.replace(/[\d.]+/g, '#')}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ where: describe(el), text: text.replace(/\s+/g, ' ').trim().slice(0, 80), problem });
    };
    const hidden = (el: Element) =>
      !!el.closest('.visually-hidden, [hidden], [aria-hidden="true"].visually-hidden') ||
      !(el as HTMLElement).checkVisibility?.({ checkOpacity: false, checkVisibilityCSS: true });
    const blockOf = (el: Element): Element => {
      for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).display !== 'inline') return e;
      return document.body;
    };
    const clipperOf = (el: Element): { el: Element; scrollsY: boolean } | null => {
      for (let e = el.parentElement; e && e !== document.documentElement; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible')
          return { el: e, scrollsY: s.overflowY === 'auto' || s.overflowY === 'scroll' };
      }
      return null;
    };

    // 1. Every text node's lines against its block, its clipping ancestor and the viewport.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.nodeValue && n.nodeValue.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || hidden(parent) || parent.closest('script, style, noscript, option, select')) continue;
      range.selectNodeContents(n);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0.5);
      if (!lines.length) continue;
      const text = n.nodeValue ?? '';
      const block = blockOf(parent);
      const b = block.getBoundingClientRect();
      const clip = clipperOf(parent);
      const c = clip?.el.getBoundingClientRect();
      for (const r of lines) {
        if (r.left < b.left - SLACK || r.right > b.right + SLACK) {
          report(
            parent,
            text,
            `text ${Math.round(r.width)} px wide runs outside its box (${Math.round(b.left)}–${Math.round(b.right)}, text ${Math.round(r.left)}–${Math.round(r.right)})`,
          );
        }
        if (r.left < -SLACK || r.right > vw + SLACK)
          report(
            parent,
            text,
            `text runs outside the viewport (x ${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`,
          );
        if (c && (r.left < c.left - SLACK || r.right > c.right + SLACK)) {
          report(parent, text, `text is cut sideways by ${describe(clip!.el)}`);
        }
        if (c && !clip!.scrollsY && (r.top < c.top - SLACK || r.bottom > c.bottom + SLACK)) {
          report(parent, text, `text is cut off top/bottom by ${describe(clip!.el)}`);
        }
      }
    }

    // 2. Boxes that clip or scroll sideways while their content is wider.
    for (const el of document.body.querySelectorAll('*')) {
      if (hidden(el) || el instanceof HTMLCanvasElement || el.closest('svg')) continue;
      const s = getComputedStyle(el);
      if (s.display === 'inline' || s.overflowX === 'visible') continue;
      if (el.scrollWidth > el.clientWidth + SLACK && (el.textContent ?? '').trim()) {
        report(
          el,
          el.textContent ?? '',
          `content ${el.scrollWidth} px wide in a box ${el.clientWidth} px wide (overflow-x: ${s.overflowX})`,
        );
      }
      if (
        (s.overflowY === 'hidden' || s.overflowY === 'clip') &&
        el.scrollHeight > el.clientHeight + SLACK &&
        (el.textContent ?? '').trim()
      ) {
        report(el, el.textContent ?? '', `content ${el.scrollHeight} px tall cut to ${el.clientHeight} px`);
      }
    }

    // 3. A select shows only its chosen option: the option's text must fit the control.
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    for (const sel of document.querySelectorAll('select')) {
      if (hidden(sel)) continue;
      const s = getComputedStyle(sel);
      ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const label = sel.selectedOptions[0]?.text ?? '';
      const room = sel.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 16; // the arrow
      const need = ctx.measureText(label).width;
      if (need > room + SLACK)
        report(
          sel,
          label,
          `${SELECT_CUT}: chosen option ${Math.round(need)} px wide in a select with ${Math.round(room)} px for text`,
        );
    }
    return out;
  });
}
