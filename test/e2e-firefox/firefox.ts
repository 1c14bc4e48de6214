import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { onTestFailed, onTestFinished } from 'vitest';
import { DIST_DIR, withSeed } from '../e2e/harness/session.ts';
import { serveStatic, type StaticServer } from '../e2e/harness/server.ts';
import { VIEWPORTS, type ViewportName } from '../e2e/harness/browser.ts';
import { formatProblems, type AllowRule, type PageProblem } from '../e2e/harness/guard.ts';
import type { Driver } from '../e2e/play/driver.ts';

/** Debian's Firefox ESR; puppeteer-core never downloads a browser. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: Browser;
  page: Page;
  /** The shared round-playing code's view of this page. */
  driver: Driver;
  server: StaticServer;
  url: string;
  problems: PageProblem[];
}

export interface FirefoxOptions {
  viewport?: ViewportName;
  /** Firefox's Accept-Language, e.g. `fr-FR` (default `en-US`). */
  locale?: string;
  query?: string;
  allow?: AllowRule[];
}

/**
 * Serves dist/ on 127.0.0.1 (an OS-chosen high port: Firefox refuses some low ones), opens a fresh
 * context of headless Firefox ESR (WebDriver BiDi; one browser per language, started once), and opens the game. When the
 * test ends everything is closed, and the test fails if the page threw, logged an error, or
 * broke the page's Content-Security-Policy. A `?test=1` page gets `&seed=N` (see withSeed); a failure prints its URL.
 */
export async function openFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(`${DIST_DIR}/index.html`)) throw new Error(`No built page in ${DIST_DIR}: run \`npm run build\``);
  const browser = await firefox(options.locale ?? 'en-US');
  const server = await serveStatic({ root: DIST_DIR });
  // A fresh browser context per test: its own storage, cache and service workers, as a first visit.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const preset = VIEWPORTS[options.viewport ?? 'desktop'];
  await page.setViewport({
    ...preset.viewport,
    deviceScaleFactor: preset.deviceScaleFactor,
  });
  const problems = guard(page, options.allow ?? []);
  onTestFinished(async () => {
    try {
      if (problems.length > 0)
        throw new Error(`The page reported ${problems.length} error(s):\n${formatProblems(problems)}`);
    } finally {
      await context.close().catch(() => undefined);
      await server.close().catch(() => undefined); // the offline test stops it early
    }
  });
  // A test page (`?test=1`) gets a replayable seed for its draws, as in Chromium (E2E_SEED=<n> replays).
  const url = `${server.url}${withSeed(options.query ?? '')}`;
  onTestFailed(() => console.error(`replay this draw with: ${url} (or E2E_SEED=<seed> npm run test:firefox)`));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { browser, page, driver: puppeteerDriver(page), server, url, problems };
}

/** One Firefox per Accept-Language (a browser-wide preference), started on first use: a start costs 7–20 s here. */
const browsers = new Map<string, Promise<{ browser: Browser; profile: string }>>();

function firefox(locale: string): Promise<Browser> {
  let started = browsers.get(locale);
  if (!started) {
    started = (async () => {
      const profile = await mkdtemp(join(tmpdir(), 'sahel-ff-'));
      try {
        const browser = await puppeteer.launch({
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath: FIREFOX_PATH,
          headless: true,
          userDataDir: profile,
          extraPrefsFirefox: {
            'intl.accept_languages': locale,
            // Quiet: no update checks or telemetry (hosts this network refuses); sound may play without a click.
            'app.update.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'media.autoplay.default': 0,
          },
        });
        return { browser, profile };
      } catch (error) {
        await rm(profile, { recursive: true, force: true });
        throw error;
      }
    })();
    browsers.set(locale, started);
  }
  return started.then((b) => b.browser);
}

/** Closes every Firefox started here and deletes its profile (call in `afterAll`). */
export async function closeFirefox(): Promise<void> {
  const all = [...browsers.values()];
  browsers.clear();
  for (const started of all) {
    const { browser, profile } = await started.catch(() => ({ browser: null, profile: '' }));
    await browser?.close().catch(() => undefined);
    if (profile) await rm(profile, { recursive: true, force: true });
  }
}

/** Page errors (Firefox reports a CSP violation as one) and console errors, as the Chromium guard records them. */
function guard(page: Page, rules: readonly AllowRule[]): PageProblem[] {
  const problems: PageProblem[] = [];
  const record = (p: PageProblem): void => {
    if (!rules.some((r) => (r instanceof RegExp ? r.test(p.text) : r(p)))) problems.push(p);
  };
  page.on('pageerror', (e) =>
    record({ kind: 'pageerror', text: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }),
  );
  page.on('console', (m) => {
    if (m.type() === 'error') record({ kind: 'console', text: m.text() });
  });
  return problems;
}

/** Waits for the first element matching `selector` that is visible. */
async function visible(page: Page, selector: string, timeout = 30_000) {
  const el = await page.waitForSelector(selector, { visible: true, timeout });
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

/** The shared Driver over a puppeteer-core page. */
export function puppeteerDriver(page: Page): Driver {
  return {
    async press(selector, input) {
      const el = await visible(page, selector);
      if (input === 'keyboard') {
        await el.focus();
        await page.keyboard.press('Enter');
      } else if (input === 'touch') await el.tap();
      else await el.click();
    },
    async pointAt(p, input) {
      if (input === 'touch') await page.touchscreen.tap(p.x, p.y);
      else await page.mouse.click(p.x, p.y);
    },
    key: (key) => page.keyboard.press(key as never),
    async fill(selector, value) {
      const el = await visible(page, selector);
      await el.evaluate((e) => {
        (e as HTMLInputElement).value = '';
      });
      await el.type(value);
    },
    async select(selector, value) {
      await (await visible(page, selector)).select(value);
    },
    async visibleAttr(selector, name) {
      return (await visible(page, selector)).evaluate((e, n) => e.getAttribute(n), name);
    },
    attrs: (selector, name) => page.$$eval(selector, (els, n) => els.map((e) => e.getAttribute(n)), name),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitUntil(fn, arg, timeoutMs = 30_000) {
      await page.waitForFunction(fn as never, { timeout: timeoutMs }, arg);
    },
  };
}
