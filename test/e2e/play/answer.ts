import type { Page } from 'playwright-core';
import { waitForMap } from '../harness/contract.ts';
import type { Question } from '../../../src/core/content/types.ts';
import { places, question } from './bank.ts';

export type Input = 'mouse' | 'keyboard' | 'touch';

/** The question on screen now (waits until one is being asked). */
export async function currentQuestion(page: Page): Promise<Question> {
  const card = page.locator('[data-testid="question"][data-state="asking"]');
  await card.waitFor({ state: 'visible' });
  return question((await card.getAttribute('data-question-id')) as string);
}

/** Waits until the map's camera is still (a question's framing flight or a zoom has ended). */
export async function waitForStillMap(page: Page): Promise<void> {
  await waitForMap(page);
  await page.waitForFunction(() => (window as any).__sahel.map.viewState().moving === false);
}

/** Where a place is on screen now, in page pixels, from the game's own projection (once the camera is still). */
export async function placeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  // The map loads behind the DOM screens (a map question is asked only once it has; this is for callers outside a question).
  await waitForStillMap(page);
  const city = places.cities[id];
  const anchor = places.countries[id]?.anchor;
  if (!city && !anchor) throw new Error(`no place ${id}`);
  const [lon, lat] = city ? [city.lon, city.lat] : (anchor as [number, number]);
  return page.evaluate(([lo, la]) => (window as any).__sahel.map.projectToScreen(lo, la), [lon, lat] as const);
}

/**
 * Where a place is on screen, zooming the map out first (with its − button, as a person would)
 * while the place lies outside the map's visible part: a map question frames a region, not the
 * whole map.
 */
export async function visiblePlace(page: Page, id: string): Promise<{ x: number; y: number }> {
  for (let i = 0; ; i++) {
    const p = await placeOnScreen(page, id);
    const inside = await page.evaluate(({ x, y }) => {
      const r = (document.querySelector('#stage canvas') as HTMLElement).getBoundingClientRect();
      const margin = 24;
      if (x < r.left + margin || y < r.top + margin || x > r.right - margin || y > r.bottom - margin) return false;
      // Not under the map's own buttons.
      const under = document.elementFromPoint(x, y);
      return !!under && !under.closest('.map-controls');
    }, p);
    if (inside || i >= 6) return p;
    await page.locator('[data-testid="map-zoom-out"]').click();
  }
}

async function clickAt(page: Page, p: { x: number; y: number }, input: Input): Promise<void> {
  if (input === 'touch') await page.touchscreen.tap(p.x, p.y);
  else await page.mouse.click(p.x, p.y);
}

async function press(page: Page, selector: string, input: Input): Promise<void> {
  const el = page.locator(selector).first();
  if (input === 'keyboard') {
    await el.focus();
    await page.keyboard.press('Enter');
  } else if (input === 'touch') await el.tap();
  else await el.click();
}

/**
 * Answers the question on screen as a person would: right, or on purpose wrong. Map questions
 * are answered on the map by mouse/touch, or through the place list by keyboard.
 */
export async function answer(page: Page, q: Question, right: boolean, input: Input): Promise<void> {
  switch (q.type) {
    case 'choice': {
      const pick = right ? q.answer : (q.choices.find((c) => c !== q.answer) as string);
      if (input === 'keyboard') {
        const ids = await page
          .locator('.choices [data-choice]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-choice')));
        await page.keyboard.press(String(ids.indexOf(pick) + 1));
      } else await press(page, `[data-choice="${pick}"]`, input);
      return;
    }
    case 'truefalse': {
      const value = right ? q.answer : !q.answer;
      if (input === 'keyboard') await page.keyboard.press(value ? '1' : '2');
      else await press(page, `[data-choice="${value}"]`, input);
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
      if (input === 'keyboard') {
        await press(page, '[data-testid="place-list-toggle"]', 'keyboard');
        for (const id of targets) await press(page, `[data-place="${id}"]`, 'keyboard');
      } else {
        for (const id of targets) await clickAt(page, await visiblePlace(page, id), input);
      }
      if (q.mode === 'countries') await press(page, '[data-testid="confirm"]', input);
      return;
    }
    case 'numeric': {
      const value = right ? q.answer : q.answer + (q.max - q.min) / 2 > q.max ? q.min : q.max;
      await page.locator('.numeric input[type=number]').fill(String(value));
      if (input === 'keyboard') await page.keyboard.press('Enter');
      else await press(page, '[data-testid="confirm"]', input);
      return;
    }
    case 'timeline': {
      const goal = right ? q.order : [...q.order].reverse();
      for (let i = 0; i < goal.length; i++) {
        // Move goal[i] up until it stands at position i.
        for (;;) {
          const now = await page
            .locator('.timeline [data-event]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
          const at = now.indexOf(goal[i] as string);
          if (at <= i) break;
          await press(page, `.timeline [data-event="${goal[i]}"] button.up`, input);
        }
      }
      await press(page, '[data-testid="confirm"]', input);
      return;
    }
    case 'match': {
      const speakers = q.pairs.map((p) => p.speaker);
      for (const [i, p] of q.pairs.entries()) {
        const who = right ? p.speaker : (speakers[(i + 1) % speakers.length] as string);
        await page.locator(`select[data-statement="${p.statement}"]`).selectOption(who);
      }
      await press(page, '[data-testid="confirm"]', input);
      return;
    }
  }
}
