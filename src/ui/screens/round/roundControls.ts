import { t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';

/** How long after "Next" a tap where it was is taken as the second tap of a double tap. */
export const TAP_GUARD_MS = 400;
/** Slack around the button, in CSS px: a finger's second tap is never exactly on the first. */
const TAP_SLACK_PX = 24;

/**
 * A double tap on "Next" must not answer (or skip) the question it opens: the second tap lands
 * where "Next" was, now on the new question. `arm(rect)` swallows, for a moment, taps and clicks
 * inside `root` near that rectangle, and Enter/Space still held down from the press on "Next".
 * Taps elsewhere, and a new key press, go through at once.
 */
export function tapGuard(root: HTMLElement, ms = TAP_GUARD_MS) {
  let until = 0;
  let zone: DOMRect | null = null;
  let keyHeld = false;
  const near = (ev: MouseEvent) =>
    zone !== null &&
    ev.clientX >= zone.left - TAP_SLACK_PX &&
    ev.clientX <= zone.right + TAP_SLACK_PX &&
    ev.clientY >= zone.top - TAP_SLACK_PX &&
    ev.clientY <= zone.bottom + TAP_SLACK_PX;
  const swallow = (ev: Event) => {
    if (ev instanceof KeyboardEvent) {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      if (ev.type === 'keyup') keyHeld = false;
      else if (!(keyHeld || ev.repeat)) return;
    } else if (!(ev instanceof MouseEvent) || performance.now() > until || !near(ev)) return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
  };
  const types = ['click', 'pointerdown', 'pointerup', 'keydown', 'keyup'] as const;
  for (const type of types) root.addEventListener(type, swallow, true);
  return {
    /** `rect`: where "Next" was; `byKey`: it was pressed with a key still down. */
    arm: (rect: DOMRect | null, byKey: boolean) => {
      until = performance.now() + ms;
      zone = rect;
      keyHeld = byKey;
    },
    /** The question was answered: the next tap there is a real one (on the next "Next"). */
    disarm: () => {
      until = 0;
      keyHeld = false;
    },
    dispose: () => {
      for (const type of types) root.removeEventListener(type, swallow, true);
    },
  };
}

/**
 * "Quit round" in the pause dialog, behind a confirmation that says the answers given still
 * count for the student's progress.
 */
export function quitControls(onQuit: () => void) {
  const ask = button(t('play.quit'), () => show(true), { class: 'secondary', 'data-testid': 'quit' });
  const no = button(t('play.quitNo'), () => show(false), { class: 'secondary', 'data-testid': 'quit-no' });
  const yes = button(t('play.quitYes'), () => onQuit(), { class: 'danger', 'data-testid': 'quit-yes' });
  const confirm = h(
    'div',
    { class: 'quit-confirm', hidden: true, 'data-testid': 'quit-confirm' },
    h('p', { id: 'quit-question' }, t('play.quitConfirm')),
    h('div', { class: 'actions' }, yes, no),
  );
  function show(asking: boolean): void {
    confirm.hidden = !asking;
    ask.hidden = asking;
    (asking ? no : ask).focus();
  }
  return {
    el: h('div', { class: 'quit' }, ask, confirm),
    /** Back to the plain "Quit round" button (the pause ended). */
    reset: () => {
      confirm.hidden = true;
      ask.hidden = false;
    },
  };
}
