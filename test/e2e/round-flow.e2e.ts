// Issue 12, part 1: a flow that never hides the way on, at phone and desktop sizes, in English
// and French, with normal and larger text, for every question type.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { QuestionType } from '../../src/core/content/types.ts';
import { openGame, screenshot, SELECTORS, waitForMap, waitForTitle, type ViewportName } from './harness/index.ts';
import { answer, currentQuestion, visiblePlace, type Input } from './play/answer.ts';
import { ui } from './play/bank.ts';
import { waitOutQuestion } from './play/timing.ts';
import { expectInView } from './play/view.ts';

type Lng = 'en' | 'fr';

/** The round bar: its height and the Pause button's size and x, which must not change all round (on a phone the bar moves up and down with the map's share). */
async function barShape(page: Page): Promise<string> {
  return page.evaluate(() => {
    const bar = document.querySelector('.round-bar') as HTMLElement;
    const pause = (document.querySelector('[data-testid="pause"]') as HTMLElement).getBoundingClientRect();
    const overflow = bar.scrollWidth > bar.clientWidth + 1;
    return `h=${Math.round(bar.getBoundingClientRect().height)} pause-x=${Math.round(pause.left)} pause-h=${Math.round(pause.height)} overflow=${overflow}`;
  });
}

/** The breakdown counts up to its parts, and the parts add up to the points the verdict gave. */
async function pointsAddUp(page: Page, what: string): Promise<void> {
  if ((await page.locator('[data-testid="breakdown"]').count()) === 0) return;
  const digits = (s: string | null) => Number((s ?? '').replace(/\D/g, ''));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.breakdown .part')].every(
      (el) => (el.textContent ?? '').replace(/\D/g, '') === el.getAttribute('data-points'),
    ),
  );
  const parts = await page.locator('.breakdown .part').allInnerTexts();
  const total = digits(await page.locator('.verdict .points').innerText());
  expect(
    parts.reduce((sum, p) => sum + digits(p), 0),
    `${what}: ${parts.join(' · ')} = ${total}`,
  ).toBe(total);
}

async function largeTextBeforeLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('sahel-quiz:settings'))
      localStorage.setItem('sahel-quiz:settings', JSON.stringify({ v: 1, data: { largeText: true } }));
  });
}

