/**
 * What a question type is made of. Every type lives in its own folder (`./<type>/index.ts`) and
 * provides each part below; the registry (./registry.ts) is typed so that the compiler refuses a
 * type that lacks one. The answer widget is the one part on the DOM side: src/ui/answers/<type>.ts.
 */
import type * as v from 'valibot';
import type { Question, QuestionType, Response } from '../content/types.ts';
import type { LonLat } from '../round/distance.ts';

export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** Groups of per-question words a type may have in texts/<lng>.json, each keyed by an id of the question. */
export const TEXT_GROUPS = ['choices', 'events', 'statements', 'speakers'] as const;
export type TextGroup = (typeof TEXT_GROUPS)[number];

/** What a type's checks know about the pack. */
export interface CheckContext {
  /** Every place id on the map: countries (ISO alpha-3, upper case) and cities (lower-case slugs). */
  placeIds: ReadonlySet<string>;
}

export interface QuestionKind<T extends QuestionType> {
  type: T;
  /** The type's own fields (valibot entries), besides the fields every question has. */
  schema: v.ObjectEntries;
  /** Problems a schema cannot see (an answer missing from its choices…), in words for the author. */
  problems(q: QuestionOf<T>, ctx: CheckContext): string[];
  /** The word groups its texts have, with the ids each must cover (ids may repeat). */
  textGroups(q: QuestionOf<T>): Partial<Record<TextGroup, string[]>>;
  /** Whether its texts may give a `unit` shown after a number. */
  hasUnit: boolean;
  /** How right a response is, 0..1; null when the response does not fit the question. */
  score(q: QuestionOf<T>, r: Response, placeCoords: (id: string) => LonLat | undefined): number | null;
  /** A response that is fully right (the answer key and the reveal say it in words). */
  correctResponse(q: QuestionOf<T>): Response;
  /** The ids a response to it is likely to name, in a fixed order (compact result codes). */
  tokens(q: QuestionOf<T>): string[];
}

export function duplicates<T>(xs: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const x of xs) (seen.has(x) ? dup : seen).add(x);
  return [...dup];
}
