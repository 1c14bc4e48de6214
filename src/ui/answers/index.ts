import type { Question } from '../../core/content/types.ts';
import { choiceWidget } from './choice.ts';
import { locateWidget } from './locate.ts';
import { matchWidget } from './match.ts';
import { numericWidget } from './numeric.ts';
import { timelineWidget } from './timeline.ts';
import { trueFalseWidget } from './truefalse.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';

/** The answer area for a question, by its type. `seed` orders shuffled items the same way on a reload. */
export function answerWidget(ctx: AnswerContext, seed: number): AnswerWidget {
  const q: Question = ctx.question;
  switch (q.type) {
    case 'choice':
      return choiceWidget({ ...ctx, question: q }, seed);
    case 'truefalse':
      return trueFalseWidget({ ...ctx, question: q });
    case 'locate':
      return locateWidget({ ...ctx, question: q });
    case 'numeric':
      return numericWidget({ ...ctx, question: q });
    case 'timeline':
      return timelineWidget({ ...ctx, question: q }, seed);
    case 'match':
      return matchWidget({ ...ctx, question: q }, seed);
  }
}
