import type { NumericQuestion } from '../../core/questions/numeric/index.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { confirmButton } from './confirmButton.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';
import { icon } from '../icons.ts';
import { setWords } from '../../core/authoring/edits.ts';
import type { StudioForm } from './formKit.ts';

/** Numeric estimate: a slider and a typed number that stay in step; Enter or Confirm answers. */
export function numericWidget(ctx: AnswerContext<NumericQuestion>): AnswerWidget {
  const q = ctx.question;
  const start = q.min + Math.round((q.max - q.min) / 2 / q.step) * q.step;
  const unit = ctx.text.unit ?? '';
  const labelId = `numeric-${q.id}`;
  const valueText = valueTextOf(q, unit);
  const { slider, typed, shown } = numberInputs(q, start, labelId, valueText);
  const problem = h('p', { class: 'problem', role: 'alert', hidden: true });

  function set(v: number, from: 'slider' | 'typed'): void {
    if (from !== 'slider') slider.value = String(v);
    if (from !== 'typed') typed.value = String(v);
    shown.textContent = valueText(v);
    slider.setAttribute('aria-valuetext', valueText(v));
  }
  slider.addEventListener('input', () => set(Number(slider.value), 'slider'));
  typed.addEventListener('input', () => {
    const v = Number(typed.value);
    if (typed.value !== '' && Number.isFinite(v) && v >= q.min && v <= q.max) {
      problem.hidden = true;
      set(v, 'typed');
    }
  });

  function confirm(): void {
    const v = Number(typed.value);
    if (typed.value.trim() === '' || !Number.isFinite(v) || v < q.min || v > q.max) {
      problem.textContent = t('answer.numberOutOfRange', {
        min: formatNumber(q.min, { useGrouping: !q.year }),
        max: formatNumber(q.max, { useGrouping: !q.year }),
      });
      problem.hidden = false;
      typed.focus();
      return;
    }
    ctx.submit({ type: 'numeric', value: v });
  }
  const ok = confirmButton(confirm);
  const el = h(
    'div',
    { class: 'numeric' },
    h('label', { for: labelId, class: 'visually-hidden' }, t('answer.slider')),
    shown,
    slider,
    h('div', { class: 'row' }, typed, unit ? h('span', { class: 'unit' }, unit) : null, ok),
    problem,
  );

  return {
    el,
    focus: () => slider.focus(),
    key(ev) {
      if (ev.key !== 'Enter' || ok.disabled) return false;
      confirm();
      return true;
    },
    reveal(correct, given) {
      slider.disabled = typed.disabled = ok.disabled = true;
      const right = correct.type === 'numeric' ? correct.value : q.answer;
      el.append(
        h(
          'p',
          { class: 'truth' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('check')),
          ` ${t('answer.trueValue', { value: valueText(right) })}`,
        ),
      );
      if (given?.type === 'numeric')
        el.append(h('p', { class: 'given' }, t('answer.yourValue', { value: valueText(given.value) })));
    },
  };
}

/** A value as said and shown: grouped digits (not for years) and the unit, if any. */
function valueTextOf(q: NumericQuestion, unit: string): (v: number) => string {
  return (v) => {
    const n = formatNumber(v, { useGrouping: !q.year });
    return unit ? `${n} ${unit}` : n;
  };
}

/** The slider, the typed number and the shown value, all starting at `start`. */
function numberInputs(
  q: NumericQuestion,
  start: number,
  labelId: string,
  valueText: (v: number) => string,
): { slider: HTMLInputElement; typed: HTMLInputElement; shown: HTMLOutputElement } {
  const slider = h('input', {
    type: 'range',
    min: q.min,
    max: q.max,
    step: q.step,
    value: start,
    id: labelId,
    class: 'slider',
    'aria-valuetext': valueText(start),
  });
  const typed = h('input', {
    type: 'number',
    min: q.min,
    max: q.max,
    step: q.step,
    value: start,
    class: 'typed',
    inputmode: 'numeric',
    'aria-label': t('answer.typeNumber'),
  });
  // Hidden from readers (the slider says its value), and not a live region either: an <output> is one by default.
  const shown = h(
    'output',
    { class: 'value', for: labelId, 'aria-hidden': 'true', 'aria-live': 'off' },
    valueText(start),
  );
  return { slider, typed, shown };
}

/** Its form in the studio: the slider's numbers, whether it is a year, and its unit. */
export const numericForm: StudioForm = (k, q) => {
  const n = q.numeric;
  const num = (key: keyof typeof n & string, label: string) =>
    k.textField(label, String(n[key]), null, {
      type: 'number',
      testId: `studio-num-${key}`,
      onInput: (v) => k.editQ(q.id, (x) => ({ ...x, numeric: { ...x.numeric, [key]: v } })),
    });
  return k.group(
    t('studio.number'),
    `${q.id}.numeric`,
    h(
      'div',
      { class: 'st-grid' },
      num('answer', t('studio.numAnswer')),
      num('tolerance', t('studio.numTolerance')),
      num('min', t('studio.numMin')),
      num('max', t('studio.numMax')),
      num('step', t('studio.numStep')),
    ),
    k.checkbox(
      t('studio.year'),
      n.year,
      (on) => k.editQ(q.id, (x) => ({ ...x, numeric: { ...x.numeric, year: on } })),
      'studio-year',
    ),
    k.wordsFields(t('studio.unit'), q.unit, `${q.id}.unit`, {
      ...k.words('studio-unit'),
      onInput: (lng, v) => k.editQ(q.id, (x) => ({ ...x, unit: setWords(x.unit, lng, v) })),
    }),
  );
};
