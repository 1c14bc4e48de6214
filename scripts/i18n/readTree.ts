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

/** The name a pack's texts go by in a LocaleTree: "content/<pack>/texts/{lng}.json" ({lng} = each language). */
export const packTextsFile = (packId: string): string => `content/${packId}/texts/{lng}.json`;

/**
 * Adds each content pack's texts (content/<pack>/texts/<lng>.json) to the tree of the languages it
 * has a folder for, so translators' checks cover them like any file in locales/<lng>/.
 */
export function addPackTexts(tree: LocaleTree, contentDir: string): LocaleTree {
  if (!existsSync(contentDir)) return tree;
  for (const pack of readdirSync(contentDir).sort()) {
    const texts = join(contentDir, pack, 'texts');
    if (pack.startsWith('.') || !existsSync(texts) || !statSync(texts).isDirectory()) continue;
    for (const f of readdirSync(texts).sort()) {
      const lng = f.endsWith('.json') ? f.slice(0, -5) : '';
      const files = tree[lng];
      if (files) files[packTextsFile(pack)] = readFileSync(join(texts, f), 'utf8');
    }
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
