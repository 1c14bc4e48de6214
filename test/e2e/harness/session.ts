import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { onTestFailed, onTestFinished } from 'vitest';
import { openBrowserContext, type LaunchedBrowser, type LaunchOptions } from './browser.ts';
import { guardPage, type AllowRule, type PageGuard } from './guard.ts';
import { serveStatic, type StaticServer } from './server.ts';

/** The built game (`npm run build` writes it); E2E_DIST=<dir> points the tests at another build. */
export const DIST_DIR = process.env.E2E_DIST
  ? `${process.env.E2E_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../dist/', import.meta.url));

export interface GameSessionOptions extends LaunchOptions {
  /** Appended to the game's URL, e.g. `?test=1` or `?lng=fr`. */
  query?: string;
  /** Console/page errors to tolerate (each needs a reason in the test). */
  allow?: AllowRule[];
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Directory to serve instead of `dist/`. */
  root?: string;
  /** Runs before the page is first loaded, e.g. to hold back a request with `page.route`. */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

export interface GameSession {
  server: StaticServer;
  browser: LaunchedBrowser;
  page: Page;
  guard: PageGuard;
  url: string;
}

/** A `beforeLoad` for a browser without Web Workers (an old browser): the page's fallbacks are tested with it. */
export const withoutWorker = (page: Page): Promise<unknown> =>
  page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));

/**
 * Serves the built game, opens it in a fresh headless Chromium and guards the page.
 * Call inside a Vitest test: when the test ends the browser and server are closed, and the
 * test fails if the page logged a console error or threw (unless an allow rule matched).
 */
export async function openGame(options: GameSessionOptions = {}): Promise<GameSession> {
  const root = options.root ?? DIST_DIR;
  if (!existsSync(`${root}/index.html`)) {
    throw new Error(`No built page at ${root}index.html: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const server = await serveStatic({ root, ...(options.headers ? { headers: options.headers } : {}) });
  let browser: LaunchedBrowser;
  try {
    browser = await openBrowserContext(options);
  } catch (error) {
    await server.close();
    throw error;
  }
  const { page } = browser;
  const guard = guardPage(page, options.allow ?? []);
  onTestFinished(async () => {
    try {
      guard.assertClean();
    } finally {
      guard.dispose();
      await browser.close();
      await server.close();
    }
  });
  const url = replayableUrl(server.url, options.query ?? '');
  await options.beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { server, browser, page, guard, url };
}

/**
 * A test page (`?test=1`) gets a seed for its draws unless the test chose one: E2E_SEED=<n> replays a
 * failed run, whose seed the failure prints; otherwise each run draws anew, so the suite still explores.
 * The Firefox harness (test/e2e-firefox/firefox.ts) uses it too.
 */
export function withSeed(query: string): string {
  const hash = query.indexOf('#');
  const search = hash < 0 ? query : query.slice(0, hash);
  const fragment = hash < 0 ? '' : query.slice(hash);
  const params = new URLSearchParams(search);
  if (!params.has('test') || params.has('seed')) return query;
  params.set('seed', process.env.E2E_SEED ?? String(Math.floor(Math.random() * 2 ** 31)));
  return `?${params.toString()}${fragment}`;
}

/**
 * `base` + `query` with a seed for a test page (see withSeed), for a test that opens pages itself
 * (several devices, a served copy of dist/); a failure of the calling test prints the URL that replays it.
 */
export function replayableUrl(base: string, query: string): string {
  const url = `${base}${withSeed(query)}`;
  onTestFailed(() => console.error(`replay this draw with: ${url} (or E2E_SEED=<seed>)`));
  return url;
}
