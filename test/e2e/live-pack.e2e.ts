/**
 * A live game of the geography pack over 127.0.0.1: the projector hosts from that pack's page, a French phone
 * comes in through the article pack's title (Join a live game, the code typed), is sent to the geography
 * pack's page on the same seat, reads its questions in French, and the result reaches that pack's class results.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLive, type LiveServer } from '../../server/live.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST_DIR, VIEWPORTS, guardPage } from './harness/index.ts';
import { answer } from './play/answer.ts';
import { question } from './play/bank.ts';

const geoFr = JSON.parse(
  readFileSync(new URL('../../content/sahel-geography/texts/fr.json', import.meta.url), 'utf8'),
) as Record<string, { prompt: string }>;

let server: LiveServer;
let browser: Browser;
beforeAll(async () => {
  server = await startLive({ port: 0, host: '127.0.0.1', staticDir: DIST_DIR });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tid = (id: string) => `[data-testid="${id}"]`;
/** Whether the page's map shows a question's plan (and names these places, e.g. a map question's answer at its reveal). */
const framed = (page: Page, named: readonly string[] = []) =>
  page.evaluate((ids) => {
    const plan = (window as any).__sahel.map.viewState().plan;
    return plan !== null && ids.every((id) => plan.name.includes(id));
  }, named);

describe('a live game of the second pack', () => {
  it('hosted from the geography pack; a phone joining from the article pack plays it in French', async () => {
    const base = `http://127.0.0.1:${server.port}/`;
    const hostContext = await browser.newContext({ ...VIEWPORTS.desktop, locale: 'en-US' });
    const host = await hostContext.newPage();
    const hostGuard = guardPage(host, []);
    await host.goto(`${base}?test=1&pack=sahel-geography`);
    await host.locator(tid('live-host')).click();
    await host.locator(tid('live-count')).selectOption('5');
    await host.locator(tid('live-seconds')).selectOption('60');
    await host.locator(tid('live-open')).click();
    const code = (await host.locator(tid('live-code-shown')).textContent()) as string;
    // The QR code's address opens the geography pack.
    expect(await host.locator(tid('live-address')).textContent()).toContain('?pack=sahel-geography');

    const phoneContext = await browser.newContext({ ...VIEWPORTS.phone, locale: 'fr-FR' });
    const phone = await phoneContext.newPage();
    // The phone leaves the article pack's page for the game's: its socket closes on the way.
    const phoneGuard = guardPage(phone, [/WebSocket is closed|WebSocket connection to .* failed|net::ERR_/]);
    await phone.goto(`${base}?test=1`);
    await phone.locator(tid('live-join')).tap();
    await phone.locator(tid('live-code')).fill(code);
    await phone.locator(tid('live-name')).fill('Aïcha');
    await phone.locator(tid('live-join-go')).tap();
    await phone.waitForURL(/pack=sahel-geography/);
    await expect.poll(() => phone.locator(tid('live-waiting')).textContent()).toContain('Aïcha');
    // One seat, not two: the phone came back to the seat it took on the article pack's page.
    await expect.poll(() => host.locator(`${tid('live-player')} .live-name`).allTextContents()).toEqual(['Aïcha']);
    await host.locator(tid('live-start')).click();

    let previous: string | null = null;
    for (let i = 0; i < 5; i++) {
      const card = phone.locator(`${tid('live-phone')}[data-question-id]`);
      // The next question, not the one just revealed.
      await expect.poll(() => card.getAttribute('data-question-id')).not.toBe(previous);
      await phone.locator(tid('live-verdict')).waitFor({ state: 'detached' });
      const id = (await card.getAttribute('data-question-id')) as string;
      previous = id;
      expect(await phone.locator('#prompt').textContent()).toBe(geoFr[id]?.prompt);
      // Both maps stage the question as a round's does.
      for (const page of [phone, host]) await expect.poll(() => framed(page), { message: id }).toBe(true);
      await answer(phone, question(id), true, 'touch');
      await host.locator(tid('live-right-answer')).waitFor();
      await phone.locator(tid('live-verdict')).waitFor();
      expect(await phone.locator(tid('live-verdict')).getAttribute('data-verdict')).toMatch(/right|partial/);
      // A map question's answer, hidden while asked, is framed and named on both at its reveal.
      const q = question(id);
      if (q.type === 'locate')
        for (const page of [phone, host]) await expect.poll(() => framed(page, q.targets), { message: id }).toBe(true);
      await host.locator(tid('live-next')).click();
    }
    await host.locator(tid('live-podium')).waitFor();
    await phone.locator(tid('live-final')).waitFor();
    // The podium shows the whole map again.
    await expect.poll(() => framed(phone)).toBe(false);
    await expect.poll(() => host.locator(tid('live-sent')).textContent()).toContain('1');
    await host.locator(tid('live-class-results')).click();
    await host.waitForFunction(() => document.documentElement.dataset.ready === 'class-results');
    await expect.poll(() => host.locator('table').first().textContent()).toContain('Aïcha');
    hostGuard.assertClean();
    phoneGuard.assertClean();
  });
});
