import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/core/content/types.ts';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { decodeResultCode } from '../../src/core/share/resultCode.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { answer, currentQuestion, placeOnScreen } from '../e2e/play/answer.ts';
import { pack, ui } from '../e2e/play/bank.ts';
import type { Driver, Input } from '../e2e/play/driver.ts';
import { closeFirefox, openFirefox } from './firefox.ts';

// Issue 18: the game in Firefox ESR (Debian's), driven over WebDriver BiDi, with the same
// round-playing code as the Chromium tests (test/e2e/play/answer.ts through a Driver).

const ref = packRef(pack);
const byType = (type: string, pred: (q: any) => boolean = () => true) =>
  pack.questions.find((q) => q.type === type && pred(q))?.id as string;
const digits = (s: string | null | undefined) => Number((s ?? '').replace(/\D/g, '') || '0');
const link = (a: Assignment) => `?test=1#r=${encodeAssignment(a, ref)}`;

const text = (page: Page, selector: string) =>
  page.waitForSelector(selector, { visible: true }).then((el) => el?.evaluate((e) => (e as HTMLElement).innerText));
const waitTitle = (page: Page) =>
  page
    .waitForFunction(() => document.documentElement.dataset.ready === 'title', { timeout: 30_000 })
    .then(() => page.waitForSelector('[data-testid="play"]', { visible: true }));

/** Plays `count` questions: right on even ones, wrong on odd ones; returns how many were right. */
async function playQuestions(d: Driver, count: number, input: Input, seen?: (q: Question) => void): Promise<number> {
  let right = 0;
  for (let i = 0; i < count; i++) {
    const q = await currentQuestion(d);
    seen?.(q);
    const aim = i % 2 === 0;
    await answer(d, q, aim, input);
    const verdict = await d.visibleAttr('[data-verdict]', 'data-verdict');
    expect(verdict === 'right', `${q.id} (${q.type}) answered ${aim ? 'right' : 'wrong'} by ${input}`).toBe(aim);
    if (aim) right++;
    const [points] = await d.evaluate(() => [document.querySelector('.verdict .points')?.textContent ?? ''], null);
    announced.push(digits(points));
    await d.press('[data-testid="next"]', input);
  }
  return right;
}

/** Points each feedback announced, in order (cleared by the test that reads them). */
const announced: number[] = [];

afterAll(closeFirefox);

