import type { TrueFalseQuestion } from '../../core/questions/truefalse/index.ts';
import { t } from '../../i18n/index.ts';
import { choiceButtons } from './choiceButtons.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';

export function trueFalseWidget(ctx: AnswerContext<TrueFalseQuestion>): AnswerWidget {
  const items = [
    { id: 'true', label: t('answer.true') },
    { id: 'false', label: t('answer.false') },
  ];
  const buttons = choiceButtons(items, (id) => ctx.submit({ type: 'truefalse', value: id === 'true' }));
  buttons.el.classList.add('two');
  return {
    el: buttons.el,
    focus: buttons.focus,
    key: buttons.key,
    reveal(correct, given) {
      buttons.reveal(
        correct.type === 'truefalse' ? String(correct.value) : '',
        given?.type === 'truefalse' ? String(given.value) : null,
      );
    },
  };
}
