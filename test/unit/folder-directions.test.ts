import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/**
 * Which top-level folder of src/ may import which (README, "How it is built"). Arrows point from
 * the importer to what it uses; anything not listed is a wrong direction. `main.ts`, the
 * composition root at src/, may import every folder.
 */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  geo: ['core'],
  i18n: ['core'],
  ports: ['core', 'geo'],
  audio: ['ports', 'core'],
  platform: ['ports', 'core'],
  phaser: ['ports'],
  scenes: ['ports', 'geo', 'core'],
  export: ['i18n', 'geo', 'core'],
  ui: ['ports', 'i18n', 'export', 'geo', 'core'],
  app: ['ui', 'ports', 'i18n', 'geo', 'core'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mts)$/.test(path) ? [path] : [];
  });
}

/** The relative modules a file imports: static, `export … from`, side-effect and dynamic `import()`. */
function relativeImports(text: string): string[] {
  const specs = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)];
  return specs.map((m) => m[1] as string);
}

/** The top-level folder of src/ a path is in ('' for a file at src/ itself), or null outside src/. */
function folderOf(path: string): string | null {
  const rel = relative(SRC, path);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(sep);
  return parts.length === 1 ? '' : (parts[0] as string);
}

function crossings(): { from: string; to: string; where: string }[] {
  return files(SRC).flatMap((file) =>
    relativeImports(readFileSync(file, 'utf8')).flatMap((spec) => {
      const from = folderOf(file);
      const to = folderOf(resolve(dirname(file), spec));
      return from === null || to === null || from === to
        ? []
        : [{ from, to, where: `${relative(SRC, file)} imports ${spec}` }];
    }),
  );
}

describe('folders of src/ depend on each other in one direction only', () => {
  it('finds the imports it checks (a broken scan would pass everything)', () => {
    const found = crossings();
    expect(found.some((c) => c.from === 'ui' && c.to === 'ports')).toBe(true);
    // The teachers' page is loaded with a dynamic import() (app/teachers.ts): those count too.
    expect(found.some((c) => c.from === 'app' && c.where.includes('teacher/teacherPage.ts'))).toBe(true);
    expect(relativeImports("const m = import('../ui/x.ts'); export { a } from './b.ts'; import './c.css';")).toEqual([
      '../ui/x.ts',
      './b.ts',
      './c.css',
    ]);
  });

  it('every top-level folder has a row in the table', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('no import goes against the table', () => {
    const wrong = crossings()
      .filter((c) => c.from !== '' && !(ALLOWED[c.from] ?? []).includes(c.to))
      .map((c) => `${c.from} -> ${c.to}: ${c.where}`);
    expect(wrong).toEqual([]);
  });

  it('the table has no cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycle = (f: string): boolean => {
      if (done.has(f)) return false;
      if (visiting.has(f)) return true;
      visiting.add(f);
      const found = (ALLOWED[f] ?? []).some(cycle);
      visiting.delete(f);
      done.add(f);
      return found;
    };
    expect(Object.keys(ALLOWED).filter(cycle)).toEqual([]);
  });
});

describe('which screen is up is known from the navigator, never read back from the DOM', () => {
  // Comments may name the attributes (they say what CSS reads); code may not.
  const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const code = files(SRC).map((f) => ({ f: relative(SRC, f), text: withoutComments(readFileSync(f, 'utf8')) }));

  it('no MutationObserver watches the page for state', () => {
    expect(code.filter((c) => /\bMutationObserver\b/.test(c.text)).map((c) => c.f)).toEqual([]);
  });

  it('no code reads data-screen, data-layout or data-ready (only the navigator writes them)', () => {
    const reads =
      /\[data-(screen|layout|ready)|getAttribute\(\s*['"]data-(screen|layout|ready)|dataset\.(screen|layout|ready)\b(?!\s*=[^=])/;
    expect(code.filter((c) => reads.test(c.text)).map((c) => c.f)).toEqual([]);
  });
});
