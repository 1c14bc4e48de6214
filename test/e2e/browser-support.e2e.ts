import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkCss, SUPPORTED } from '../../scripts/browser-support.ts';
import { DIST_DIR } from './harness/index.ts';

/** Every stylesheet of the build, with the path a reader can find it at. */
function builtCss(dir: string): { file: string; css: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css'))
    .map((f) => ({ file: f, css: readFileSync(join(dir, f), 'utf8') }));
}

// No browser needed: the built CSS (after Lightning CSS lowered it for BUILD_TARGET) must use
// nothing newer than Safari 16.4 and Firefox ESR 115 support (scripts/browser-support.ts).
test(`the built CSS needs nothing newer than Safari ${SUPPORTED.safari} and Firefox ${SUPPORTED.firefox}`, () => {
  const sheets = builtCss(DIST_DIR);
  expect(sheets.length).toBeGreaterThan(0);
  const problems = sheets.flatMap(({ file, css }) =>
    checkCss(css).map((p) => `${file}: ${p.feature} — lacking in ${p.lacking.join(', ')} — …${p.excerpt}…`),
  );
  expect(problems).toEqual([]);
});
