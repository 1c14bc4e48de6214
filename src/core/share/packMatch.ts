import { packList, questionIndex, type PackRef, type PackRefs } from './packRef.ts';

export type PackMatch = { ok: true; pack: PackRef } | { ok: false; reason: 'other_pack' | 'other_version' };

/** The pack (of those the app can read) that a link or code was made from. */
export function matchPack(
  packs: PackRefs,
  test: (p: PackRef) => boolean,
  sameBank: (p: PackRef) => boolean,
): PackMatch {
  const list = packList(packs);
  const found = list.find(test);
  if (found) return { ok: true, pack: found };
  return { ok: false, reason: list.some(sameBank) ? 'other_version' : 'other_pack' };
}

/**
 * Question ids for indices in `source`, or null when an index is out of range or a question
 * no longer exists in the current pack (the first of `packs`).
 */
export function idsFromIndices(indices: readonly number[], source: PackRef, packs: PackRefs): string[] | null {
  const current = packList(packs)[0];
  const ids: string[] = [];
  for (const i of indices) {
    const id = source.questionIds[i];
    if (id === undefined) return null;
    if (current && current !== source && questionIndex(current, id) === undefined) return null;
    ids.push(id);
  }
  return ids;
}
