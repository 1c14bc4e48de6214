import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { openGame, screenshot, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion } from './play/answer.ts';
import { pack } from './play/bank.ts';

const byType = (type: string, n = 0) => pack.questions.filter((q) => q.type === type)[n]?.id as string;

/** A short assigned round, built in node the way the teacher's page builds one. */
const assignment: Assignment = {
  v: 1,
  title: 'Offline check',
  questionIds: [byType('choice'), byType('locate'), byType('truefalse')],
  timeLimitMs: 60_000,
  allowTimeChange: false,
  language: null,
  shuffle: false,
  explainDuringRound: true,
};

/** Waits until a service worker controls the page (it is installed after the first question). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
    undefined,
    { timeout: 60_000 },
  );
}

async function playThrough(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const q = await currentQuestion(page);
    await answer(page, q, i % 2 === 0, 'mouse');
    await page.locator('[data-verdict]').waitFor();
    await page.locator('[data-testid="next"]').click();
  }
}

describe('offline after one visit', { timeout: 240_000 }, () => {
  test('with the network off, a reload brings the game back: a full round, the builder and an assigned link all work', async () => {
    const { page, browser, url, server } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await waitForTitle(page);
    // The tab's icon is a small PNG (an SVG one costs a long task: README, Performance).
    const icon = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? '';
      const reply = await fetch(href);
      return { href, status: reply.status, type: reply.headers.get('content-type') };
    });
    expect(icon).toEqual({ href: '/icons/icon-32.png', status: 200, type: 'image/png' });
    // Nothing of the service worker before the first question: it must not slow the first visit.
    await page.locator(SELECTORS.play).click();
    await currentQuestion(page);
    expect(server.log.some((r) => r.path.endsWith('sw.js'))).toBe(false);
    // The round's sounds are made ready once the map is here, before any answer (README, Performance):
    // the page itself asked for every effect (Howler's requests, not the offline copy's).
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            ['correct-', 'wrong-', 'tick-', 'round-end-'].filter(
              (f) =>
                !performance
                  .getEntriesByType('resource')
                  .some(
                    (e) => (e as PerformanceResourceTiming).initiatorType === 'xmlhttprequest' && e.name.includes(f),
                  ),
            ),
          ),
        { timeout: 30_000 },
      )
      .toEqual([]);
    await waitForServiceWorker(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const name of names)
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    // The page, French (English is in the main chunk; a pack's French texts are its own chunk,
    // content/<pack>/texts/fr.json), sounds and music, the teacher's screens and the icons are in the precache.
    for (const part of [
      '/index.html',
      '/manifest.webmanifest',
      '/ui-',
      '/fr-',
      'correct-',
      'music-',
      'teacherPage-',
      'icon-512',
      // The tab's icon (index.html): a 32 px PNG, not an SVG (README, Performance).
      '/icons/icon-32.png',
      // The map data worker (a Web Worker script, fetched by the map on every load).
      'mapData.worker-',
      // What that worker imports to paint the still map (at the first camera settle).
      'paintJob-',
      // The worker that loads the engine's locale data before the first number is formatted.
      'intlWarm.worker-',
    ]) {
      expect(
        cached.some((u) => u.includes(part)),
        `precache holds ${part}`,
      ).toBe(true);
    }

    await browser.context.setOffline(true);
    const served = server.log.length;
    await page.goto(url);
    await waitForTitle(page);
    await screenshot(page, 'offline-title');
    await page.locator(SELECTORS.play).click();
    await playThrough(page, 8);
    await page.locator('[data-screen="summary"]').waitFor();
    await expect(page.locator('[data-testid="correct-count"]').innerText()).resolves.toMatch(/of 8/);

    // French, offline: the other language's chunk comes from the cache.
    await page.goto(`${url}&lng=fr`);
    await waitForTitle(page);
    await expect(page.locator(SELECTORS.play).innerText()).resolves.toBe('Jouer');

    // The teacher's round builder (a lazily loaded chunk) opens offline.
    await page.goto(url);
    await waitForTitle(page);
    await page.locator('[data-testid="teachers"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'teacher');

    // An assigned round link (same page, #r= fragment) opens and plays offline.
    await page.goto(`${url}#r=${encodeAssignment(assignment, packRef(pack))}`);
    await page.locator('[data-screen="assigned"]').waitFor();
    await page.locator('[data-testid="student-name"]').fill('Moussa');
    await page.locator('[data-testid="assigned-start"]').click();
    await playThrough(page, assignment.questionIds.length);
    await page.locator('[data-screen="summary"]').waitFor();
    await screenshot(page, 'offline-assigned-summary');
    // Everything the game needs came from the service worker. (Playwright's offline mode does not
    // cover the browser's own update check of the worker script, so sw.js itself may still show.)
    const fetched = server.log
      .slice(served)
      .map((r) => r.path)
      .filter((p) => !/^\/(sw|workbox-[\w-]+)\.js$/.test(p));
    expect(fetched).toEqual([]);
  });
});
