/**
 * Type-level test, checked by `npm run typecheck` (tsc includes test/): the question registry's type
 * refuses a type that lacks any part and a registry that lacks a type. Each `@ts-expect-error` fails
 * the type check if the line below it ever compiles.
 */
import type { QuestionKind } from '../../src/core/questions/kind.ts';
import { QUESTION_KINDS, type QuestionRegistry } from '../../src/core/questions/registry.ts';
import { ANSWER_WIDGETS } from '../../src/ui/answers/index.ts';

const { tokens: _tokens, ...choiceWithoutTokens } = QUESTION_KINDS.choice;
const { score: _score, ...matchWithoutScore } = QUESTION_KINDS.match;

export const lacksAPart = {
  ...QUESTION_KINDS,
  // @ts-expect-error a choice type without its result-code tokens is refused
  choice: choiceWithoutTokens,
} satisfies QuestionRegistry;

// @ts-expect-error a match type without scoring is not a QuestionKind
export const lacksScoring: QuestionKind<'match'> = matchWithoutScore;

const { timeline: _timeline, ...withoutTimeline } = QUESTION_KINDS;
// @ts-expect-error a registry without the timeline type is refused
export const lacksAType: QuestionRegistry = withoutTimeline;

// @ts-expect-error a type's module registered under another type's name is refused
export const wrongSlot: QuestionRegistry = { ...QUESTION_KINDS, numeric: QUESTION_KINDS.truefalse };

const { locate: _locate, ...widgetsWithoutLocate } = ANSWER_WIDGETS;
// @ts-expect-error every type needs its answer widget
export const lacksAWidget: typeof ANSWER_WIDGETS = widgetsWithoutLocate;

/** The real registry compiles. */
export const complete: QuestionRegistry = QUESTION_KINDS;
