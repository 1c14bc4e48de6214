/**
 * Every question type, one module each. The type below makes the compiler refuse a registry that
 * lacks a type, or a type that lacks a part (see test/types/question-registry.ts). Dispatch goes through
 * `kindOf(q)`; nothing else switches on a question's type.
 */
import type { Question, QuestionType } from '../content/types.ts';
import { choice } from './choice/index.ts';
import type { MapAsk, QuestionKind } from './kind.ts';
import { locate } from './locate/index.ts';
import { match } from './match/index.ts';
import { numeric } from './numeric/index.ts';
import { timeline } from './timeline/index.ts';
import { truefalse } from './truefalse/index.ts';

export type QuestionRegistry = { [T in QuestionType]: QuestionKind<T> };

/** The types, one line each; content/types.ts derives `QuestionType`, `Question` and `Response` from it. */
export const QUESTION_KINDS = { choice, truefalse, locate, numeric, timeline, match };

/** Each module fits its slot: its `type` is its name, it has every part, a codec for each response shape. */
const REGISTERED: QuestionRegistry = QUESTION_KINDS;

/** The type names, in the registry's order (pack checks, the studio, the teacher's round form). */
export const QUESTION_TYPES = Object.keys(QUESTION_KINDS) as QuestionType[];

/** The module of a question's type. */
export function kindOf(q: Question): QuestionKind<QuestionType> {
  return REGISTERED[q.type] as QuestionKind<QuestionType>;
}

/** The module of a type, by its name (the studio's draft knows its type, not its question). */
export function kindNamed(type: QuestionType): QuestionKind<QuestionType> {
  return REGISTERED[type] as QuestionKind<QuestionType>;
}

/** What a question asks on the map, or null when it is not answered there (its module says). */
export function mapAsk(q: Question): MapAsk | null {
  return kindOf(q).map(q);
}
