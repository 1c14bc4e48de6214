import type { Question, QuestionType } from '../../core/content/types.ts';
import type { QuestionOf } from '../../core/questions/kind.ts';
import { choiceForm, choiceWidget } from './choice.ts';
import type { StudioForm } from './formKit.ts';
import { locateForm, locateWidget } from './locate.ts';
import { matchForm, matchWidget } from './match.ts';
import { numericForm, numericWidget } from './numeric.ts';
import { timelineForm, timelineWidget } from './timeline.ts';
import { trueFalseForm, trueFalseWidget } from './truefalse.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';

/** A question type's DOM side: the player's answer widget and the teacher's form in the studio. */
export interface AnswerKind<Q extends Question> {
  widget(ctx: AnswerContext<Q>, seed: number): AnswerWidget;
  form: StudioForm;
  /** Its prompt is a statement to judge: the studio labels it so. */
  statement?: boolean;
}

/** One entry per question type (src/ui/answers/<type>.ts); the compiler refuses a missing one, or one without its form. */
export const ANSWER_WIDGETS = {
  choice: { widget: choiceWidget, form: choiceForm },
  truefalse: { widget: (ctx) => trueFalseWidget(ctx), form: trueFalseForm, statement: true },
  locate: { widget: (ctx) => locateWidget(ctx), form: locateForm },
  numeric: { widget: (ctx) => numericWidget(ctx), form: numericForm },
  timeline: { widget: timelineWidget, form: timelineForm },
  match: { widget: matchWidget, form: matchForm },
} satisfies { [T in QuestionType]: AnswerKind<QuestionOf<T>> };

/** The DOM side of a type. */
export function answerKind(type: QuestionType): AnswerKind<Question> {
  return ANSWER_WIDGETS[type] as AnswerKind<Question>;
}

/** The answer area for a question, by its type. `seed` orders shuffled items the same way on a reload. */
export function answerWidget(ctx: AnswerContext, seed: number): AnswerWidget {
  return answerKind(ctx.question.type).widget(ctx, seed);
}
