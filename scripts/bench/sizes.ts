import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface JsSizes {
  jsBytes: number;
  /** Each JS file gzipped at level 9, summed. */
  jsGzipBytes: number;
  /** Each JS file brotli-compressed at maximum quality, summed. */
  jsBrotliBytes: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Sizes of every JavaScript file in a build directory. */
export async function measureJsSizes(dir: string): Promise<JsSizes> {
  const sizes: JsSizes = { jsBytes: 0, jsGzipBytes: 0, jsBrotliBytes: 0 };
  for (const file of await listFiles(dir)) {
    if (!/\.(m?js)$/.test(file)) continue;
    const body = await readFile(file);
    sizes.jsBytes += body.length;
    sizes.jsGzipBytes += gzipSync(body, { level: 9 }).length;
    sizes.jsBrotliBytes += brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length;
  }
  return sizes;
}
