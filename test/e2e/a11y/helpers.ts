import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Question } from '../../../src/core/content/types.ts';
import type { RoundState } from '../../../src/core/round/types.ts';

/** WCAG 2.0–2.2 A and AA: what issue 7 asks the game to meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per axe violation (rule, impact, where), so a failing audit says what to fix. */
export async function audit(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${where}: ${v.id} (${v.impact ?? '?'}) at ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}

/** Waits until the page's fonts are in and every CSS animation or transition that ends has ended, so an audit sees the final look. */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY),
  );
}

/** The live round as the game saved it (`sahel-quiz:round`), i.e. the state the views draw from. */
export async function savedRound(page: Page): Promise<RoundState | null> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('sahel-quiz:round');
    return raw ? (JSON.parse(raw).data.state as RoundState) : null;
  });
}

/** What has the keyboard focus: a short description for messages, and whether focus is visibly drawn. */
export async function focused(
  page: Page,
): Promise<{ desc: string; visible: boolean; matches: (sel: string) => Promise<boolean> }> {
  const info = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { desc: 'body', visible: false };
    const cs = getComputedStyle(el);
    const visible = el.matches(':focus-visible') && cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    return {
      desc: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      visible,
    };
  });
  return { ...info, matches: (sel) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, sel) };
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, checking at every
 * stop that the focus is visible. Throws when it is not reached within `max` presses.
 */
export async function tabTo(page: Page, selector: string, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = opts.max ?? 60;
  for (let i = 0; i <= max; i++) {
    const f = await focused(page);
    if (await f.matches(selector)) {
      if (!f.visible) throw new Error(`focus on ${f.desc} is not visible`);
      return;
    }
    if (i > 0 && f.desc !== 'body' && !f.visible) throw new Error(`focus on ${f.desc} is not visible`);
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Visible controls in the DOM overlay smaller than 44×44 CSS px (radios and checkboxes count by their label). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const els = document.querySelectorAll<HTMLElement>(
      '#ui button, #ui select, #ui input:not([type=radio]):not([type=checkbox]), #ui label.option, #ui a[href]',
    );
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('[hidden], .visually-hidden')) continue;
      if (r.width < 43.5 || r.height < 43.5)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
        );
    }
    return out;
  });
}

/** Elements of the overlay sticking out sideways past the viewport (text too big for the layout). */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('#ui *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > w + 1 || r.left < -1) && !el.closest('.visually-hidden'))
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${r.left.toFixed(0)}..${r.right.toFixed(0)}`);
    }
    return out;
  });
}

/** The option index (in a <select>) or list position a keyboard user has to travel to. */
export async function ids(page: Page, selector: string, attr: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? ''), attr);
}

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * Answers the question on screen with the keyboard alone (no focus() calls, no mouse, no fill()):
 * number keys, Tab and Shift+Tab, arrows, Home, Enter and Space, starting from where the game
 * put the focus.
 */
export async function answerByKeyboard(page: Page, q: Question, right: boolean): Promise<void> {
  switch (q.type) {
    case 'choice': {
      const pick = right ? q.answer : (q.choices.find((c) => c !== q.answer) as string);
      const order = await ids(page, '.choices [data-choice]', 'data-choice');
      await page.keyboard.press(String(order.indexOf(pick) + 1));
      return;
    }
    case 'truefalse': {
      // Focus starts on "True"; Tab reaches "False"; Space presses the focused one.
      const value = right ? q.answer : !q.answer;
      await tabTo(page, `[data-choice="${value}"]`);
      await page.keyboard.press('Space');
      return;
    }
    case 'locate': {
      const targets = right
        ? q.targets
        : [
            q.mode === 'city'
              ? q.targets[0] === 'abuja'
                ? 'bamako'
                : 'abuja'
              : q.targets[0] === 'TCD'
                ? 'SDN'
                : 'TCD',
          ];
      await tabTo(page, '[data-testid="place-list-toggle"]');
      await page.keyboard.press('Enter');
      const order = await ids(page, '.places [data-place]', 'data-place');
      let at = 0;
      for (const id of targets) {
        const to = order.indexOf(id);
        if (to < 0) throw new Error(`${id} is not in the place list`);
        if (to < at) {
          await page.keyboard.press('Home');
          at = 0;
        }
        await press(page, 'ArrowDown', to - at);
        at = to;
        const f = await focused(page);
        if (!(await f.matches(`[data-place="${id}"]`))) throw new Error(`arrows reached ${f.desc}, not ${id}`);
        if (!f.visible) throw new Error(`focus on ${f.desc} is not visible`);
        await page.keyboard.press(q.mode === 'countries' ? 'Space' : 'Enter');
      }
      if (q.mode === 'countries') {
        await tabTo(page, '[data-testid="confirm"]');
        await page.keyboard.press('Enter');
      }
      return;
    }
    case 'numeric': {
      const value = right ? q.answer : q.answer + (q.max - q.min) / 2 > q.max ? q.min : q.max;
      await tabTo(page, '.numeric input[type=number]');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(String(value));
      await page.keyboard.press('Enter');
      return;
    }
    case 'timeline': {
      const goal = right ? q.order : [...q.order].reverse();
      for (let i = 0; i < goal.length; i++) {
        const id = goal[i] as string;
        let now = await ids(page, '.timeline [data-event]', 'data-event');
        if (now.indexOf(id) <= i) continue;
        // Reach the event's "move earlier" button by Tab (or back by Shift+Tab), then press it until it stands at i.
        const up = `.timeline [data-event="${id}"] button.up`;
        try {
          await tabTo(page, up, { max: 12 });
        } catch {
          await tabTo(page, up, { back: true });
        }
        while (now.indexOf(id) > i) {
          await page.keyboard.press('Enter');
          now = await ids(page, '.timeline [data-event]', 'data-event');
        }
      }
      await tabTo(page, '[data-testid="confirm"]');
      await page.keyboard.press('Enter');
      return;
    }
    case 'match': {
      const speakers = q.pairs.map((p) => p.speaker);
      for (const [i, p] of q.pairs.entries()) {
        const who = right ? p.speaker : (speakers[(i + 1) % speakers.length] as string);
        const sel = `select[data-statement="${p.statement}"]`;
        try {
          await tabTo(page, sel, { max: 8 });
        } catch {
          await tabTo(page, sel, { back: true });
        }
        const options = await ids(page, `${sel} option`, 'value');
        // Arrow keys change a closed <select> in Chromium; Home goes back to "Who said it?".
        await page.keyboard.press('Home');
        await press(page, 'ArrowDown', options.indexOf(who));
        const got = await page.locator(sel).inputValue();
        if (got !== who) throw new Error(`keyboard chose ${got}, not ${who}`);
      }
      await tabTo(page, '[data-testid="confirm"]');
      await page.keyboard.press('Enter');
      return;
    }
  }
}
