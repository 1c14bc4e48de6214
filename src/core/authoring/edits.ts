/**
 * The small edits a question type's studio parts make (src/core/questions/<type>/ `authoring`,
 * src/ui/answers/<type>.ts forms). Kept apart from ./draft.ts: these ship in the round's bundle
 * with the types, the rest of the draft's code only in the studio's.
 */
import type { Draft, Words } from './draft.ts';

/** A number as typed: NaN when it is not one ('' included), so the validator names the field. */
export function numberOf(typed: string): number {
  const s = typed.trim().replace(',', '.');
  return s === '' ? Number.NaN : Number(s);
}

/** A new item id for a list the teacher grows (a fourth event, a fourth pair). */
export function takeId(d: Draft, prefix: string): { draft: Draft; id: string } {
  return { draft: { ...d, serial: d.serial + 1 }, id: `${prefix}${d.serial}` };
}

export function setWords(words: Words, lng: string, text: string): Words {
  return { ...words, [lng]: text };
}