async function playRound(viewport: ViewportName, lng: Lng, large: boolean): Promise<void> {
  const { page } = await openGame({
    viewport,
    query: `?test=1&lng=${lng}`,
    ...(large ? { beforeLoad: largeTextBeforeLoad } : {}),
  });
  const tag = `flow-${viewport}-${lng}${large ? '-large' : ''}`;
  await waitForTitle(page);
  await expect(page.evaluate(() => document.documentElement.classList.contains('large-text'))).resolves.toBe(large);
  await page.locator(SELECTORS.play).click();
  const seen = new Set<QuestionType>();
  let bar: string | null = null;
  let streakSeen = false;
  for (let i = 0; i < 8; i++) {
    const q = await currentQuestion(page);
    const first = !seen.has(q.type);
    seen.add(q.type);
    const what = `${tag} q${i + 1} ${q.type}`;
    // Opens at its top: the topic and the prompt are in view, the card is not scrolled.
    await expect(page.locator('[data-testid="question"]').evaluate((el) => el.scrollTop)).resolves.toBe(0);
    await expectInView(page, '[data-testid="question"] .meta', `${what}: topic`);
    await expectInView(page, '#prompt', `${what}: prompt`);
    // On a phone the map is the stage for a map question and a strip otherwise.
    if (viewport === 'phone') {
      const share = await page.evaluate(
        () => (document.querySelector('#stage') as HTMLElement).getBoundingClientRect().height / innerHeight,
      );
      if (q.type === 'locate') expect(share, `${what}: map share`).toBeGreaterThan(0.48);
      else expect(share, `${what}: map share`).toBeLessThan(0.3);
    }
    // The map is drawn at the screen's density (2 on this phone, capped at 2), so its names are crisp.
    if (first) {
      const density = await page.evaluate(() => {
        const c = document.querySelector('#stage canvas') as HTMLCanvasElement | null;
        return c ? { ratio: c.width / c.getBoundingClientRect().width, dpr: devicePixelRatio } : null;
      });
      if (density) expect(density.ratio, `${what}: canvas density`).toBeCloseTo(Math.min(2, density.dpr), 2);
      else
        expect(q.type, `${what}: no map yet (only a question without the map may come before it)`).not.toBe('locate');
    }
    if (first) await screenshot(page, `${tag}-${q.type}-asking`);
    if (i === 0) {
      // Paused: the question is hidden, Resume and Quit are offered.
      await page.locator('[data-testid="pause"]').click();
      await expectInView(page, '[data-testid="resume"]', `${what}: Resume`);
      await expectInView(page, '[data-testid="quit"]', `${what}: Quit`);
      await screenshot(page, `${tag}-paused`);
      await page.locator('[data-testid="resume"]').click();
      await page.locator(SELECTORS.askingQuestion).waitFor();
    }
    const input: Input = viewport === 'phone' ? 'touch' : i % 2 === 0 ? 'mouse' : 'keyboard';
    const right = i !== 2;
    await answer(page, q, right, input);
    await page.locator('[data-verdict]').waitFor();
    // The verdict, the points and the way on are in view, and the focus is on something visible.
    await expectInView(page, '[data-verdict]', `${what}: verdict`);
    const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
    if (verdict === 'right' || verdict === 'partial')
      await expectInView(page, '[data-testid="breakdown"]', `${what}: points breakdown`);
    await expectInView(page, '[data-testid="next"]', `${what}: Next`);
    await expectInView(page, ':focus', `${what}: focused element`);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('next');
    if (await page.locator('[data-testid="streak-line"]').count()) {
      streakSeen = true;
      const words = ui[lng].play.streak.split('{{count}}')[1].split('+')[0] as string;
      await expect(page.locator('[data-testid="streak-line"]').innerText()).resolves.toContain(words.trim());
    }
    // The bar keeps one shape all round: no wrap, no jump when the streak appears.
    const shape = await barShape(page);
    expect(shape, `${what}: bar`).toContain('overflow=false');
    bar ??= shape;
    expect(shape, `${what}: bar stable`).toBe(bar);
    await pointsAddUp(page, what);
    if (first) await screenshot(page, `${tag}-${q.type}-feedback`);
    const next = page.locator('[data-testid="next"]');
    if (input === 'touch') await next.tap();
    else if (input === 'keyboard') await page.keyboard.press('Enter');
    else await next.click();
  }
  expect([...seen].sort()).toEqual(['choice', 'locate', 'match', 'numeric', 'timeline', 'truefalse']);
  expect(streakSeen, 'a streak of right answers was shown').toBe(true);
  await page.locator('[data-screen="summary"]').waitFor();
  // A first round on this device with points is a new best.
  await expect(page.locator('[data-testid="best"]').innerText()).resolves.toContain(ui[lng].play.newBest);
  await screenshot(page, `${tag}-summary`);
}

