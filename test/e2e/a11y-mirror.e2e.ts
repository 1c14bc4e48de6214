import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Question } from '../../src/core/content/types.ts';
import { openGame, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion } from './play/answer.ts';
import { texts, ui } from './play/bank.ts';
import { savedRound } from './a11y/helpers.ts';

type Lng = 'en' | 'fr';
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');

/** What the map canvas draws for each place it offers, read from the map view itself. */
async function mapNames(page: Page, mode: 'city' | 'country' | 'countries'): Promise<string[]> {
  return page.evaluate((m) => {
    const map = (window as any).__sahel.map;
    const ids: string[] = map.offeredPlaces(m === 'city' ? 'cities' : 'countries');
    return ids.map((id) => map.names[id] as string);
  }, mode);
}

/** Every accessible name the test expects to find, by role, for the question on screen. */
async function checkMirror(page: Page, q: Question, lng: Lng): Promise<void> {
  const words = texts[lng][q.id] as {
    prompt: string;
    choices?: Record<string, string>;
    speakers?: Record<string, string>;
    statements?: Record<string, string>;
    events?: Record<string, string>;
  };
  const u = ui[lng];
  await expect(page.getByRole('heading', { name: words.prompt, exact: true }).count(), `${q.id} prompt`).resolves.toBe(
    1,
  );
  switch (q.type) {
    case 'choice': {
      await expect(page.locator('.choices').getByRole('button').count()).resolves.toBe(q.choices.length);
      for (const c of q.choices) {
        await expect(
          page.getByRole('button', { name: words.choices?.[c] as string, exact: true }).count(),
          `${q.id} choice ${c}`,
        ).resolves.toBe(1);
      }
      return;
    }
    case 'truefalse':
      await expect(page.locator('.choices').getByRole('button').count()).resolves.toBe(2);
      for (const name of [u.answer.true, u.answer.false])
        await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
      return;
    case 'locate': {
      await page.getByRole('button', { name: u.answer.listToggle, exact: true }).click();
      const list = page.getByRole('list', { name: u.a11y.places, exact: true });
      const drawn = await mapNames(page, q.mode);
      expect(drawn.length).toBeGreaterThan(3);
      await expect(list.getByRole('button').count()).resolves.toBe(drawn.length);
      for (const name of drawn)
        await expect(list.getByRole('button', { name, exact: true }).count(), `${q.id} place ${name}`).resolves.toBe(1);
      // Closed again, it is gone from the accessibility tree (the keyboard answer reopens it).
      await page.getByRole('button', { name: u.answer.listToggle, exact: true }).click();
      await expect(list.count()).resolves.toBe(0);
      return;
    }
    case 'numeric': {
      const slider = page.getByRole('slider', { name: u.answer.slider, exact: true });
      await expect(slider.count()).resolves.toBe(1);
      const shown = await page.locator('.numeric output').innerText();
      await expect(slider.getAttribute('aria-valuetext')).resolves.toBe(shown);
      await expect(page.getByRole('spinbutton', { name: u.answer.typeNumber, exact: true }).count()).resolves.toBe(1);
      return;
    }
    case 'timeline':
      for (const id of q.order) {
        const label = words.events?.[id] as string;
        await expect(
          page.getByRole('button', { name: fill(u.answer.moveUp, { event: label }), exact: true }).count(),
          `${q.id} ${id}`,
        ).resolves.toBe(1);
        await expect(
          page.getByRole('button', { name: fill(u.answer.moveDown, { event: label }), exact: true }).count(),
        ).resolves.toBe(1);
      }
      return;
    case 'match': {
      const speakers = new Set(q.pairs.map((p) => words.speakers?.[p.speaker] as string));
      for (const p of q.pairs) {
        const box = page.getByRole('combobox', {
          name: fill(u.answer.quoted, { text: words.statements?.[p.statement] ?? '' }),
          exact: true,
        });
        await expect(box.count(), `${q.id} ${p.statement}`).resolves.toBe(1);
        const options = (await box.locator('option').allInnerTexts()).slice(1);
        expect(new Set(options)).toEqual(speakers);
      }
    }
  }
}

// Issue 7: the DOM says what the canvas and the round's state say, in both languages.
describe.each(['en', 'fr'] as const)('the DOM mirror, %s', (lng) => {
  test('for each question: the prompt, the choices and the places have the names the content and the map have', {
    timeout: 240_000,
  }, async () => {
    const { page } = await openGame({ viewport: 'desktop', query: `?test=1&lng=${lng}` });
    await waitForTitle(page);
    await page.locator('[data-testid="settings"]').click();
    await page.locator('[data-testid="time-10"]').check();
    await page.locator('[data-testid="settings-back"]').click();
    await page.locator(SELECTORS.play).click();
    const types = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const q = await currentQuestion(page);
      types.add(q.type);
      // The card shows the question the round's state is on (a pause makes the game save that state now).
      await page.keyboard.press('Escape');
      await page.locator('.paused-panel:not([hidden])').waitFor();
      // Saved in the task after the pause.
      await expect.poll(async () => (await savedRound(page))?.phase).toBe('paused');
      const state = await savedRound(page);
      await page.keyboard.press('Escape');
      await currentQuestion(page);
      expect(state?.config.questionIds[state.index]).toBe(q.id);
      await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe(
        fill(ui[lng].round.progress, { n: String(state!.index + 1), total: '8' }),
      );
      await checkMirror(page, q, lng);
      await answer(page, q, i % 2 === 0, q.type === 'locate' ? 'keyboard' : 'mouse');
      // The verdict is in the polite status region, in words.
      const status = page.getByRole('status').filter({ has: page.locator('[data-verdict]') });
      await expect(status.innerText()).resolves.toMatch(/\S{3}/);
      if (q.type === 'locate') {
        // The map's tick is said in words: the right place's name, as the map draws it.
        const names = await page.evaluate(
          (ids) => ids.map((id) => (window as any).__sahel.map.names[id] as string),
          q.mode === 'countries' ? q.targets : [q.targets[0] as string],
        );
        const truth = await page.locator('.locate .truth').innerText();
        for (const n of names) expect(truth).toContain(n);
      }
      await page.locator('[data-testid="next"]').click();
    }
    expect(types.size).toBe(6);
  });
});
