/**
 * Adding a folder adds a pack, with no code change: a scratch copy of the project gets a copy of a
 * pack folder under a new name (its title changed in its texts), is built, and the title screen
 * lists a third pack that plays. A broken pack folder stops the build, naming the file and entry.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openGame, SELECTORS, waitForTitle } from './harness/index.ts';
import { currentQuestion } from './play/answer.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NEW_ID = 'sahel-geography-bis';
const NEW_TITLE = 'Third pack, copied folder';
let scratch = '';

const vite = (cwd: string) =>
  promisify(execFile)(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', 'dist', '--logLevel', 'warn'], {
    cwd,
    maxBuffer: 16 << 20,
  });

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sahel-pack-copy-'));
  const skip = /^(node_modules|\.git|dist[^/]*|test-results)$/;
  cpSync(root, scratch, { recursive: true, filter: (src) => !skip.test(src.slice(root.length).split('/')[0] ?? '') });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const dir = join(scratch, 'content', NEW_ID);
  cpSync(join(scratch, 'content/sahel-geography'), dir, { recursive: true });
  const en = JSON.parse(readFileSync(join(dir, 'texts/en.json'), 'utf8'));
  en._pack.title = NEW_TITLE;
  writeFileSync(join(dir, 'texts/en.json'), JSON.stringify(en, null, 2));
  await vite(scratch);
}, 240_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a copied pack folder is a third pack', { timeout: 240_000 }, () => {
  test('listed on the title screen and playable, with no code change', async () => {
    const { page } = await openGame({ viewport: 'desktop', query: '?test=1', root: join(scratch, 'dist/') });
    await waitForTitle(page);
    await expect(page.locator('[data-testid="pack-list"] li').count()).resolves.toBe(3);
    const link = page.locator(`[data-testid="pack-${NEW_ID}"]`);
    await expect(link.locator('.pack-title').innerText()).resolves.toBe(NEW_TITLE);
    await link.click();
    await page.waitForURL(new RegExp(`pack=${NEW_ID}`));
    await waitForTitle(page);
    await page.locator(SELECTORS.play).click();
    await currentQuestion(page);
    await expect(page.locator('.round-bar .progress').innerText()).resolves.toBe('Question 1 of 8');
  });

  test('a broken copy stops the build, naming the file and the entry', async () => {
    const file = join(scratch, 'content', NEW_ID, 'questions.json');
    const questions = JSON.parse(readFileSync(file, 'utf8'));
    questions.questions[0].targets = ['ATL'];
    writeFileSync(file, JSON.stringify(questions));
    const failed = await vite(scratch).then(
      () => '',
      (e: { stderr?: string; message: string }) => `${e.stderr ?? ''}\n${e.message}`,
    );
    expect(failed).toMatch(
      new RegExp(`content/${NEW_ID}/questions\\.json: where-mrt: map target ATL is not on the map`),
    );
  });
});
