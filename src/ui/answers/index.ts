import type { QuestionType } from '../../core/content/types.ts';
import type { QuestionOf } from '../../core/questions/kind.ts';
import { choiceWidget } from './choice.ts';
import { locateWidget } from './locate.ts';
import { matchWidget } from './match.ts';
import { numericWidget } from './numeric.ts';
import { timelineWidget } from './timeline.ts';
import { trueFalseWidget } from './truefalse.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';

/** One answer widget per question type (src/ui/answers/<type>.ts); the compiler refuses a missing one. */
export const ANSWER_WIDGETS = {
  choice: choiceWidget,
  truefalse: (ctx) => trueFalseWidget(ctx),
  locate: (ctx) => locateWidget(ctx),
  numeric: (ctx) => numericWidget(ctx),
  timeline: timelineWidget,
  match: matchWidget,
} satisfies { [T in QuestionType]: (ctx: AnswerContext<QuestionOf<T>>, seed: number) => AnswerWidget };

/** The answer area for a question, by its type. `seed` orders shuffled items the same way on a reload. */
export function answerWidget(ctx: AnswerContext, seed: number): AnswerWidget {
  const make = ANSWER_WIDGETS[ctx.question.type] as (ctx: AnswerContext, seed: number) => AnswerWidget;
  return make(ctx, seed);
}