/** A several-countries question on a phone: the places are picked on the map, so Confirm must be in view without scrolling the card. */
async function confirmInViewWhilePicking(lng: Lng, large: boolean): Promise<void> {
  const { page } = await openGame({
    viewport: 'phone',
    query: `?test=1&lng=${lng}`,
    ...(large ? { beforeLoad: largeTextBeforeLoad } : {}),
  });
  await waitForTitle(page);
  await waitForMap(page);
  await page.evaluate(() =>
    (window as any).__sahel.app.playRound(
      {
        questionIds: ['geo-coup-summit-locate'],
        timeLimitMs: null,
        timeScale: 1,
        explainDuringRound: true,
        scored: true,
      },
      1,
    ),
  );
  await page.locator(SELECTORS.askingQuestion).waitFor();
  const what = `phone ${lng}${large ? ' large' : ''} several countries`;
  await expectInView(page, '#prompt', `${what}: prompt`);
  await expectInView(page, '[data-testid="confirm"]', `${what}: Confirm at open`);
  // Picking on the map adds a "chosen" line to the card: Confirm stays in view.
  for (const id of ['NER', 'NGA']) await page.touchscreen.tap(...xy(await visiblePlace(page, id)));
  await expect(page.locator('[data-testid="confirm"]').isEnabled()).resolves.toBe(true);
  await expectInView(page, '[data-testid="confirm"]', `${what}: Confirm after picking`);
  await screenshot(page, `flow-phone-${lng}${large ? '-large' : ''}-countries-confirm`);
  await page.locator('[data-testid="confirm"]').tap();
  await expect(page.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('right');
  await expectInView(page, '[data-testid="next"]', `${what}: Next`);
}

const xy = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

/** The states a played round may not reach: a time-out (verdict, Next and focus in view) and Quit's confirmation. */
async function timeOutAndQuit(viewport: ViewportName, lng: Lng): Promise<void> {
  // Playwright's clock, so the test need not wait the question's 5 s out (see waitOutQuestion).
  const { page } = await openGame({ viewport, query: `?test=1&lng=${lng}`, beforeLoad: (p) => p.clock.install() });
  const tag = `flow-${viewport}-${lng}`;
  await waitForTitle(page);
  // The shortest base: a true/false gets its 5 s, then a second question to quit from.
  const ids = ['coup-bazoum-elected-tf', 'coup-tchiani-tf'];
  await page.evaluate(
    (questionIds) =>
      (window as any).__sahel.app.playRound(
        { questionIds, timeLimitMs: 5_000, timeScale: 1, explainDuringRound: true, scored: true },
        1,
      ),
    ids,
  );
  await page.locator(SELECTORS.askingQuestion).waitFor();
  const q = await currentQuestion(page);
  await waitOutQuestion(page, q, 5_000);
  await expectInView(page, '[data-verdict]', `${tag} time-out: verdict`);
  await expectInView(page, '[data-testid="next"]', `${tag} time-out: Next`);
  await expectInView(page, ':focus', `${tag} time-out: focused element`);
  await expect(page.locator('[data-verdict]').innerText()).resolves.toContain(ui[lng].feedback.timeout);
  // The bar's clock says the time is gone (it said 1 s, the last second it had drawn).
  await expect(page.locator('[data-testid="time-left"]').textContent()).resolves.toMatch(/^0\D/);
  await screenshot(page, `${tag}-timeout`);
  await page.locator('[data-testid="next"]').click();
  await page.locator(SELECTORS.askingQuestion).waitFor();
  await page.locator('[data-testid="pause"]').click();
  await page.locator('[data-testid="quit"]').click();
  await expectInView(page, '[data-testid="quit-yes"]', `${tag} quit: Yes`);
  await expectInView(page, '[data-testid="quit-no"]', `${tag} quit: No`);
  await expect(page.locator('[data-testid="quit-confirm"]').innerText()).resolves.toContain(ui[lng].play.quitConfirm);
  await screenshot(page, `${tag}-quit-confirm`);
}

describe('a flow that never hides the way on', { timeout: 300_000 }, () => {
  test('phone, fr: Confirm of a several-countries question stays in view while the places are picked on the map', async () => {
    await confirmInViewWhilePicking('fr', false);
  });
  test('phone, larger text, en: Confirm of a several-countries question stays in view', async () => {
    await confirmInViewWhilePicking('en', true);
  });
  for (const viewport of ['phone', 'desktop'] as const) {
    for (const lng of ['en', 'fr'] as const) {
      test(`${viewport}, ${lng}, normal text: every type opens at its top; verdict, Next and focus in view`, async () => {
        await playRound(viewport, lng, false);
      });
    }
  }
  for (const viewport of ['phone', 'desktop'] as const) {
    for (const lng of ['en', 'fr'] as const) {
      test(`${viewport}, ${lng}: a time-out keeps its verdict, Next and focus in view; Quit asks first`, async () => {
        await timeOutAndQuit(viewport, lng);
      });
    }
  }
  test('phone, French, larger text', async () => {
    await playRound('phone', 'fr', true);
  });
  test('desktop, English, larger text', async () => {
    await playRound('desktop', 'en', true);
  });
});
