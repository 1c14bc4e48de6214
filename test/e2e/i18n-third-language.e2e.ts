import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentPack, Question } from '../../src/core/content/types.ts';
import { openGame, screenshot, waitForTitle, SELECTORS } from './harness/index.ts';
import { answer, currentQuestion } from './play/answer.ts';

/**
 * A translator adds a third language by adding a folder, nothing else: the game is built from a
 * scratch copy of the project with two extra folders in locales/:
 * - `xx/`, made from English at test time (so it never goes stale as keys are added): every text
 *   marked "xx·", its own name "Xenoglossa", some texts left out on purpose (MISSING below), and one
 *   placeholder renamed as a translator might (BROKEN_PLACEHOLDER: the game must show English for it);
 * - `yy/`, whose ui.json is not valid JSON.
 */
const MARK = 'xx·';
const NAME = 'Xenoglossa';
const root = fileURLToPath(new URL('../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
type Tree = { [k: string]: string | Tree };
const en = {
  ui: json('locales/en/ui.json') as Tree,
  questions: json('content/niger-coup-2023/texts/en.json') as Tree,
  places: json('locales/en/places.json') as Tree,
};
const pack = json('content/niger-coup-2023/questions.json') as Pick<ContentPack, 'questions'>;

/** Left out of xx: ui keys, whole questions (every timeline), choice explanations, two places. */
const MISSING = {
  ui: ['title.play', 'round.next', 'summary.title', 'feedback.right'],
  wholeQuestionsOfType: 'timeline' as const,
  explanationOfType: 'choice' as const,
  places: ['NER', 'niamey'],
};
/** A ui text whose placeholder xx renames ({{n}} → {{nummer}}): the build names it, the game shows English. */
const BROKEN_PLACEHOLDER = 'round.progress';
/** Texts that are punctuation between words: kept as they are. */
const AS_IS = new Set(['answer.then', 'answer.listSeparator', 'answer.saidBySeparator', 'answerKey.fieldSeparator']);

function get(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const k of path.split('.')) node = typeof node === 'object' ? node[k] : undefined;
  return typeof node === 'string' ? node : undefined;
}
function drop(tree: Tree, path: string): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node: Tree = tree;
  for (const k of keys) node = node[k] as Tree;
  delete node[last];
}
function mark(tree: Tree, prefix = ''): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => {
      const path = `${prefix}${k}`;
      if (typeof v === 'object') return [k, mark(v, `${path}.`)];
      return [k, AS_IS.has(path) || v === '' ? v : `${MARK}${v}`];
    }),
  );
}

function makeXx(): Record<'ui' | 'questions' | 'places', Tree> {
  const ui = mark(en.ui);
  (ui['meta'] as Tree)['languageName'] = NAME;
  for (const k of MISSING.ui) drop(ui, k);
  const round = ui['round'] as Tree;
  round['progress'] = `${MARK}${get(en.ui, BROKEN_PLACEHOLDER)?.replace('{{n}}', '{{nummer}}')}`;
  const questions = mark(en.questions);
  for (const q of pack.questions) {
    if (q.type === MISSING.wholeQuestionsOfType) delete questions[q.id];
    else if (q.type === MISSING.explanationOfType) delete (questions[q.id] as Tree)['explanation'];
  }
  const places = mark(en.places);
  for (const p of MISSING.places) delete places[p];
  return { ui, questions, places };
}

/** The English texts a player may see in xx: exactly those left out. */
function allowedEnglish(): string[] {
  const out = MISSING.ui.map((k) => get(en.ui, k) as string);
  // Shown filled in ("Question 1 of 8"): allow the words around its placeholders.
  out.push(...(get(en.ui, BROKEN_PLACEHOLDER) as string).split(/\{\{[^}]*\}\}/).filter((w) => w.trim()));
  for (const q of pack.questions) {
    const words = en.questions[q.id] as Tree;
    if (q.type === MISSING.wholeQuestionsOfType) out.push(...leaves(words));
    else if (q.type === MISSING.explanationOfType) out.push(words['explanation'] as string);
  }
  out.push(...MISSING.places.map((p) => en.places[p] as string));
  return out.sort((a, b) => b.length - a.length);
}
const leaves = (t: Tree): string[] => Object.values(t).flatMap((v) => (typeof v === 'object' ? leaves(v) : [v]));

