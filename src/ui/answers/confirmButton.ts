import { t } from '../../i18n/index.ts';
import { button } from '../dom.ts';

/** The "Confirm" button of the types that need one (numeric, timeline, who said it, several countries). */
export function confirmButton(onConfirm: () => void): HTMLButtonElement {
  return button(t('answer.confirm'), onConfirm, {
    class: 'primary confirm',
    'data-testid': 'confirm',
    'aria-keyshortcuts': 'Enter',
  });
}
