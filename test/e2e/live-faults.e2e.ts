/**
 * The projector page when things go wrong (the game started from the round builder): the host
 * page reloaded mid-game comes back to its
 * game; the live server stopped mid-game leaves the host with every result received, ready to go
 * into Class results.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLive, type LiveServer } from '../../server/live.ts';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DIST_DIR,
  VIEWPORTS,
  guardPage,
  openGame,
  waitForTitle,
} from './harness/index.ts';

let server: LiveServer | null = null;
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

describe('live game faults, as the teacher sees them', () => {
  it('a reloaded host page resumes its game; a stopped server leaves the results to put in Class results', async () => {
    const base = `http://127.0.0.1:${server?.port}/?test=1`;
    const host = await (await browser.newContext({ ...VIEWPORTS.desktop, locale: 'en-US' })).newPage();
    // The server going away is logged by the browser as failed socket connections: expected here.
    const hostGuard = guardPage(host, [/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/]);
    await host.goto(base);
    // From the round builder: the teacher's round, hosted live as it is.
    await host.locator(tid('live-host')).waitFor();
    await host.locator(tid('teachers')).click();
    await host.locator(tid('host-live')).click();
    const code = (await host.locator(tid('live-code-shown')).textContent()) as string;

    const phone = await (await browser.newContext({ ...VIEWPORTS.phone, locale: 'en-US' })).newPage();
    await phone.goto(`${base}#live=${code}`);
    await phone.locator(tid('live-name')).fill('Awa');
    await phone.locator(tid('live-join-go')).tap();
    await phone.locator(tid('live-waiting')).waitFor();
    await host.locator(tid('live-start')).click();
    await phone.locator(`${tid('live-phone')}[data-question-id]`).waitFor();
    await host.locator(tid('live-skip')).click();
    await phone.locator(tid('live-verdict')).waitFor();

    // The projector's page reloads: it offers its game back, and is back in it.
    await host.reload();
    await host.locator(tid('live-host')).click();
    await expect.poll(() => host.locator(tid('live-saved')).textContent()).toContain(code);
    await host.locator(tid('live-resume')).click();
    await host.locator(tid('live-right-answer')).waitFor();
    await host.locator(tid('live-next')).click();
    await host.locator(tid('live-answered')).waitFor();

    // The server stops mid-game.
    await server?.close();
    server = null;
    await expect.poll(() => host.locator(tid('live-host-status')).textContent(), { timeout: 15_000 }).toMatch(/lost/i);
    await host.locator(tid('live-keep')).click();
    await expect.poll(() => host.locator(tid('live-host-status')).textContent()).toMatch(/1 student/);
    await host.locator(tid('live-class-results')).first().click();
    await host.waitForFunction(() => document.documentElement.dataset.ready === 'class-results');
    await expect.poll(() => host.locator('table').first().textContent()).toContain('Awa');
    hostGuard.assertClean();
  });

  it('shows no live buttons when the game is served by a plain static host', async () => {
    const { page } = await openGame();
    const probe = page.waitForResponse((r) => r.url().endsWith('/live/health') && r.ok());
    await waitForTitle(page);
    await probe;
    // The title is drawn again when a live server answers: give that a frame, then look.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.locator(tid('live-host')).count()).toBe(0);
    expect(await page.locator(tid('live-join')).count()).toBe(0);
    expect(await page.locator(tid('teachers')).count()).toBe(1);
  });
});
