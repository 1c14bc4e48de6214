/**
 * `npm run content:check -- <file>.json` on one pack file (a teacher's export, see
 * src/core/content/packFile.ts): the game's own verdict (the same checks as opening it in the game),
 * each problem in English words from locales/en/ui.json.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePackFileBytes } from '../../src/core/content/packLink.ts';
import { PACK_FILE_LIMITS, type PackProblem } from '../../src/core/content/packFileShape.ts';
import { mapPlaceIds, packIds } from './packs.ts';

export interface PackFileVerdict {
  ok: boolean;
  /** One line per problem (or the summary when it is fine). */
  lines: string[];
  warnings: string[];
}

/** Is this argument a pack file rather than a path into content/? */
export function isPackFileArg(root: string, path: string): boolean {
  if (!path.endsWith('.json')) return false;
  const full = resolve(path);
  return !full.startsWith(`${resolve(root, 'content')}/`);
}

function english(root: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(root, 'locales/en/ui.json'), 'utf8')) as Record<string, unknown>;
}

/** A problem in words: `<entry> <field>: <message>`. */
export function describeProblem(p: PackProblem, words: Record<string, unknown>): string {
  const [section, name] = p.key.split('.') as [string, string];
  const template = (words[section] as Record<string, string> | undefined)?.[name] ?? p.key;
  const message = template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(p.values[k] ?? ''));
  if (p.key === 'packFile.invalid' || p.key === 'packFile.cueOverlong') return message;
  const where = [p.entry, p.field].filter((s) => s !== '').join(' ');
  return `${where}: ${message}`;
}

export function checkPackFileOnDisk(root: string, path: string): PackFileVerdict {
  let bytes: Uint8Array;
  try {
    // The size first: a file far too large is refused without reading it.
    if (statSync(path).size > PACK_FILE_LIMITS.maxBytes * 4) bytes = new Uint8Array(PACK_FILE_LIMITS.maxBytes + 1);
    else bytes = readFileSync(path);
  } catch {
    return { ok: false, lines: [`${path}: the file cannot be read`], warnings: [] };
  }
  const words = english(root);
  const r = parsePackFileBytes(bytes, { placeIds: mapPlaceIds(root), shippedIds: packIds(root) });
  if (!r.ok) return { ok: false, lines: r.problems.map((p) => `${path}: ${describeProblem(p, words)}`), warnings: [] };
  const missing = Object.entries(r.missing).map(([lng, ids]) => `${path}: [${lng}] falls back for ${ids.join(', ')}`);
  return {
    ok: true,
    lines: [
      `${path}: pack ${r.file.id}, ${r.pack.questions.length} questions in ${Object.keys(r.file.texts).join(', ')} — OK`,
    ],
    warnings: [...missing, ...r.warnings.map((p) => `${path}: ${describeProblem(p, words)}`)],
  };
}
