import type { Page } from 'playwright-core';
import type { Question } from '../../../src/core/content/types.ts';
import { places, question } from './bank.ts';
import { type Driver, type Input, playwrightDriver } from './driver.ts';

export type { Input } from './driver.ts';

/** The question on screen now (waits until one is being asked). */
export async function currentQuestion(page: Page | Driver): Promise<Question> {
  const id = await drive(page).visibleAttr('[data-testid="question"][data-state="asking"]', 'data-question-id');
  return question(id as string);
}

/** Waits until the map takes clicks and its camera is still (a question's framing flight or a zoom has ended). */
export async function waitForStillMap(page: Page | Driver): Promise<void> {
  const d = drive(page);
  await d.waitUntil(() => document.documentElement.dataset.map === 'ready', undefined);
  await d.waitUntil(() => (window as any).__sahel.map.viewState().moving === false, undefined);
}

/**
 * Plays a round of exactly these questions (no clock, explained after each, scored), started through
 * the test hook, and waits until the first is asked with the map still.
 */
export async function playQuestions(page: Page, questionIds: readonly string[]): Promise<void> {
  await page.evaluate(
    (ids) =>
      (window as any).__sahel.app.playRound(
        { questionIds: ids, timeLimitMs: null, timeScale: 1, explainDuringRound: true, scored: true },
        1,
      ),
    [...questionIds],
  );
  await page.locator('[data-testid="question"][data-state="asking"]').waitFor();
  await waitForStillMap(page);
}

/** Where a place is on screen now, in page pixels, from the game's own projection (once the camera is still). */
export async function placeOnScreen(page: Page | Driver, id: string): Promise<{ x: number; y: number }> {
  const d = drive(page);
  // The map loads behind the DOM screens (a map question is asked only once it has; this is for callers outside a question).
  await waitForStillMap(d);
  const city = places.cities[id];
  const anchor = places.countries[id]?.anchor;
  if (!city && !anchor) throw new Error(`no place ${id}`);
  const [lon, lat] = city ? [city.lon, city.lat] : (anchor as [number, number]);
  return d.evaluate(([lo, la]) => (window as any).__sahel.map.projectToScreen(lo, la), [lon, lat] as const);
}

/** A Playwright page is wrapped; a Driver (e.g. Firefox's) is used as is. */
function drive(page: Page | Driver): Driver {
  return 'locator' in page ? playwrightDriver(page) : page;
}

/**
 * Where a place is on screen, zooming the map out first (with its − button, as a person would)
 * while the place lies outside the map's visible part: a map question frames a region, not the
 * whole map.
 */
export async function visiblePlace(page: Page | Driver, id: string): Promise<{ x: number; y: number }> {
  const d = drive(page);
  for (let i = 0; ; i++) {
    const p = await placeOnScreen(d, id);
    const inside = await d.evaluate(({ x, y }) => {
      const r = (document.querySelector('#stage canvas') as HTMLElement).getBoundingClientRect();
      const margin = 24;
      if (x < r.left + margin || y < r.top + margin || x > r.right - margin || y > r.bottom - margin) return false;
      // Not under the map's own buttons.
      const under = document.elementFromPoint(x, y);
      return !!under && !under.closest('.map-controls');
    }, p);
    if (inside || i >= 6) return p;
    await d.press('[data-testid="map-zoom-out"]', 'mouse');
  }
}

/**
 * Answers the question on screen as a person would: right, or on purpose wrong. Map questions
 * are answered on the map by mouse/touch, or through the place list by keyboard.
 */
export async function answer(page: Page | Driver, q: Question, right: boolean, input: Input): Promise<void> {
  const d = drive(page);
  switch (q.type) {
    case 'choice': {
      const pick = right ? q.answer : (q.choices.find((c) => c !== q.answer) as string);
      if (input === 'keyboard') {
        const ids = await d.attrs('.choices [data-choice]', 'data-choice');
        await d.key(String(ids.indexOf(pick) + 1));
      } else await d.press(`[data-choice="${pick}"]`, input);
      return;
    }
    case 'truefalse': {
      const value = right ? q.answer : !q.answer;
      if (input === 'keyboard') await d.key(value ? '1' : '2');
      else await d.press(`[data-choice="${value}"]`, input);
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
        await d.press('[data-testid="place-list-toggle"]', 'keyboard');
        for (const id of targets) await d.press(`[data-place="${id}"]`, 'keyboard');
      } else {
        for (const id of targets) await d.pointAt(await visiblePlace(d, id), input);
      }
      if (q.mode === 'countries') await d.press('[data-testid="confirm"]', input);
      return;
    }
    case 'numeric': {
      const value = right ? q.answer : q.answer + (q.max - q.min) / 2 > q.max ? q.min : q.max;
      await d.fill('.numeric input[type=number]', String(value));
      if (input === 'keyboard') await d.key('Enter');
      else await d.press('[data-testid="confirm"]', input);
      return;
    }
    case 'timeline': {
      const goal = right ? q.order : [...q.order].reverse();
      for (let i = 0; i < goal.length; i++) {
        // Move goal[i] up until it stands at position i.
        for (;;) {
          const now = await d.attrs('.timeline [data-event]', 'data-event');
          const at = now.indexOf(goal[i] as string);
          if (at <= i) break;
          await d.press(`.timeline [data-event="${goal[i]}"] button.up`, input);
        }
      }
      await d.press('[data-testid="confirm"]', input);
      return;
    }
    case 'match': {
      const speakers = q.pairs.map((p) => p.speaker);
      for (const [i, p] of q.pairs.entries()) {
        const who = right ? p.speaker : (speakers[(i + 1) % speakers.length] as string);
        await d.select(`select[data-statement="${p.statement}"]`, who);
      }
      await d.press('[data-testid="confirm"]', input);
      return;
    }
  }
}
