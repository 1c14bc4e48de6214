/**
 * Type-level test, checked by `npm run typecheck` (tsc includes test/): the question registry's type
 * refuses a type that lacks any part and a registry that lacks a type. Each `@ts-expect-error` fails
 * the type check if the line below it ever compiles.
 */
import type { QuestionType, Response, ResponseShapes } from '../../src/core/content/types.ts';
import type { ChoiceQuestion, ChoiceResponse } from '../../src/core/questions/choice/index.ts';
import type { QuestionKind, TypeModule } from '../../src/core/questions/kind.ts';
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

const { form: _form, ...locateWithoutForm } = ANSWER_WIDGETS.locate;
// @ts-expect-error every type needs its form in the teachers' studio
export const lacksAForm: typeof ANSWER_WIDGETS = { ...ANSWER_WIDGETS, locate: locateWithoutForm };

// @ts-expect-error a numeric type the studio cannot write (no authoring part) is refused
export const lacksAuthoring: QuestionKind<'numeric'> = (({ authoring: _a, ...rest }) => rest)(QUESTION_KINDS.numeric);

/** The real registry compiles. */
export const complete: QuestionRegistry = QUESTION_KINDS;

// Each response shape's codec (result codes, words) is a part of its type's module too.
const { responses: _responses, ...locateWithoutCodecs } = QUESTION_KINDS.locate;
// @ts-expect-error a locate type without its response codecs is refused
export const lacksCodecs: QuestionKind<'locate'> = locateWithoutCodecs;

export const lacksOneShape: QuestionKind<'locate'> = {
  ...QUESTION_KINDS.locate,
  // @ts-expect-error a locate type answering with a point must give the point's codec too
  responses: { locate: QUESTION_KINDS.locate.responses.locate },
};

const { exportItem: _exportItem, ...timelineWithoutExport } = QUESTION_KINDS.timeline;
export const lacksExport = {
  ...QUESTION_KINDS,
  // @ts-expect-error a timeline type without its export to teachers' tools is refused
  timeline: timelineWithoutExport,
} satisfies QuestionRegistry;

// A module declares its own question and responses; the annotation refuses it without every part.
// @ts-expect-error a choice module without its result-code tokens does not compile in its own file
export const moduleLacksAPart: TypeModule<ChoiceQuestion, ChoiceResponse> = choiceWithoutTokens;

/** Every response type is some question type's answer shape, and every shape's key is a question type. */
type ResponseShapesCover = [Response['type']] extends [ResponseShapes[QuestionType]]
  ? [keyof ResponseShapes] extends [QuestionType]
    ? true
    : false
  : false;
export const responseShapesCover: ResponseShapesCover = true;
