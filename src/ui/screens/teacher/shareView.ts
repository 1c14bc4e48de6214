/**
 * The builder's share card: the student link (copy, open), the QR code (shown big on demand), save
 * buttons, the answer key and worksheet buttons, and the "Export to…" control.
 */
import { assignmentHash, type Assignment } from '../../../core/share/assignment.ts';
import type { FormResult } from '../../../core/teacher/roundForm.ts';
import { currentLanguage, t } from '../../../i18n/index.ts';
import { copyText } from '../../clipboard.ts';
import { button, h, replace } from '../../dom.ts';
import { icon } from '../../icons.ts';
import { exportControl } from './exportControl.ts';
import { nextId } from './formControls.ts';
import { qrSvg } from './qr.ts';
import type { TeacherController, TeacherView } from './teacherController.ts';

export interface ShareActions {
  /** Shows the builder, the answer key or the worksheet. */
  show(view: TeacherView): void;
  /** Play this round as a live classroom game; only when a live server answers. */
  hostLive?: (a: Assignment) => void;
}

function qrFigure(link: string): HTMLElement {
  const svg = qrSvg(link, t('builder.share.qr'));
  const figure = h('figure', { class: 'tp-qr', 'data-testid': 'share-qr' });
  if (!svg) {
    figure.append(h('p', { class: 'notice' }, t('builder.share.qrTooLong')));
    return figure;
  }
  const big = button(
    t('builder.share.qrBig'),
    () => {
      const on = !figure.classList.contains('big');
      figure.classList.toggle('big', on);
      big.textContent = t(on ? 'builder.share.qrClose' : 'builder.share.qrBig');
      big.setAttribute('aria-pressed', String(on));
      big.focus();
    },
    { class: 'secondary', 'data-testid': 'qr-big', 'aria-pressed': 'false' },
  );
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && figure.classList.contains('big')) big.click();
  });
  figure.append(svg, h('figcaption', { class: 'hint' }, t('builder.share.qr')), big);
  return figure;
}

function linkActions(link: string, a: Assignment, input: HTMLInputElement, copied: HTMLElement, act: ShareActions) {
  const copy = button(
    t('builder.share.copy'),
    () =>
      void copyText(link).then((ok) => {
        if (ok) return copied.replaceChildren(icon('check'), ` ${t('builder.share.copied')}`);
        input.focus();
        input.select();
        copied.textContent = t('builder.share.copyFallback');
      }),
    { class: 'primary', 'data-testid': 'copy-link', 'data-key': 'copy' },
  );
  const open = h(
    'a',
    { class: 'button-link secondary', href: link, target: '_blank', rel: 'noopener', 'data-testid': 'open-student' },
    t('builder.share.open'),
  );
  const live = act.hostLive;
  return h(
    'div',
    { class: 'tp-actions' },
    copy,
    open,
    live ? button(t('live.hostThis'), () => live(a), { class: 'secondary', 'data-testid': 'host-live' }) : null,
  );
}

export function renderShare(el: HTMLElement, r: FormResult, c: TeacherController, act: ShareActions): void {
  const heading = h('h2', { id: 'tp-share-h' }, t('builder.share.heading'));
  if (!r.ok) {
    replace(el, heading, h('p', { class: 'hint', 'data-testid': 'share-blocked' }, t('builder.share.blocked')));
    return;
  }
  const link = c.link(r.value);
  const linkId = nextId('link');
  const input = h('input', {
    id: linkId,
    type: 'text',
    readonly: true,
    value: link,
    'data-testid': 'share-link',
    'data-hash': assignmentHash(r.value),
    spellcheck: 'false',
  });
  input.addEventListener('focus', () => input.select());
  const copied = h('p', { class: 'tp-copied', role: 'status', 'data-testid': 'copy-status' });
  replace(
    el,
    heading,
    h('label', { for: linkId }, t('builder.share.link')),
    input,
    linkActions(link, r.value, input, copied, act),
    copied,
    qrFigure(link),
    h('div', { class: 'tp-actions', 'data-role': 'save' }),
    exportControl(r.value, r.value.language ?? currentLanguage(), c.pack),
  );
  renderSaveButtons(el, c, act);
}

/** Save (or save changes, and save a copy), answer key, worksheet: redrawn without the link. */
export function renderSaveButtons(share: HTMLElement, c: TeacherController, act: ShareActions): void {
  const slot = share.querySelector<HTMLElement>('[data-role="save"]');
  if (!slot) return;
  const editing = c.editingRound() !== undefined;
  replace(
    slot,
    button(t(editing ? 'builder.share.saveChanges' : 'builder.share.save'), () => c.save(), {
      class: 'primary',
      'data-testid': 'save-round',
      'data-key': 'save',
    }),
    editing
      ? button(t('builder.share.saveCopy'), () => c.save(true), {
          class: 'secondary',
          'data-testid': 'save-copy',
          'data-key': 'save-copy',
        })
      : null,
    button(t('builder.share.answerKey'), () => act.show('key'), {
      class: 'secondary',
      'data-testid': 'show-key',
      'data-key': 'show-key',
    }),
    button(t('worksheet.open'), () => act.show('sheet'), {
      class: 'secondary',
      'data-testid': 'show-worksheet',
      'data-key': 'show-worksheet',
    }),
  );
}
