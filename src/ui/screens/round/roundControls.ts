import { t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';

/** How long after "Next" a tap where it was is taken as the second tap of a double tap. */
export const TAP_GUARD_MS = 400;
/** How far from the first tap, in CSS px, a second tap still counts as the same double tap. */
const TAP_SLACK_PX = 32;

/**
 * A double tap on "Next" must not answer (or skip) the question it opens: the second tap lands
 * where "Next" was, now on the new question. `arm(point)` swallows, for a moment, taps and clicks
 * inside `root` near the point where "Next" was tapped: ONE tap (its pointerdown, pointerup and
 * click), after which it stands down. Taps elsewhere (even on a control just beside) and keys go
 * through at once, and so does everything after them, or after a choice made on the new question
 * (a drop-down, a typed number): a second tap of a double tap comes before any of those.
 */
export function tapGuard(root: HTMLElement, ms = TAP_GUARD_MS) {
  let until = 0;
  let zone: { x: number; y: number } | null = null;
  const near = (ev: MouseEvent) =>
    zone !== null && Math.hypot(ev.clientX - zone.x, ev.clientY - zone.y) <= TAP_SLACK_PX;
  const swallow = (ev: Event) => {
    if (!(ev instanceof MouseEvent) || performance.now() > until) return;
    if (!near(ev)) {
      // A tap elsewhere is no second tap of a double tap: the student is at work on the new question.
      if (ev.type === 'pointerdown') until = 0;
      return;
    }
    ev.preventDefault();
    ev.stopImmediatePropagation();
    // The click ends the tap: the one extra tap of a double tap is spent.
    if (ev.type === 'click') until = 0;
  };
  // Choosing, typing or a key on the new question: whatever tap comes next is meant.
  const standDown = () => {
    until = 0;
  };
  const types = ['click', 'pointerdown', 'pointerup'] as const;
  const work = ['change', 'input', 'keydown'] as const;
  for (const type of types) root.addEventListener(type, swallow, true);
  for (const type of work) root.addEventListener(type, standDown, true);
  return {
    /** `point`: where "Next" was tapped (null when a key pressed it). */
    arm: (point: { x: number; y: number } | null) => {
      until = performance.now() + ms;
      zone = point;
    },
    /** The question was answered: the next tap there is a real one (on the next "Next"). */
    disarm: () => {
      until = 0;
    },
    dispose: () => {
      for (const type of types) root.removeEventListener(type, swallow, true);
      for (const type of work) root.removeEventListener(type, standDown, true);
    },
  };
}

/**
 * Where a click on `el` was tapped, for `tapGuard.arm`; null when it was no tap there: a key
 * (detail 0) or a screen reader activating the button (its click carries no point on the button,
 * often 0,0). Guarding that point instead would swallow the reader's next activation.
 */
export function tapPoint(ev: MouseEvent, el: HTMLElement): { x: number; y: number } | null {
  // A key's click has no point: no box is read (reading one may lay the page out inside the tap's task).
  if (ev.detail === 0) return null;
  const r = el.getBoundingClientRect();
  const on = ev.clientX >= r.left && ev.clientX <= r.right && ev.clientY >= r.top && ev.clientY <= r.bottom;
  return on ? { x: ev.clientX, y: ev.clientY } : null;
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
