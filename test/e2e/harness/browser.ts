import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** The system Chromium (Debian package); a browser is never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium on these machines (see shared/notes/toolchain.md). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export interface ViewportPreset {
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  hasTouch: boolean;
  isMobile: boolean;
}

/** Screen sizes the game must work at: a classroom laptop and a phone held upright. */
export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, hasTouch: false, isMobile: false },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
} as const satisfies Record<string, ViewportPreset>;

export type ViewportName = keyof typeof VIEWPORTS;

export interface LaunchOptions {
  /** A preset name or a custom preset; default `desktop`. */
  viewport?: ViewportName | ViewportPreset;
  /** Browser locale, e.g. `fr-FR` (default `en-US`). */
  locale?: string;
}

/** The screen and language a context is opened with. */
function contextOptions(options: LaunchOptions): ViewportPreset & { locale: string } {
  const preset = typeof options.viewport === 'object' ? options.viewport : VIEWPORTS[options.viewport ?? 'desktop'];
  return { locale: options.locale ?? 'en-US', ...preset };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The context's first tab, ready to use. */
  page: Page;
  /** Closes the browser (or the context, for openBrowserContext) and deletes what it stored. */
  close(): Promise<void>;
}

/**
 * Starts a Chromium of its own with a fresh, empty profile (no cache, no storage), so every
 * launch is a first visit; close() ends it. The bench and scripts use it: each measure gets a
 * browser of its own.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'sahel-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      ...contextOptions(options),
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One headless Chromium per test file (started by the file's first test, closed by the setup file
 * after its last); every test gets its own context in it. Starting Chromium costs about 1.3 s more
 * than opening a context, and the suite opens about 150.
 */
let shared: Promise<Browser> | undefined;

function sharedBrowser(): Promise<Browser> {
  if (!shared) {
    const launching = chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
    // A browser that failed to start or crashed is not reused: the next test starts another.
    const forget = (): void => {
      if (shared === launching) shared = undefined;
    };
    launching.then((browser) => browser.on('disconnected', forget), forget);
    shared = launching;
  }
  return shared;
}

/** Closes the file's shared Chromium (the e2e setup file calls it after each file). */
export async function closeSharedBrowser(): Promise<void> {
  const browser = shared;
  shared = undefined;
  await (await browser?.catch(() => undefined))?.close();
}

/**
 * Opens a fresh context in the test file's shared Chromium (no cache, no storage, no service
 * worker: a new, incognito-like profile), so every test is a first visit. For tests only: the
 * setup file closes the browser; a script uses launchBrowser.
 */
export async function openBrowserContext(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const browser = await sharedBrowser();
  const context = await browser.newContext(contextOptions(options));
  const page = await context.newPage();
  return { context, page, close: () => context.close().catch(() => undefined) };
}
