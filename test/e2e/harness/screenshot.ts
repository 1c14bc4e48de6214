import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Git-ignored folder where screenshots land (under `test-results/`). */
export const SCREENS_DIR = fileURLToPath(new URL('../../../test-results/screens/', import.meta.url));

/** Saves a PNG of the page as `test-results/screens/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^a-z0-9._-]+/gi, '-');
  await mkdir(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, `${safe}.png`);
  await page.screenshot({ path });
  return path;
}
