import type { ContentPack, Question } from '../content/types.ts';
import { kindOf } from '../questions/registry.ts';

/**
 * What the share codecs need to know about a question bank: its id, version and question ids
 * in pack order (links and codes carry indices into that list), and optionally the questions,
 * whose own ids (choices, targets, events, statements, speakers) make responses shorter.
 * Build it with `packRef(pack)`.
 */
export interface PackRef {
  id: string;
  version: number;
  questionIds: readonly string[];
  questions?: readonly Question[];
  /** Per question id, the answer ids its responses were counted in (an earlier version's; else from `questions`). */
  answerIds?: Readonly<Record<string, readonly string[]>>;
}

export function packRef(pack: ContentPack): PackRef {
  return {
    id: pack.id,
    version: pack.version,
    questionIds: pack.questions.map((q) => q.id),
    questions: pack.questions,
  };
}

/**
 * What the game reads links and codes against: the pack as it is, then each earlier version it lists
 * (pack.json `earlier`), whose questions that still exist are read with the answer ids they had then.
 */
export function packRefs(pack: ContentPack): PackRef[] {
  const now = packRef(pack);
  return [
    now,
    ...(pack.earlier ?? []).map(
      (e): PackRef => ({
        id: pack.id,
        version: e.version,
        questionIds: e.questionIds ?? now.questionIds,
        questions: pack.questions,
        ...(e.answerIds ? { answerIds: e.answerIds } : {}),
      }),
    ),
  ];
}

/**
 * Several packs the app can read: the current one first, then any older versions whose id
 * lists it still ships, so links and codes made before an update keep working.
 */
export type PackRefs = PackRef | readonly PackRef[];

export function packList(packs: PackRefs): readonly PackRef[] {
  return Array.isArray(packs) ? (packs as readonly PackRef[]) : [packs as PackRef];
}

const indexCache = new WeakMap<PackRef, Map<string, number>>();

/** Position of a question id in the pack, or undefined. */
export function questionIndex(pack: PackRef, id: string): number | undefined {
  let m = indexCache.get(pack);
  if (!m) {
    m = new Map(pack.questionIds.map((q, i) => [q, i]));
    indexCache.set(pack, m);
  }
  return m.get(id);
}

const dictCache = new WeakMap<PackRef, Map<string, readonly string[]>>();

/** The ids a response to this question is likely to name, in a fixed order (empty if unknown). */
export function responseDictionary(pack: PackRef, questionId: string): readonly string[] {
  let m = dictCache.get(pack);
  if (!m) {
    m = new Map();
    for (const q of pack.questions ?? []) m.set(q.id, [...new Set(kindOf(q).tokens(q))]);
    for (const [id, ids] of Object.entries(pack.answerIds ?? {})) m.set(id, ids);
    dictCache.set(pack, m);
  }
  return m.get(questionId) ?? [];
}
