import type { Page } from 'playwright-core';

export interface Stop {
  /** Position in the Tab order, from 0. */
  tab: number;
  /** Short description: tag, test id or text. */
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Presses Tab from the top of the page until focus comes back round (or leaves the page), and
 * returns every element it stopped on, in that order, with where each is drawn. Boxes are
 * measured after the walk with every scroller back at its start, so all are in one frame.
 */
export async function tabStops(page: Page, max = 150): Promise<Stop[]> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-tab-stop]')) el.removeAttribute('data-tab-stop');
    // Start from the top: focus the body itself (the next Tab goes to the first stop of the page).
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.getSelection()?.removeAllRanges();
  });
  const seen: number[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate((n) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return -1;
      const had = el.getAttribute('data-tab-stop');
      if (had !== null) return Number(had);
      el.setAttribute('data-tab-stop', String(n));
      return n;
    }, seen.length);
    if (at < 0 || at < seen.length) break;
    seen.push(at);
  }
  return page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) if (el.scrollTop || el.scrollLeft) el.scrollTo(0, 0);
    window.scrollTo(0, 0);
    return [...document.querySelectorAll<HTMLElement>('[data-tab-stop]')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        const id = el.dataset.testid ?? el.getAttribute('data-choice') ?? el.getAttribute('data-place') ?? el.id;
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
        return {
          tab: Number(el.dataset.tabStop),
          what: `${el.tagName.toLowerCase()}${id ? `#${id}` : ''} "${text}"`,
          x: Math.round(r.left),
          y: Math.round(r.top),
          width: Math.round(r.width),
          height: Math.round(r.height),
        };
      })
      .sort((a, b) => a.tab - b.tab);
  });
}

/**
 * Where Tab and the eye part ways. The eye reads a box's parts in rows from top to bottom, and
 * within a row from the start of the line to its end (left to right: both languages are written
 * left to right); two parts share a row when one's vertical middle lies within the other's height.
 * This is applied at every level of the page: for each element holding Tab stops in two or more
 * of its children, Tab must visit those children in reading order of their boxes, and finish one
 * before starting the next. So two columns side by side read as columns, not as interleaved lines.
 */
export async function orderProblems(page: Page, where: string): Promise<{ problems: string[]; stops: Stop[] }> {
  const stops = await tabStops(page);
  const found = await page.evaluate(() => {
    type Box = { top: number; bottom: number; left: number; mid: number };
    const stopEls = [...document.querySelectorAll<HTMLElement>('[data-tab-stop]')].sort(
      (a, b) => Number(a.dataset.tabStop) - Number(b.dataset.tabStop),
    );
    const describe = (el: Element) => {
      const h = el as HTMLElement;
      const id = h.dataset?.testid ?? h.getAttribute('data-screen') ?? h.id;
      const cls = typeof h.className === 'string' && h.className ? `.${h.className.split(' ')[0]}` : '';
      return `${el.tagName.toLowerCase()}${id ? `#${id}` : cls}`;
    };
    const boxOf = (el: Element, inside: HTMLElement[]): Box => {
      let r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0 && inside[0]) r = inside[0].getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, mid: (r.top + r.bottom) / 2 };
    };
    const sameRow = (a: Box, b: Box) => (a.mid >= b.top && a.mid <= b.bottom) || (b.mid >= a.top && b.mid <= a.bottom);
    const problems: string[] = [];
    const containers = new Set<Element>();
    for (const el of stopEls) for (let p = el.parentElement; p; p = p.parentElement) containers.add(p);
    for (const parent of containers) {
      const groups = new Map<Element, HTMLElement[]>();
      for (const el of stopEls) {
        if (!parent.contains(el) || el === parent) continue;
        let child: Element = el;
        while (child.parentElement !== parent) child = child.parentElement as Element;
        groups.set(child, [...(groups.get(child) ?? []), el]);
      }
      if (groups.size < 2) continue;
      const parts = [...groups].map(([child, inside]) => ({
        child,
        box: boxOf(child, inside),
        tabs: inside.map((e) => Number(e.dataset.tabStop)),
      }));
      // Rows of parts, top to bottom; each row from left to right.
      const rows: (typeof parts)[] = [];
      for (const part of [...parts].sort((a, b) => a.box.top - b.box.top)) {
        const row = rows.find((r) => r.some((o) => sameRow(o.box, part.box)));
        if (row) row.push(part);
        else rows.push([part]);
      }
      const eye = rows.flatMap((r) => r.sort((a, b) => a.box.left - b.box.left)).map((p) => p.child);
      const tab = [...parts].sort((a, b) => Math.min(...a.tabs) - Math.min(...b.tabs)).map((p) => p.child);
      const split = parts.filter((p) => Math.max(...p.tabs) - Math.min(...p.tabs) + 1 !== p.tabs.length);
      if (eye.some((c, i) => c !== tab[i]))
        problems.push(
          `in ${describe(parent)}: Tab goes ${tab.map(describe).join(' → ')}; the eye reads ${eye.map(describe).join(' → ')}`,
        );
      for (const p of split)
        problems.push(`in ${describe(parent)}: Tab leaves ${describe(p.child)} and comes back to it`);
    }
    return problems;
  });
  if (found.length === 0) return { problems: [], stops };
  const line = (s: Stop) => `  ${String(s.tab).padStart(2)} ${s.what} @(${s.x},${s.y} ${s.width}×${s.height})`;
  return { problems: [`${where}:`, ...found.map((f) => `  ${f}`), '  Tab stops:', ...stops.map(line)], stops };
}
