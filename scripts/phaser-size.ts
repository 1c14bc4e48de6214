/**
 * Sizes of the custom Phaser build: `npx tsx scripts/phaser-size.ts`.
 * Builds the fixture pages of test/fixtures/phaser-custom/ (an empty game on the package's default
 * entry and on the custom build, and the check scene that uses every listed feature), and, when
 * `dist/` exists (`npm run build`), measures the game too. Every file a page fetches (HTML, JS, CSS,
 * JSON, images) counts, each compressed alone: gzip level 9 and brotli quality 11.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildFixture } from '../test/fixtures/phaser-custom/build.ts';

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function measure(dir: string): Sizes {
  const sizes: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    const body = readFileSync(join(entry.parentPath, entry.name));
    sizes.raw += body.length;
    sizes.gzip += gzipSync(body, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length;
  }
  return sizes;
}

const rows: [string, Sizes][] = [
  ['empty game, default phaser entry', measure(await buildFixture('empty', 'default'))],
  ['empty game, custom Phaser build', measure(await buildFixture('empty', 'custom'))],
  ['check scene (every listed feature), custom', measure(await buildFixture('check', 'custom'))],
];
const gameDist = fileURLToPath(new URL('../dist/', import.meta.url));
if (existsSync(join(gameDist, 'index.html'))) rows.push(['the game (dist/, whole folder)', measure(gameDist)]);

const kb = (n: number): string => `${n.toLocaleString('en-US')} B`.padStart(13);
console.log(`${'build'.padEnd(44)}${'raw'.padStart(13)}${'gzip -9'.padStart(13)}${'brotli 11'.padStart(13)}`);
for (const [name, s] of rows) console.log(`${name.padEnd(44)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);
