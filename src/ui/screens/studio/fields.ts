/**
 * The studio's form parts: a labelled control with the place for its one checking message
 * (`data-field`, filled by the page after every change), and words side by side per language.
 */
import type { Words } from '../../../core/authoring/draft.ts';
import { t } from '../../../i18n/index.ts';
import type { TextOptions, WordsOptions } from '../../answers/formKit.ts';
import { h } from '../../dom.ts';

let uid = 0;
export const nextId = (name: string): string => `st-${name}-${++uid}`;

/** The message under a control; `aria-describedby` ties it to the control. */
export function messageFor(field: string, control: HTMLElement): HTMLElement {
  const id = nextId('msg');
  const msg = h('p', { class: 'st-msg', id, 'data-field': field, 'aria-live': 'polite' });
  const before = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', before ? `${before} ${id}` : id);
  return msg;
}

/** A labelled text box with its message. */
export function textField(label: string, value: string, field: string | null, o: TextOptions): HTMLElement {
  const id = nextId('in');
  const control = o.multiline
    ? h('textarea', { id, rows: 3, 'data-testid': o.testId, lang: o.lang, placeholder: o.placeholder })
    : h('input', {
        id,
        type: o.type ?? 'text',
        'data-testid': o.testId,
        lang: o.lang,
        placeholder: o.placeholder,
        ...(o.type === 'number' ? { inputmode: 'decimal', type: 'text' } : {}),
      });
  control.value = value;
  control.addEventListener('input', () => o.onInput(control.value));
  return h(
    'div',
    { class: 'st-field' },
    h('label', { for: id }, label),
    control,
    field ? messageFor(field, control) : null,
  );
}

/**
 * The same words in each language of the quiz, side by side. A language left empty shows the
 * main language's words greyed as a placeholder: what the game falls back to, and its message says
 * it is missing.
 */
export function wordsFields(label: string, words: Words, fieldBase: string, o: WordsOptions): HTMLElement {
  const main = o.languages[0] ?? 'en';
  const row = h('div', { class: 'st-words', role: 'group', 'aria-label': label });
  for (const lng of o.languages) {
    const fallback = lng === main ? undefined : words[main];
    row.append(
      textField(
        t('studio.inLanguage', { label, language: o.languageName(lng) }),
        words[lng] ?? '',
        `${fieldBase}.${lng}`,
        {
          multiline: o.multiline,
          lang: lng,
          testId: o.testId ? `${o.testId}-${lng}` : undefined,
          placeholder: fallback ? t('studio.fallback', { text: fallback }) : undefined,
          onInput: (value) => o.onInput(lng, value),
        },
      ),
    );
  }
  return row;
}

/** A check box with its label. */
export function checkbox(
  label: string,
  checked: boolean,
  onChange: (on: boolean) => void,
  testId?: string,
): HTMLElement {
  const id = nextId('cb');
  const box = h('input', { id, type: 'checkbox', 'data-testid': testId });
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return h('div', { class: 'st-check' }, box, h('label', { for: id }, label));
}

/** A labelled select. */
export function selectField(
  label: string,
  options: readonly { value: string; label: string }[],
  value: string,
  onChange: (value: string) => void,
  testId?: string,
): HTMLElement {
  const id = nextId('sel');
  const sel = h('select', { id, 'data-testid': testId });
  for (const o of options) sel.append(h('option', { value: o.value }, o.label));
  sel.value = value;
  sel.addEventListener('change', () => onChange(sel.value));
  return h('div', { class: 'st-field' }, h('label', { for: id }, label), sel);
}

/** The message of a whole group (the choices, the events…), tied to its fieldset. */
export function group(legend: string, field: string, ...children: (Node | null)[]): HTMLElement {
  const msgId = nextId('gmsg');
  return h(
    'fieldset',
    { class: 'st-group', 'aria-describedby': msgId },
    h('legend', {}, legend),
    ...children,
    h('p', { class: 'st-msg', id: msgId, 'data-field': field, 'aria-live': 'polite' }),
  );
}
