import { mkdtemp, rm, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowserContext, type LaunchedBrowser } from './harness/browser.ts';
import { waitForTitle, SELECTORS } from './harness/contract.ts';
import { guardPage } from './harness/guard.ts';
import { screenshot } from './harness/screenshot.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';
import { replayableUrl } from './harness/session.ts';
import { answer, currentQuestion } from './play/answer.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let work = '';

/** Builds the game as version `id` into `<work>/<id>` (the same vite.config.ts as `npm run build`). */
async function buildVersion(id: string): Promise<string> {
  const outDir = join(work, id);
  process.env.VITE_BUILD_ID = id;
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    delete process.env.VITE_BUILD_ID;
  }
  return outDir;
}

// A classroom tab stays open while the game is updated on the host: the running game must notice
// the new version, but never reload or interrupt a round; it offers to refresh once the round ends.
describe('updates', { timeout: 420_000 }, () => {
  let server: StaticServer;
  let browser: LaunchedBrowser;
  const site = () => join(work, 'site');

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'sahel-update-'));
    await buildVersion('A');
    await buildVersion('B');
    await symlink(join(work, 'A'), site());
    // No gzip: the test server caches compressed files by path, and the same paths change below.
    server = await serveStatic({ root: site(), gzip: false });
    browser = await openBrowserContext({ viewport: 'desktop' });
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('a new version is found during a round and offered only after the round ends; Refresh loads it', async () => {
    const { page } = browser;
    const guard = guardPage(page);
    await page.goto(replayableUrl(server.url, '?test=1'));
    await waitForTitle(page);
    await expect(page.evaluate(() => document.documentElement.dataset.build)).resolves.toBe('A');
    await page.locator(SELECTORS.play).click();
    await currentQuestion(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 60_000 });

    // The host now serves version B; the game checks for updates (as it does every 30 min and
    // whenever the tab comes back into view) and B installs and waits.
    await unlink(site());
    await symlink(join(work, 'B'), site());
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting, undefined, {
      timeout: 60_000,
      polling: 250,
    });

    // Mid-round: no offer, no reload; the round goes on in version A.
    const offer = page.locator('[data-testid="update-offer"]');
    for (let i = 0; i < 8; i++) {
      const q = await currentQuestion(page);
      await expect(offer.isVisible()).resolves.toBe(false);
      await answer(page, q, i % 2 === 0, 'mouse');
      await page.locator('[data-verdict]').waitFor();
      await expect(offer.isVisible()).resolves.toBe(false);
      await page.locator('[data-testid="next"]').click();
    }
    await expect(page.evaluate(() => document.documentElement.dataset.build)).resolves.toBe('A');

    // The summary: the offer appears, translated, with a real button.
    await page.locator('[data-screen="summary"]').waitFor();
    await offer.waitFor({ state: 'visible' });
    await expect(offer.innerText()).resolves.toContain('A new version of the game is ready.');
    await screenshot(page, 'update-offer-summary-en');
    const refresh = page.getByRole('button', { name: 'Refresh' });
    const box = await refresh.boundingBox();
    expect(box && box.height >= 44 && box.width >= 44).toBe(true);
    await refresh.click();
    await page.waitForFunction(() => document.documentElement.dataset.build === 'B', undefined, { timeout: 30_000 });
    await waitForTitle(page);
    await expect(offer.isVisible()).resolves.toBe(false);
    guard.assertClean();
    guard.dispose();
  });
});
