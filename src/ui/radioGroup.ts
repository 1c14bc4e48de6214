import { h } from './dom.ts';

/** One choice of a radio group. */
export interface RadioChoice<V> {
  value: V;
  label: string;
  testId: string;
  /** Extra attributes of its input (e.g. a keyboard-shortcut key). */
  attrs?: Record<string, string>;
}

export interface RadioGroupSpec<V> {
  /** The inputs' shared name: unique on the page. */
  name: string;
  legend: string;
  choices: readonly RadioChoice<V>[];
  selected: V;
  onPick: (value: V) => void;
  /** Classes of the fieldset and of each choice's label (each screen styles its own). */
  classes: { group: string; choice: string };
  /** A hint under the legend, tied to the group by aria-describedby. */
  hint?: { id: string; text: string };
  /** Extra attributes of the fieldset (e.g. its data-testid). */
  attrs?: Record<string, string>;
  /** Shown after the choices, inside the group. */
  extra?: Node;
}

/** A fieldset of radio buttons with a legend, one label per choice; picking one calls onPick. */
export function radioGroup<V>(spec: RadioGroupSpec<V>): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: spec.classes.group, 'aria-describedby': spec.hint?.id, ...spec.attrs },
    h('legend', {}, spec.legend),
    spec.hint ? h('p', { class: 'hint', id: spec.hint.id }, spec.hint.text) : null,
    ...spec.choices.map((c) => {
      const input = h('input', {
        type: 'radio',
        name: spec.name,
        checked: c.value === spec.selected,
        'data-testid': c.testId,
        ...c.attrs,
      });
      input.addEventListener('change', () => {
        if (input.checked) spec.onPick(c.value);
      });
      return h('label', { class: spec.classes.choice }, input, h('span', {}, c.label));
    }),
    spec.extra,
  );
}
