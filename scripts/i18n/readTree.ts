/** Reads a locales folder (one sub-folder per language, JSON files inside) into a LocaleTree. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonWithPosition } from '../../src/i18n/jsonError.ts';
import type { LocaleTree, SameAsEnglishAllowList } from './check.ts';

export const ALLOW_LIST_FILE = 'same-as-english.json';

export function readLocaleTree(dir: string): LocaleTree {
  const tree: LocaleTree = {};
  for (const entry of readdirSync(dir).sort()) {
    const langDir = join(dir, entry);
    if (entry.startsWith('.') || !statSync(langDir).isDirectory()) continue;
    const files: Record<string, string> = {};
    for (const f of readdirSync(langDir).sort()) {
      if (f.endsWith('.json') && !f.startsWith('.')) files[f] = readFileSync(join(langDir, f), 'utf8');
    }
    tree[entry] = files;
  }
  return tree;
}

/** The allow-list of texts that may be the same as English (locales/same-as-english.json), or a problem. */
export function readAllowList(dir: string): { list: SameAsEnglishAllowList; problem?: string } {
  const path = join(dir, ALLOW_LIST_FILE);
  if (!existsSync(path)) return { list: {} };
  const result = parseJsonWithPosition(readFileSync(path, 'utf8'));
  if (result.problem) {
    const { line, column, message } = result.problem;
    return { list: {}, problem: `${path} cannot be read (line ${line}, column ${column}): ${message}` };
  }
  const list: SameAsEnglishAllowList = {};
  for (const [lang, texts] of Object.entries((result.value ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(texts)) list[lang] = texts.filter((t): t is string => typeof t === 'string');
  }
  return { list };
}
