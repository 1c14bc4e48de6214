import { t } from '../../../i18n/index.ts';
import { copyText } from '../../clipboard.ts';
import { button, h } from '../../dom.ts';
import { downloadText } from '../../download.ts';

export interface ResultPanelView {
  name: string;
  /** The grouped result code, or null when the result is too long for one. */
  code: string | null;
  fileName: string;
  fileText: string;
}

/** The end of an assigned round: the result code to send (copy), and the same result as a file. */
export function resultPanel(v: ResultPanelView): HTMLElement {
  const status = h('p', {
    class: 'copy-status',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'result-status',
  });
  const codeEl = v.code
    ? h(
        'output',
        { class: 'result-code', 'data-testid': 'result-code', tabindex: '0', 'aria-labelledby': 'result-code-title' },
        v.code,
      )
    : null;
  const copy = v.code
    ? button(
        t('assigned.copy'),
        () => {
          const done = (ok: boolean) => (status.textContent = t(ok ? 'assigned.copied' : 'assigned.copyFailed'));
          const selectCode = () => {
            if (!codeEl) return;
            const range = document.createRange();
            range.selectNodeContents(codeEl);
            const sel = getSelection();
            sel?.removeAllRanges();
            sel?.addRange(range);
          };
          void copyText(v.code as string).then((ok) => {
            if (!ok) selectCode();
            done(ok);
          });
        },
        { class: 'primary', 'data-testid': 'copy-code' },
      )
    : null;
  const download = button(
    t('assigned.download'),
    () => {
      downloadText(v.fileName, v.fileText, 'application/json');
      status.textContent = t('assigned.downloaded');
    },
    { class: v.code ? 'secondary' : 'primary', 'data-testid': 'download-result' },
  );
  return h(
    'section',
    { class: 'result-panel', 'aria-labelledby': 'result-code-title', 'data-testid': 'result-panel' },
    h('h2', { id: 'result-code-title' }, t('assigned.resultTitle')),
    h('p', { class: 'played-as' }, t('assigned.playedAs', { name: v.name })),
    v.code
      ? h('p', { class: 'hint' }, t('assigned.resultHint'))
      : h('p', { class: 'notice', 'data-testid': 'result-too-large' }, t('assigned.tooLarge')),
    codeEl,
    h('div', { class: 'actions' }, copy, download),
    status,
  );
}
