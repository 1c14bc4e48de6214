/** How much of a language is translated: English's texts, and how many of them this language has in its own words. */
import type { Leaf } from './flatten.ts';
import { splitPluralKey } from './flatten.ts';

export interface TextProgress {
  /** Texts in English (a plural group such as `n_one`/`n_other` counts once). */
  total: number;
  /** Of those, texts this language has, non-empty and either different from English or rightly the same. */
  translated: number;
}

/**
 * Counts one file. `rightlySame(text)` says whether a text may equal English (numbers, units, allow-listed names).
 * A plural group counts as translated when its "other" form is.
 */
export function fileProgress(
  english: ReadonlyMap<string, Leaf>,
  target: ReadonlyMap<string, Leaf> | undefined,
  rightlySame: (text: string) => boolean,
): TextProgress {
  const texts = new Map<string, string>(); // text id → the English key that stands for it
  for (const [key, value] of english) {
    if (typeof value !== 'string') continue;
    const p = splitPluralKey(key);
    if (!p) texts.set(key, key);
    else if (p.category === 'other' || !texts.has(`${p.base}#${p.ordinal}`)) texts.set(`${p.base}#${p.ordinal}`, key);
  }
  let translated = 0;
  for (const key of texts.values()) {
    const en = english.get(key);
    const mine = target?.get(key);
    if (typeof en !== 'string' || typeof mine !== 'string' || mine.trim() === '') continue;
    if (mine !== en || rightlySame(mine)) translated += 1;
  }
  return { total: texts.size, translated };
}

export const addProgress = (a: TextProgress, b: TextProgress): TextProgress => ({
  total: a.total + b.total,
  translated: a.translated + b.translated,
});
