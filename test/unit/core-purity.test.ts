import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../src/core/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a file without its comments and strings, so a doc comment naming `window` does not count. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, "''");
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bdocument\b/, 'the DOM (document)'],
  [/\bwindow\b/, 'window'],
  [/\b(localStorage|sessionStorage|navigator)\b/, 'a browser global'],
  [/\bDate\.now\(|new Date\(\)/, 'a clock of its own (take the time as an argument)'],
  [/\bMath\.random\(/, 'a random source of its own (take an Rng)'],
];

describe('src/core stays pure', () => {
  const all = files(CORE);

  it('has files to check', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it('imports no Phaser, no views and no browser adapters', () => {
    const bad = all.flatMap((f) => {
      const imports = [...readFileSync(f, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
      return imports
        .filter((i) => i === 'phaser' || i === 'howler' || /\/(ui|scenes|app|platform|audio|i18n)\//.test(i))
        .map((i) => `${relative(CORE, f)} imports ${i}`);
    });
    expect(bad).toEqual([]);
  });

  it('touches no DOM, browser global, clock or random source of its own', () => {
    const bad = all.flatMap((f) => {
      const body = code(readFileSync(f, 'utf8'));
      return FORBIDDEN.filter(([re]) => re.test(body)).map(([, what]) => `${relative(CORE, f)} uses ${what}`);
    });
    expect(bad).toEqual([]);
  });
});
