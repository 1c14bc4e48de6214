/** The builder form's small parts: unique ids, a group of check boxes, a group of radio buttons. */
import { type PlainUiKey, t } from '../../../i18n/index.ts';
import { h } from '../../dom.ts';

let uid = 0;
/** An id no other element on the page has. */
export const nextId = (name: string): string => `tp-${name}-${++uid}`;

/** Check boxes that add their value to `chosen` and take it out again; `change` after each. */
export function checkGroup<T extends string | number>(
  legend: PlainUiKey,
  name: string,
  all: readonly T[],
  chosen: T[],
  label: (v: T) => string,
  change: (edit: () => void) => void,
): HTMLFieldSetElement {
  const hintId = nextId(name);
  return h(
    'fieldset',
    { class: 'tp-checks', 'data-testid': `group-${name}`, 'aria-describedby': hintId },
    h('legend', {}, t(legend)),
    h('p', { class: 'hint', id: hintId }, t('builder.form.filterHint')),
    ...all.map((v) => {
      const box = h('input', {
        type: 'checkbox',
        value: String(v),
        checked: chosen.includes(v),
        'data-key': `${name}:${v}`,
      });
      box.addEventListener('change', () =>
        change(() => {
          const i = chosen.indexOf(v);
          if (box.checked && i < 0) chosen.push(v);
          if (!box.checked && i >= 0) chosen.splice(i, 1);
        }),
      );
      return h('label', { class: 'tp-check' }, box, h('span', {}, label(v)));
    }),
  );
}

export interface RadioOption<T> {
  value: T;
  label: string;
  testId: string;
}

/** Radio buttons showing `get()`; choosing one calls `set` with its value. */
export function radioGroup<T>(
  legend: PlainUiKey,
  name: string,
  options: RadioOption<T>[],
  get: () => T,
  set: (v: T) => void,
  extra?: Node,
): HTMLFieldSetElement {
  const group = nextId(name);
  return h(
    'fieldset',
    { class: 'tp-radios', 'data-testid': `group-${name}` },
    h('legend', {}, t(legend)),
    ...options.map((o) => {
      const r = h('input', {
        type: 'radio',
        name: group,
        checked: o.value === get(),
        'data-testid': o.testId,
        'data-key': `${name}:${o.testId}`,
      });
      r.addEventListener('change', () => {
        if (r.checked) set(o.value);
      });
      return h('label', { class: 'tp-check' }, r, h('span', {}, o.label));
    }),
    extra,
  );
}

/** A labelled check box bound to one boolean. */
export function checkBox(
  attrs: Record<string, string>,
  checked: boolean,
  set: (on: boolean) => void,
): HTMLInputElement {
  const box = h('input', { type: 'checkbox', checked, ...attrs });
  box.addEventListener('change', () => set(box.checked));
  return box;
}
