/**
 * A live classroom game in Chromium: the projector page hosts, three phones join (one a
 * phone-sized touch screen in French), play every question, one phone reloads mid-game and
 * keeps its score, and the results arrive in Class results.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLive, type LiveServer } from '../../server/live.ts';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DIST_DIR,
  VIEWPORTS,
  guardPage,
  replayableUrl,
  type PageGuard,
} from './harness/index.ts';
import { answer, type Input } from './play/answer.ts';
import { question } from './play/bank.ts';

let server: LiveServer;
let browser: Browser;
const guards: PageGuard[] = [];

beforeAll(async () => {
  server = await startLive({ port: 0, host: '127.0.0.1', staticDir: DIST_DIR });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function device(kind: 'desktop' | 'phone', locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...VIEWPORTS[kind], locale });
  const page = await context.newPage();
  // A reloaded page may cut a socket mid-message: the browser logs it, the game recovers.
  guards.push(guardPage(page, [/WebSocket is closed|WebSocket connection to .* failed|net::ERR_/]));
  return { context, page };
}

const tid = (id: string) => `[data-testid="${id}"]`;

describe('live game', () => {
  it('projector and three phones play a whole game; a reload keeps the score; results reach Class results', async () => {
    const base = replayableUrl(`http://127.0.0.1:${server.port}/`, '?test=1');
    const host = await device('desktop', 'en-US');
    await host.page.goto(base);
    await host.page.locator(tid('live-host')).click();
    await host.page.locator(tid('live-count')).selectOption('5');
    await host.page.locator(tid('live-seconds')).selectOption('60');
    await host.page.locator(tid('live-open')).click();
    const code = (await host.page.locator(tid('live-code-shown')).textContent()) as string;
    expect(code).toMatch(/^[3479ACEFGHJKMNPQRTWXY]{6}$/);
    await expect.poll(() => host.page.locator(`${tid('live-qr')} svg`).count()).toBe(1);

    // Phone 1: French, phone-sized, touch, joins through the QR code's link.
    const fr = await device('phone', 'fr-FR');
    await fr.page.goto(`${base}#live=${code}`);
    await fr.page.locator(tid('live-name')).fill('Aïcha');
    await fr.page.locator(tid('live-join-go')).tap();
    await expect.poll(() => fr.page.locator(tid('live-waiting')).textContent()).toContain('Aïcha');
    // Phones 2 and 3 type the code (lower case, with a space: forgiven).
    const phones: { page: Page; name: string; input: Input; right: boolean }[] = [
      { page: fr.page, name: 'Aïcha', input: 'touch', right: true },
    ];
    for (const [name, right] of [
      ['<b>Ben</b>', true],
      ['Chloé', false],
    ] as const) {
      const p = await device('desktop', 'en-US');
      await p.page.goto(base);
      await p.page.locator(tid('live-join')).click();
      await p.page.locator(tid('live-code')).fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
      await p.page.locator(tid('live-name')).fill(name);
      await p.page.locator(tid('live-join-go')).click();
      await p.page.locator(tid('live-waiting')).waitFor();
      phones.push({ page: p.page, name, input: 'mouse', right });
    }
    const names = host.page.locator(`${tid('live-player')} .live-name`);
    await expect.poll(() => names.allTextContents()).toEqual(['Aïcha', '<b>Ben</b>', 'Chloé']);
    // Chloé gets time x2 (an accommodation set in the lobby).
    await host.page.locator(tid('live-scale')).nth(2).selectOption('2');
    await host.page.locator(tid('live-start')).click();

    let scoreBeforeReload = '';
    for (let i = 0; i < 5; i++) {
      await host.page.locator(tid('live-answered')).waitFor();
      let asked: ReturnType<typeof question> | undefined;
      for (const p of phones) {
        const card = p.page.locator(`${tid('live-phone')}[data-question-id]`);
        await card.waitFor();
        const q = question((await card.getAttribute('data-question-id')) as string);
        asked = q;
        await answer(p.page, q, p.right, p.input);
        // Acknowledged (or already revealed, when this phone was the last to answer).
        await expect
          .poll(() => p.page.locator(tid('live-note')).textContent())
          .toMatch(/received|reçue|number|numéro/i);
      }
      // Everyone answered: the question closes by itself and the projector shows the answer.
      await host.page.locator(tid('live-right-answer')).waitFor();
      expect(await host.page.locator(`${tid('live-top')} li`).count()).toBe(3);
      // A choice or a true/false is counted per option: the right one's bar, in the answer's words, holds the two right answers.
      if (asked?.type === 'choice' || asked?.type === 'truefalse') {
        const right = host.page.locator(`${tid('live-distribution')} li.right`);
        const label = (await right.locator('.live-bar-label').textContent()) as string;
        expect(label).not.toBe('');
        expect(await host.page.locator(tid('live-right-answer')).textContent()).toContain(label);
        expect(await right.locator('.live-bar-count').textContent()).toBe('2');
      }
      for (const p of phones) await p.page.locator(tid('live-verdict')).waitFor();
      expect(await phones[0]?.page.locator(tid('live-verdict')).getAttribute('data-verdict')).toMatch(/right|partial/);
      expect(await phones[2]?.page.locator(tid('live-verdict')).getAttribute('data-verdict')).not.toBe('right');
      if (i === 1) {
        const ben = phones[1] as { page: Page };
        scoreBeforeReload = (await ben.page.locator(tid('live-score')).textContent()) as string;
        await ben.page.reload();
        await expect.poll(() => ben.page.locator(tid('live-score')).textContent()).toBe(scoreBeforeReload);
        expect(scoreBeforeReload).not.toMatch(/\b0$/);
      }
      await host.page.locator(tid('live-next')).click();
    }
    await host.page.locator(tid('live-podium')).waitFor();
    await expect.poll(() => host.page.locator(tid('live-sent')).textContent()).toContain('3');
    for (const p of phones) await p.page.locator(tid('live-final')).waitFor();
    expect(await phones[0]?.page.locator(tid('live-final')).textContent()).toContain('numéro');

    await host.page.locator(tid('live-class-results')).click();
    await host.page.waitForFunction(() => document.documentElement.dataset.ready === 'class-results');
    const table = host.page.locator('table');
    await expect.poll(() => table.first().textContent()).toContain('Chloé');
    const text = (await table.first().textContent()) as string;
    expect(text).toContain('<b>Ben</b>');
    expect(text).toContain('Aïcha');
    for (const g of guards) g.assertClean();
  });
});
