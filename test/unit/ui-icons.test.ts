/**
 * Icons need no font: a symbol character (⏱, ⚠, ✓, ★…) shows as an empty box on a machine without a
 * font that has it, so the interface draws its icons as inline SVG (src/ui/icons.ts) or CSS shapes.
 * This scans the code that builds the screens for symbol characters outside comments.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
/** Arrows, technical symbols, geometric shapes, miscellaneous symbols, dingbats, pictographs and emoji. */
const SYMBOL = /[\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2B00-\u2BFF\u{1F000}-\u{1FAFF}]|\uFE0F/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|css)$/.test(f) ? [p] : [];
  });
}

/** The code without its comments (line, block and JSDoc), so a comment may still name a symbol. */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('icons that need no font', () => {
  it('no screen, widget or scene writes a symbol character', () => {
    const found = ['src/ui', 'src/scenes', 'src/app'].flatMap((d) =>
      files(join(root, d)).flatMap((f) =>
        withoutComments(readFileSync(f, 'utf8'))
          .split('\n')
          .filter((line) => SYMBOL.test(line))
          .map((line) => `${relative(root, f)}: ${line.trim()}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('finds the symbols it is looking for', () => {
    for (const c of ['⏱', '⚠', '✓', '✗', '◐', '★', '⇄', '↻', '↑', '✕', '🙂']) expect(SYMBOL.test(c), c).toBe(true);
    for (const c of ['–', '×', '«', '’', '…', 'é']) expect(SYMBOL.test(c), c).toBe(false);
    expect(withoutComments("a // ⏱\nb /* ⚠ */ c 'http://x'")).toBe("a \nb  c 'http://x'");
  });
});