let dist = '';
let scratch = '';
let buildLog = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sahel-i18n-xx-'));
  const skip = /^(node_modules|\.git|dist[^/]*|test-results)$/;
  cpSync(root, scratch, { recursive: true, filter: (src) => !skip.test(src.slice(root.length).split('/')[0] ?? '') });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const xx = makeXx();
  mkdirSync(join(scratch, 'locales/xx'));
  for (const [ns, tree] of Object.entries(xx)) {
    // A pack's texts live in the pack's folder (content/<pack>/texts/<lng>.json), the rest in locales/<lng>/.
    const file = ns === 'questions' ? 'content/niger-coup-2023/texts/xx.json' : `locales/xx/${ns}.json`;
    writeFileSync(join(scratch, file), JSON.stringify(tree, null, 2));
  }
  // The other packs (the title screen lists them all) are translated whole.
  for (const id of readdirSync(join(scratch, 'content')).filter((d) => d !== 'niger-coup-2023')) {
    const texts = json(`content/${id}/texts/en.json`) as Tree;
    writeFileSync(join(scratch, `content/${id}/texts/xx.json`), JSON.stringify(mark(texts), null, 2));
  }
  mkdirSync(join(scratch, 'locales/yy'));
  writeFileSync(
    join(scratch, 'locales/yy/ui.json'),
    '{\n  "meta": { "languageName": "Broken" },\n  "title": { "play": "Go" \n}\n',
  );
  writeFileSync(join(scratch, 'content/niger-coup-2023/texts/yy.json'), '{}');
  writeFileSync(join(scratch, 'locales/yy/places.json'), '{}');
  const built = await promisify(execFile)(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--outDir', 'dist', '--logLevel', 'warn'],
    { cwd: scratch, maxBuffer: 16 << 20 },
  );
  buildLog = `${built.stdout}\n${built.stderr}`;
  dist = join(scratch, 'dist/');
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Visible text on the page that does not come from xx, with every allowed English text taken out. */
async function strayEnglish(page: Page, allowed: string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.nodeValue?.trim() || el.closest('option, script, style, .visually-hidden') || !el.checkVisibility())
        continue;
      out.push(n.nodeValue);
    }
    return out;
  });
  return texts.filter((t) => {
    if (t.includes('xx·')) return false;
    let rest = t;
    for (const a of allowed) rest = rest.split(a).join(' ');
    return /\p{L}/u.test(rest);
  });
}

