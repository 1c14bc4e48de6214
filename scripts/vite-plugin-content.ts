import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkContent, CONTENT_DIR } from './content/packs.ts';

/** What the title screen needs of every shipped pack, without its questions or texts (see src/app/packIndex.ts). */
export const PACK_INDEX_MODULE = 'virtual:sahel-pack-index';
const RESOLVED = `\0${PACK_INDEX_MODULE}`;

/**
 * Stops the build when any content pack fails validation, naming the file and entry of each problem;
 * and serves `virtual:sahel-pack-index`: each pack's pack.json, its fact ids and its own words
 * (`_pack`: title, topic names) per language — a few hundred bytes a pack, so the first screen can
 * list every pack while only the chosen pack's questions, texts and stage are downloaded.
 */
export function contentCheck(): Plugin {
  return {
    name: 'sahel-content-check',
    buildStart() {
      const result = checkContent(process.cwd());
      if (!result.ok) {
        this.error(
          `A content pack is not valid (${result.errors.length} problems; npm run content:check lists them):\n  ${result.errors.join('\n  ')}`,
        );
      }
    },
    resolveId(id) {
      return id === PACK_INDEX_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const root = process.cwd();
      const { packs } = checkContent(root);
      const index = packs.map(({ pack, meta }) => {
        const textDir = resolve(root, CONTENT_DIR, pack.id, 'texts');
        this.addWatchFile(resolve(root, CONTENT_DIR, pack.id, 'questions.json'));
        const titles: Record<string, string> = {};
        for (const f of existsSync(textDir) ? readdirSync(textDir) : []) {
          if (!f.endsWith('.json')) continue;
          this.addWatchFile(resolve(textDir, f));
          try {
            const own = (JSON.parse(readFileSync(resolve(textDir, f), 'utf8')) as { _pack?: { title?: unknown } })
              ._pack;
            if (typeof own?.title === 'string') titles[f.slice(0, -5)] = own.title;
          } catch {
            // A broken third-language file is reported by npm run i18n:check; the pack lists in English.
          }
        }
        return { id: pack.id, meta, factCount: new Set(pack.questions.map((q) => q.fact)).size, titles };
      });
      return `export default ${JSON.stringify(index)};`;
    },
  };
}
