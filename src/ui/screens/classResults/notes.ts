/** Small pieces of the class results page: the lines left out of a reading, and a confirmation. */
import type { CsvSeparator } from '../../../core/csv.ts';
import type { Flag } from '../../../core/results/classTable.ts';
import { errorMessage } from '../../../i18n/errorMessages.ts';
import { t } from '../../../i18n/index.ts';
import { icon } from '../../icons.ts';
import { button, h } from '../../dom.ts';

function flagText(f: Flag): string {
  const reason =
    f.reason === 'results/already_in'
      ? t('keep.classResults.alreadyIn', { name: f.name ?? '' })
      : f.reason === 'results/other_round'
        ? t('classResults.other_round', { name: f.name ?? '', hash: f.assignment ?? '' })
        : f.reason === 'results/duplicate'
          ? t('classResults.duplicate', { name: f.name ?? '', sameAs: f.sameAs ?? '' })
          : errorMessage(f.reason);
  return t('classResults.flag', { source: f.source, reason });
}

/** The lines or files a reading left out, one line each with its cause. */
export function flagList(flags: Flag[]): HTMLElement {
  return h(
    'section',
    { class: 'flags', 'aria-labelledby': 'flags-title' },
    h('h2', { id: 'flags-title' }, t('classResults.flagsTitle')),
    h(
      'ul',
      {},
      ...flags.map((f) =>
        h(
          'li',
          { 'data-testid': 'flag', 'data-reason': f.reason },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('warning')),
          ` ${flagText(f)}`,
        ),
      ),
    ),
  );
}

/** An explicit, confirmed removal: the question in words at the top of `where`, Cancel focused first. */
export function confirmThen(where: HTMLElement, message: string, yes: () => void, back: HTMLElement | null): void {
  // One question at a time.
  where.querySelector('.confirm')?.remove();
  const box = h(
    'div',
    { class: 'confirm notice', role: 'alertdialog', 'aria-labelledby': 'confirm-text', 'data-testid': 'confirm' },
    h('p', { id: 'confirm-text' }, message),
  );
  const cancel = button(
    t('keep.classResults.confirmNo'),
    () => {
      box.remove();
      back?.focus();
    },
    { class: 'secondary', 'data-testid': 'confirm-no' },
  );
  const ok = button(t('keep.classResults.confirmYes'), yes, { class: 'primary', 'data-testid': 'confirm-yes' });
  box.append(h('div', { class: 'actions' }, ok, cancel));
  where.prepend(box);
  cancel.focus();
}

/** The CSV's column separator: the language's by default (';' with a decimal comma), or the teacher's choice. */
export function separatorChoice(current: CsvSeparator, change: (sep: CsvSeparator) => void): HTMLElement {
  const select = h(
    'select',
    { id: 'csv-separator', 'data-testid': 'csv-separator' },
    h('option', { value: ',', selected: current === ',' }, t('keep.classResults.separatorComma')),
    h('option', { value: ';', selected: current === ';' }, t('keep.classResults.separatorSemicolon')),
  );
  select.addEventListener('change', () => change(select.value === ';' ? ';' : ','));
  return h(
    'p',
    { class: 'csv-separator' },
    h('label', { for: 'csv-separator' }, t('keep.classResults.separator')),
    ' ',
    select,
  );
}
