import type { ChoiceQuestion } from '../../core/questions/choice/index.ts';
import { createRng, shuffle } from '../../core/random/rng.ts';
import { choiceButtons } from './choiceButtons.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { withWords, type StudioForm } from './formKit.ts';

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

/** Its form in the studio: four choices, one of them right. */
export const choiceForm: StudioForm = (k, q) => {
  const name = k.nextId('right');
  const rows = q.choices.map((it, i) => {
    const radioId = k.nextId('r');
    const radio = h('input', { type: 'radio', name, id: radioId, 'data-testid': `studio-right-${i + 1}` });
    radio.checked = q.answer === it.id;
    radio.addEventListener('change', () => k.editQ(q.id, (x) => ({ ...x, answer: it.id })));
    return h(
      'div',
      { class: 'st-item' },
      h('div', { class: 'st-check' }, radio, h('label', { for: radioId }, t('studio.rightChoice', { n: i + 1 }))),
      k.wordsFields(t('studio.choiceN', { n: i + 1 }), it.words, `${q.id}.item.${it.id}`, {
        ...k.words(`studio-choice-${i + 1}`),
        onInput: (lng, v) => k.editQ(q.id, (x) => ({ ...x, choices: withWords(x.choices, it.id, lng, v) })),
      }),
    );
  });
  return k.group(t('studio.choices'), `${q.id}.choices`, ...rows);
};
