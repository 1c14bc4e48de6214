import { t } from '../../i18n/index.ts';
import { button, h } from '../dom.ts';
import { icon } from '../icons.ts';

/**
 * A list of answer buttons, numbered for the keyboard (1, 2, 3…), shared by multiple choice and
 * true/false. `reveal` marks the right one and the player's wrong one with icon, text and colour.
 */
export function choiceButtons(items: { id: string; label: string }[], onChoose: (id: string) => void) {
  const buttons = new Map<string, HTMLButtonElement>();
  const list = h('ol', { class: 'choices', role: 'list' });
  items.forEach((item, i) => {
    const b = button('', () => onChoose(item.id), { class: 'choice', 'data-choice': item.id });
    b.append(
      h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
      h('span', { class: 'label' }, item.label),
    );
    buttons.set(item.id, b);
    list.append(h('li', {}, b));
  });
  return {
    el: list,
    focus: () => list.querySelector('button')?.focus(),
    key(ev: KeyboardEvent): boolean {
      const n = Number.parseInt(ev.key, 10);
      const item = Number.isInteger(n) ? items[n - 1] : undefined;
      if (!item || buttons.get(item.id)?.disabled) return false;
      onChoose(item.id);
      return true;
    },
    reveal(correctId: string, givenId: string | null) {
      for (const [id, b] of buttons) {
        b.disabled = true;
        if (id === correctId) mark(b, 'right', t('answer.markRight'));
        else if (id === givenId) mark(b, 'wrong', t('answer.markWrong'));
      }
    },
  };
}

function mark(b: HTMLButtonElement, kind: 'right' | 'wrong', words: string): void {
  b.classList.add(kind);
  b.append(
    h(
      'span',
      { class: 'mark' },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, icon(kind === 'right' ? 'check' : 'cross')),
      ` ${words}`,
    ),
  );
}