describe('a third language from a folder', { timeout: 240_000 }, () => {
  test('the build names the text whose placeholder the translator renamed, and the broken file', () => {
    expect(buildLog).toMatch(/locales\/xx\/ui\.json: round\.progress: .*\{\{nummer\}\}.*shows the English text/);
    expect(buildLog).toMatch(/locales\/yy\/ui\.json: the file cannot be read/);
  });

  test('listed by its own name, picked from the menu, <html lang> follows, the choice is remembered; the broken folder is left out with a warning', async () => {
    const { page, guard } = await openGame({ viewport: 'desktop', root: dist });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.reload(); // so the listener hears the start-up from the beginning
    await waitForTitle(page);
    const menu = await page
      .locator('[data-testid="language"] option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(menu).toEqual(
      expect.arrayContaining([
        ['en', 'English'],
        ['fr', 'Français'],
        ['xx', NAME],
      ]),
    );
    expect(menu.map(([code]) => code)).not.toContain('yy');
    expect(menu.map(([code]) => code)).not.toContain('pseudo');
    // The console said why yy is missing: file, line, and that it is left out.
    await expect
      .poll(() => warnings.join('\n'))
      .toMatch(/locales\/yy\/ui\.json is not valid JSON at line \d+, column \d+.*left out/);
    expect(guard.problems).toEqual([]);

    await page.locator('[data-testid="language"]').selectOption('xx');
    await page.locator('.tagline', { hasText: MARK }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('xx');
    // title.play is missing in xx: English, for that text only.
    await expect(page.locator(SELECTORS.play).innerText()).resolves.toBe(get(en.ui, 'title.play'));
    await expect(page.locator('.tagline').innerText()).resolves.toBe(`${MARK}${get(en.ui, 'title.tagline')}`);
    await screenshot(page, 'i18n-xx-title');
    await page.reload();
    await waitForTitle(page);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('xx');
    await expect(page.locator('[data-testid="language"]').inputValue()).resolves.toBe('xx');
    // Back to English from the menu: lang follows again.
    await page.locator('[data-testid="language"]').selectOption('en');
    await page.locator('.tagline', { hasText: get(en.ui, 'title.tagline') as string }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  });

  test('?lng=xx plays a round: English shows for exactly the missing texts, the fixture language everywhere else', async () => {
    const { page } = await openGame({ viewport: 'desktop', root: dist, query: '?test=1&lng=xx' });
    await waitForTitle(page);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('xx');
    const allowed = allowedEnglish();
    expect(await strayEnglish(page, allowed)).toEqual([]);
    // A missing ui text is English; its neighbours are not.
    await expect(page.locator(SELECTORS.play).innerText()).resolves.toBe(get(en.ui, 'title.play'));
    await page.locator(SELECTORS.play).click();

    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const q: Question = await currentQuestion(page);
      seen.add(q.type);
      // The renamed placeholder: English, filled in — never "{{nummer}}" on screen.
      const total = Number(/of (\d+)/.exec(await page.locator('.progress').innerText())?.[1]);
      await expect(page.locator('.progress').innerText()).resolves.toBe(
        (get(en.ui, BROKEN_PLACEHOLDER) as string).replace('{{n}}', String(i + 1)).replace('{{total}}', String(total)),
      );
      await expect(page.evaluate(() => document.body.innerText)).resolves.not.toContain('{{');
      const words = en.questions[q.id] as Tree;
      const prompt = await page.locator('#prompt').innerText();
      expect(prompt).toBe(q.type === MISSING.wholeQuestionsOfType ? words['prompt'] : `${MARK}${words['prompt']}`);
      expect(await strayEnglish(page, allowed), `asking ${q.id}`).toEqual([]);
      await answer(page, q, true, 'mouse');
      await page.locator('[data-verdict]').waitFor();
      const explanation = await page.locator('.feedback .explanation').innerText();
      expect(explanation).toBe(
        q.type === 'choice' || q.type === 'timeline' ? words['explanation'] : `${MARK}${words['explanation']}`,
      );
      await expect(page.locator('[data-verdict]').innerText()).resolves.toContain(get(en.ui, 'feedback.right'));
      await expect(page.locator('[data-testid="next"]').innerText()).resolves.toBe(
        i < 7 ? get(en.ui, 'round.next') : `${MARK}${get(en.ui, 'round.seeResults')}`,
      );
      expect(await strayEnglish(page, allowed), `feedback ${q.id}`).toEqual([]);
      if (q.type === 'locate' || q.type === 'timeline') await screenshot(page, `i18n-xx-${q.type}-feedback`);
      await page.locator('[data-testid="next"]').click();
    }
    expect(seen.has(MISSING.wholeQuestionsOfType) && seen.has(MISSING.explanationOfType)).toBe(true);
    await page.locator('[data-screen="summary"]').waitFor();
    await page.locator(SELECTORS.reviewDone).waitFor({ state: 'attached' });
    await expect(page.locator('.summary-card h1').innerText()).resolves.toBe(get(en.ui, 'summary.title'));
    expect(await strayEnglish(page, allowed)).toEqual([]);
    await screenshot(page, 'i18n-xx-summary');
  });
});
