/** Helpers over i18next resource trees: flattening to dotted keys, placeholders, plural suffixes. */

export type Leaf = string | number | boolean | null;

/** `{ a: { b: "x" } }` → Map { "a.b" → "x" }. Arrays count as objects with index keys. */
export function flatten(tree: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (tree !== null && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    if (prefix && Object.keys(tree).length === 0) out.set(prefix, null);
  } else if (prefix) {
    out.set(prefix, tree as Leaf);
  }
  return out;
}

/** Dotted keys of the objects (not leaves) in a tree, e.g. "round" for `{ round: { a: "x" } }`. */
export function objectKeys(tree: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (tree !== null && typeof tree === 'object') {
    if (prefix) out.add(prefix);
    for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
      objectKeys(v, prefix ? `${prefix}.${k}` : k, out);
    }
  }
  return out;
}

/** Placeholder names of a text, sorted: the same rule the game uses when it loads a language. */
export { placeholderNames as placeholders } from '../../src/i18n/placeholders.ts';

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

export interface PluralKey {
  base: string;
  ordinal: boolean;
  category: PluralCategory;
}

/** Splits an i18next plural key: "a.count_one" → { base: "a.count", category: "one" }. */
export function splitPluralKey(key: string): PluralKey | null {
  const m = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/.exec(key);
  if (!m) return null;
  return { base: m[1] as string, ordinal: m[2] !== undefined, category: m[3] as PluralCategory };
}

/** The plural categories a language needs, from the Unicode rules in `Intl.PluralRules`. */
export function pluralCategoriesFor(lng: string, ordinal = false): PluralCategory[] {
  try {
    const rules = new Intl.PluralRules(lng, { type: ordinal ? 'ordinal' : 'cardinal' });
    return rules.resolvedOptions().pluralCategories as PluralCategory[];
  } catch {
    return ['one', 'other'];
  }
}