describe('Firefox ESR', { timeout: 180_000 }, () => {
  test('desktop, English, by mouse: a whole round to a summary that adds up', async () => {
    const { page, driver } = await openFirefox({ viewport: 'desktop', query: '?test=1' });
    await waitTitle(page);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await driver.press('[data-testid="play"]', 'mouse');
    const types = new Set<string>();
    announced.length = 0;
    const right = await playQuestions(driver, 8, 'mouse', (q) => types.add(q.type));
    expect(types.size).toBe(6);
    await page.waitForSelector('[data-screen="summary"]');
    await expect(text(page, '[data-testid="correct-count"]')).resolves.toBe(`${right} of 8`);
    // The final score is the sum of the points each answer was given.
    const sum = announced.reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0);
    await expect(text(page, '[data-testid="final-score"]').then(digits)).resolves.toBe(sum);
  });

  test('phone size, French browser, by touch: a whole round in French', async () => {
    const { page, driver } = await openFirefox({ viewport: 'phone', locale: 'fr-FR', query: '?test=1' });
    await waitTitle(page);
    // Taps are touch input (WebDriver BiDi pointer actions of type touch); Firefox does not emulate a touch screen
    // here (navigator.maxTouchPoints stays 0), so the phone layout is chosen by width, as the game does.
    await expect(page.evaluate(() => [document.documentElement.lang, innerWidth])).resolves.toEqual(['fr', 390]);
    await expect(text(page, '[data-testid="play"]')).resolves.toBe(ui.fr.title.play);
    await page.evaluate(() =>
      addEventListener('pointerdown', (e) => ((window as any).firstPointer = e.pointerType), {
        once: true,
        capture: true,
      }),
    );
    await driver.press('[data-testid="play"]', 'touch');
    await expect(page.evaluate(() => (window as any).firstPointer)).resolves.toBe('touch');
    const right = await playQuestions(driver, 8, 'touch');
    await page.waitForSelector('[data-screen="summary"]');
    await expect(text(page, '.summary-card h1')).resolves.toBe(ui.fr.summary.title);
    await expect(text(page, '[data-testid="correct-count"]')).resolves.toBe(`${right} sur 8`);
  });

  test('a click on the map picks the country under it, and a click elsewhere is wrong', async () => {
    const a: Assignment = {
      v: 1,
      title: 'Map',
      questionIds: ['geo-niger-locate', 'geo-mali-locate'],
      timeLimitMs: 60_000,
      allowTimeChange: false,
      language: null,
      shuffle: false,
      explainDuringRound: true,
    };
    const { page, driver } = await openFirefox({ viewport: 'desktop', query: link(a) });
    await page.waitForSelector('[data-testid="student-name"]', { visible: true });
    await page.type('[data-testid="student-name"]', 'Ada');
    await driver.press('[data-testid="assigned-start"]', 'mouse');
    const q = await currentQuestion(driver);
    expect(q.id).toBe('geo-niger-locate');
    await driver.pointAt(await placeOnScreen(driver, 'NER'), 'mouse');
    await expect(driver.visibleAttr('[data-verdict]', 'data-verdict')).resolves.toBe('right');
    await expect(text(page, '[data-testid="question"] .truth')).resolves.toContain('Niger');
    await driver.press('[data-testid="next"]', 'mouse');
    // Mali asked, Chad clicked: the click picks Chad, which is wrong.
    await expect(currentQuestion(driver).then((x) => x.id)).resolves.toBe('geo-mali-locate');
    await driver.pointAt(await placeOnScreen(driver, 'TCD'), 'mouse');
    await expect(driver.visibleAttr('[data-verdict]', 'data-verdict')).resolves.toBe('wrong');
    // Firefox paints the still map in the map worker too (OffscreenCanvas, bitmaprenderer).
    await page.waitForFunction(() => document.documentElement.dataset.mapPaint !== undefined);
    await expect(page.evaluate(() => document.documentElement.dataset.mapPaint)).resolves.toBe('worker');
  });

  test('the guard sees what the page reports: an inline script refused by the CSP fails a test', async () => {
    const { page, problems } = await openFirefox({ viewport: 'desktop', query: '?test=1' });
    await waitTitle(page);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.head.append(s);
    });
    await expect.poll(() => problems.map((p) => p.text).join('\n')).toMatch(/Content-Security-Policy/);
    await expect(page.evaluate(() => (window as any).inlineRan ?? false)).resolves.toBe(false);
    problems.length = 0; // seen, as it should be: not a failure of this test
  });

  test('settings survive a reload', async () => {
    const { page, driver } = await openFirefox({ viewport: 'desktop', query: '?test=1' });
    await waitTitle(page);
    await driver.press('[data-testid="settings"]', 'mouse');
    await page.waitForSelector('[data-screen="settings"]');
    await driver.press('[data-testid="time-2"]', 'mouse');
    await driver.press('[data-testid="large-text"]', 'mouse');
    await expect(text(page, '[data-testid="settings-status"]')).resolves.toBe(ui.en.settings.saved);
    await driver.select('[data-testid="settings-language"]', 'fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.reload();
    await waitTitle(page);
    await expect(text(page, '[data-testid="play"]')).resolves.toBe(ui.fr.title.play);
    await expect(page.evaluate(() => document.documentElement.classList.contains('large-text'))).resolves.toBe(true);
    await driver.press('[data-testid="settings"]', 'mouse');
    const checked = (id: string) => page.$eval(`[data-testid="${id}"]`, (e) => (e as HTMLInputElement).checked);
    await expect(checked('time-2')).resolves.toBe(true);
    await expect(checked('large-text')).resolves.toBe(true);
  });

  test("offline after one visit: Firefox's service worker brings the game back with the server gone", async () => {
    const { page, driver, server, url } = await openFirefox({ viewport: 'desktop', query: '?test=1' });
    await waitTitle(page);
    await driver.press('[data-testid="play"]', 'mouse');
    await currentQuestion(driver);
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, { timeout: 60_000 });
    // Precached means every file: wait for the install to have finished filling the cache.
    await page.waitForFunction(
      async () => {
        for (const name of await caches.keys())
          if ((await (await caches.open(name)).keys()).some((r) => r.url.includes('/assets/createGame-'))) return true;
        return false;
      },
      { timeout: 60_000, polling: 500 },
    );
    await server.close();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitTitle(page);
    await driver.press('[data-testid="play"]', 'mouse');
    await expect(playQuestions(driver, 2, 'mouse')).resolves.toBe(1);
    await expect(text(page, '.round-bar .progress')).resolves.toBe('Question 3 of 8');
  });

  test('an assigned link gives a result code, and class results read it', async () => {
    const a: Assignment = {
      v: 1,
      title: 'Week 3',
      questionIds: [byType('truefalse'), byType('choice'), byType('numeric')],
      timeLimitMs: 60_000,
      allowTimeChange: false,
      language: null,
      shuffle: false,
      explainDuringRound: false,
    };
    const { page, driver, url } = await openFirefox({ viewport: 'desktop', query: link(a) });
    await page.waitForSelector('[data-testid="student-name"]', { visible: true });
    await page.type('[data-testid="student-name"]', 'Aïcha');
    await driver.press('[data-testid="assigned-start"]', 'mouse');
    await playQuestions(driver, 3, 'mouse');
    await page.waitForSelector('[data-screen="summary"]');
    const code = (await text(page, '[data-testid="result-code"]')) as string;
    const decoded = decodeResultCode(code, ref);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.name).toBe('Aïcha');
    expect(decoded.value.answers.map((x) => x.correctness === 1)).toEqual([true, false, true]);

    await page.goto(url.replace(/#.*$/, ''), { waitUntil: 'domcontentloaded' });
    await waitTitle(page);
    await driver.press('[data-testid="class-results"]', 'mouse');
    await page.waitForSelector('[data-screen="class-results"]');
    await page.type('[data-testid="codes"]', code);
    await driver.press('[data-testid="read-codes"]', 'mouse');
    await page.waitForSelector('[data-testid="student-row"]');
    await expect(page.$$eval('[data-testid="student-row"]', (rows) => rows.length)).resolves.toBe(1);
    await expect(text(page, '[data-testid="student-row"] [data-testid="student-name"]')).resolves.toBe('Aïcha');
    await expect(
      page.$$eval('[data-testid="student-row"] td[data-mark]', (tds) => tds.map((td) => td.getAttribute('data-mark'))),
    ).resolves.toEqual(['right', 'wrong', 'right']);
    await expect(text(page, '[data-testid="student-score"]').then(digits)).resolves.toBe(decoded.value.score);
  });
});
