/**
 * Icons need no font: the verdict marks (right, wrong, partly right, time ran out) and the summary's marks
 * are inline SVG beside their words, and no screen shows a symbol character that a machine without an
 * emoji or symbol font would draw as an empty box. English on a desktop, French on a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openGame, SELECTORS, screenshot, waitForTitle } from './harness/index.ts';
import { answer, currentQuestion, type Input } from './play/answer.ts';
import { ui } from './play/bank.ts';
import { waitOutQuestion } from './play/timing.ts';

/** Visible text, and CSS-generated content, that contains a symbol character. */
async function symbolsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The plain arrows ← ↑ → ↓ ↔ ↕ (U+2190–2195) are in every text font (WGL4): a translator's
    // separator ("A → B", ui.json round.then) is text, not an icon. Other arrows and symbols are not.
    const symbol = /[\u2196-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2B00-\u2BFF\u{1F000}-\u{1FAFF}]|\uFE0F/u;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el?.checkVisibility() && symbol.test(n.nodeValue ?? '')) out.push(n.nodeValue ?? '');
    }
    for (const el of document.body.querySelectorAll('*')) {
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(el, pseudo).content;
        if (content && content !== 'none' && symbol.test(content)) out.push(`${pseudo} ${content}`);
      }
    }
    return out;
  });
}

/** The verdict's icon: an SVG, with no text of its own, beside the verdict's words. */
async function verdictIcon(
  page: Page,
  timeout = 30_000,
): Promise<{ icon: string | null; text: string; glyph: string }> {
  const verdict = page.locator('[data-verdict]');
  await verdict.waitFor({ timeout });
  return {
    icon: await verdict.locator('.icon svg').getAttribute('data-icon'),
    text: (await verdict.innerText()).trim(),
    glyph: await verdict.locator('.icon').evaluate((e) => e.textContent ?? ''),
  };
}

const plays = [
  { lng: 'en', viewport: 'desktop', input: 'mouse' },
  { lng: 'fr', viewport: 'phone', input: 'touch' },
] as const;

describe('icons that need no font', { timeout: 180_000 }, () => {
  test.each(plays)('$lng on $viewport: right, wrong and time-out marks are SVG; no symbol characters', async (p) => {
    const words = ui[p.lng];
    const { page, guard } = await openGame({ viewport: p.viewport, query: `?test=1&lng=${p.lng}` });
    // Playwright's clock, so the time-out need not be waited for (waitOutQuestion).
    await page.clock.install();
    await page.reload();
    await waitForTitle(page);
    expect(await symbolsOnScreen(page)).toEqual([]);
    await page.locator(SELECTORS.play).click();

    const first = await currentQuestion(page);
    await answer(page, first, true, p.input as Input);
    const right = await verdictIcon(page);
    expect(right).toMatchObject({ icon: 'check', glyph: '' });
    expect(right.text).toContain(words.feedback.right);
    expect(await symbolsOnScreen(page)).toEqual([]);
    await screenshot(page, `icons-${p.lng}-right`);
    await page.locator('[data-testid="next"]').click();

    const second = await currentQuestion(page);
    await answer(page, second, false, p.input as Input);
    const wrong = await verdictIcon(page);
    expect(['cross', 'partial']).toContain(wrong.icon);
    expect(wrong.glyph).toBe('');
    expect(wrong.text).toContain(wrong.icon === 'cross' ? words.feedback.wrong : words.feedback.partial.split('{{')[0]);
    await page.locator('[data-testid="next"]').click();

    const third = await currentQuestion(page);
    // Nothing answered: the question's own time runs out (up to 50 s for a four-pair match).
    await waitOutQuestion(page, third);
    const timeout = await verdictIcon(page);
    expect(timeout).toMatchObject({ icon: 'timer', glyph: '' });
    expect(timeout.text).toContain(words.feedback.timeout);
    expect(await symbolsOnScreen(page)).toEqual([]);
    await screenshot(page, `icons-${p.lng}-timeout`);
    expect(guard.problems).toEqual([]);
  });
});
