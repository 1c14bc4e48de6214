import type { ChoiceQuestion } from '../../core/questions/choice/index.ts';
import { createRng, shuffle } from '../../core/random/rng.ts';
import { choiceButtons } from './choiceButtons.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';

/** Multiple choice; the choices appear in an order drawn from `seed`, not the order they were written in. */
export function choiceWidget(ctx: AnswerContext<ChoiceQuestion>, seed: number): AnswerWidget {
  const items = shuffle(ctx.question.choices, createRng(seed)).map((id) => ({
    id,
    label: ctx.text.choices?.[id] ?? '',
  }));
  const buttons = choiceButtons(items, (choice) => ctx.submit({ type: 'choice', choice }));
  return {
    el: buttons.el,
    focus: buttons.focus,
    key: buttons.key,
    reveal(correct, given) {
      buttons.reveal(correct.type === 'choice' ? correct.choice : '', given?.type === 'choice' ? given.choice : null);
    },
  };
}
