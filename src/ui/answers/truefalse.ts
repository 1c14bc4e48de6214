import type { TrueFalseQuestion } from '../../core/questions/truefalse/index.ts';
import { t } from '../../i18n/index.ts';
import { choiceButtons } from './choiceButtons.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';
import { h } from '../dom.ts';
import type { StudioForm } from './formKit.ts';

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

/** Its form in the studio: whether the statement is true. */
export const trueFalseForm: StudioForm = (k, q) => {
  const name = k.nextId('tf');
  const option = (value: boolean, label: string, testId: string) => {
    const id = k.nextId('tfo');
    const r = h('input', { type: 'radio', name, id, 'data-testid': testId });
    r.checked = q.truth === value;
    r.addEventListener('change', () => k.editQ(q.id, (x) => ({ ...x, truth: value })));
    return h('div', { class: 'st-check' }, r, h('label', { for: id }, label));
  };
  return k.group(
    t('studio.truth'),
    `${q.id}.truth`,
    option(true, t('studio.true'), 'studio-true'),
    option(false, t('studio.false'), 'studio-false'),
  );
};
