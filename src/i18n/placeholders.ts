/**
 * A translation whose `{{…}}` placeholders differ from English (say "Punkte {{punkte}}" where English has
 * `{{points}}`) would show the braces literally. Such texts are left out when a language is loaded, so the
 * game shows the English text for them, and the build names each one (scripts/vite-plugin-i18n.ts). Pure.
 */
import { isRecord } from '../core/isRecord.ts';

/**
 * Names used in `{{name}}` / `{{name, format}}` placeholders and `$t(key)` nestings, sorted, so two
 * texts can be compared.
 */
export function placeholderNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\{\{\s*-?\s*([^{},\s]+)\s*(?:,[^{}]*)?\}\}/g)) names.push(m[1] as string);
  for (const m of text.matchAll(/\$t\(\s*([^,)\s]+)[^)]*\)/g)) names.push(`$t(${m[1] as string})`);
  return names.sort();
}

const PLURAL = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/;
/** Plural forms that may spell the number out instead of writing `{{count}}` ("une seule question"). */
const COUNT_OPTIONAL = new Set(['zero', 'one', 'two']);

type Tree = Record<string, unknown>;

/** The English text a translated key is compared with: the same key, or for a plural form English's "other". */
function englishFor(english: Tree, path: string[]): { text: string; countOptional: boolean } | null {
  const parent = path.slice(0, -1).reduce<unknown>((node, k) => (isRecord(node) ? node[k] : undefined), english);
  if (!isRecord(parent)) return null;
  const key = path[path.length - 1] as string;
  const p = PLURAL.exec(key);
  const countOptional = p !== null && COUNT_OPTIONAL.has(p[3] as string);
  const same = parent[key];
  if (typeof same === 'string') return { text: same, countOptional };
  const other = p ? parent[`${p[1]}${p[2] ?? ''}_other`] : undefined;
  return typeof other === 'string' ? { text: other, countOptional } : null;
}

function samePlaceholders(english: string, translated: string, countOptional: boolean): boolean {
  const drop = (names: string[]): string[] => (countOptional ? names.filter((n) => n !== 'count') : names);
  return drop(placeholderNames(english)).join('\n') === drop(placeholderNames(translated)).join('\n');
}

export interface PlaceholderFilter {
  /** The translation without the texts whose placeholders differ from English. */
  data: Tree;
  /** Dotted keys of the texts left out, e.g. "title.score". */
  dropped: string[];
}

/** Leaves out every translated text whose placeholders differ from English's text for that key. */
export function withoutBrokenPlaceholders(english: Tree, translated: Tree, prefix: string[] = []): PlaceholderFilter {
  const data: Tree = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(translated)) {
    const path = [...prefix, key];
    if (isRecord(value)) {
      const inner = withoutBrokenPlaceholders(english, value, path);
      data[key] = inner.data;
      dropped.push(...inner.dropped);
      continue;
    }
    const en = typeof value === 'string' ? englishFor(english, path) : null;
    if (en && !samePlaceholders(en.text, value as string, en.countOptional)) dropped.push(path.join('.'));
    else data[key] = value;
  }
  return { data, dropped };
}
