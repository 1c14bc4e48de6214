/**
 * One round: question card, answer area and feedback (DOM, redrawn from the session's state);
 * drives map and countdown. What waits, pauses and moves on is decided by a RoundController
 * (round/roundController.ts, DOM-free); the parts are drawn by round/roundLayout.ts and
 * round/questionView.ts.
 */
import type { RoundSession } from '../../ports/round.ts';
import type { RoundState } from '../../core/round/types.ts';
import { t } from '../../i18n/index.ts';
import type { AnswerWidget } from '../answers/types.ts';
import { button, h } from '../dom.ts';
import type { MapPort } from '../../ports/map.ts';
import { showAnswerFeedback, showQuestionCard } from './round/questionView.ts';
import { roundBarStats } from './round/roundBar.ts';
import { roundClock } from './round/roundClock.ts';
import { type MapNote, RoundController } from './round/roundController.ts';
import { tapGuard, tapPoint } from './round/roundControls.ts';
import { type RoundLayout, roundLayout } from './round/roundLayout.ts';
import type { Screen, Services } from '../../ports/screen.ts';
import './mapNote.css';
import './round/round.css';

export { sourceText } from './round/questionView.ts';

const browserFrames = {
  request: (cb: () => void) => requestAnimationFrame(cb),
  cancel: (id: number) => cancelAnimationFrame(id),
};

/** Shows or hides the map note; a hidden note holds no words (a reader must not hear "could not load" for nothing). */
function drawMapNote(el: HTMLElement, note: MapNote): void {
  const text = note === null ? '' : t(note === 'loading' ? 'mapLoad.loading' : 'mapLoad.failed');
  el.hidden = note === null;
  if (el.textContent !== text) el.textContent = text;
}

/** What the screen shows now, kept between renders. */
interface Shown {
  index: number;
  phase: RoundState['phase'] | null;
  widget: AnswerWidget | null;
  stopCount: () => void;
}

export function roundScreen(
  services: Services,
  session: RoundSession,
  map: MapPort,
  seed: number,
  onFinished: () => void,
  /** Leaves the round for good (Pause → Quit, confirmed); what was answered is already recorded. */
  onQuit?: () => void,
): Screen {
  const { sound, countdown } = services;
  const stats = roundBarStats();
  const clock = roundClock(session, countdown, sound);
  const feedback = h('div', { class: 'feedback' });
  let layout: RoundLayout;
  const c = new RoundController(session, map, browserFrames, (note) => drawMapNote(layout.mapNote, note));
  layout = roundLayout({
    stats,
    clock,
    togglePause: () => c.togglePause(),
    stop: session.state.config.openEnded ? () => session.stop() : null,
    onQuit,
  });
  const { root, card, foot, pausedPanel, pauseBtn, quit } = layout;
  const shown: Shown = { index: -1, phase: null, widget: null, stopCount: () => {} };
  // A second tap on "Next" lands on the next question: it must not answer it.
  const guard = tapGuard(root);

  function render(s: RoundState): void {
    if (s.phase === 'finished') {
      onFinished();
      return;
    }
    stats.render(s);
    if (s.phase !== 'paused') quit?.reset();
    // A pause between two taps makes them two decisions, not a double tap: the next tap counts.
    else if (!c.waitingForMap) guard.disarm();
    pausedPanel.hidden = s.phase !== 'paused' || c.waitingForMap;
    pauseBtn.disabled = c.waitingForMap;
    for (const el of [card, foot]) el.toggleAttribute('inert', s.phase === 'paused');
    card.dataset.state = s.phase;
    // After answering its controls are locked: the card itself takes the focus, so keys can scroll the explanation.
    card.tabIndex = s.phase === 'feedback' ? 0 : -1;
    if (s.index !== shown.index) showQuestion(s);
    if (s.phase === 'feedback' && shown.phase !== 'feedback') showFeedback(s);
    if (s.phase === 'paused' && shown.phase !== 'paused' && !c.waitingForMap)
      pausedPanel.querySelector('button')?.focus();
    if (shown.phase === 'paused' && s.phase !== 'paused')
      (s.phase === 'feedback' ? foot.querySelector<HTMLButtonElement>('.next') : null)?.focus() ??
        shown.widget?.focus();
    shown.phase = s.phase;
    if (s.phase === 'asking') {
      c.checkMap(s);
      drawMapNote(layout.mapNote, c.mapNote);
    }
  }

  function showQuestion(s: RoundState): void {
    shown.widget?.dispose?.();
    shown.stopCount();
    if (shown.index !== -1) guard.arm(c.nextPoint);
    shown.index = s.index;
    shown.phase = null;
    clock.reset();
    const q = c.question(s);
    if (!q) return;
    // On a phone a map question gives the map most of the screen; other questions shrink it to a strip.
    document.body.dataset.mapRole = q.type === 'locate' ? 'stage' : 'strip';
    const submit = (r: Parameters<RoundSession['answer']>[0]) => {
      if (session.answer(r) === 'round/bad_response')
        layout.setFoot([h('p', { class: 'problem' }, t('round.badResponse'))]);
    };
    layout.setFoot([]);
    const widget = showQuestionCard(card, feedback, q, { map, seed: seed + s.index, submit });
    shown.widget = widget;
    widget.focus();
    // Each question opens at its top (its topic and prompt in view), whatever was scrolled before,
    // even if focusing the first control scrolled the card a little.
    card.scrollTop = 0;
    countdown.show(session.remainingMs(), session.timeLimitMs());
  }

  function showFeedback(s: RoundState): void {
    const q = c.question(s);
    if (!q || !shown.widget) return;
    guard.disarm();
    const last = s.index + 1 >= s.config.questionIds.length;
    const next = button(t(last ? 'round.seeResults' : 'round.next'), (ev) => c.next(tapPoint(ev, next)), {
      class: 'primary next',
      'data-testid': 'next',
      'aria-keyshortcuts': 'Enter',
    });
    const done = showAnswerFeedback(s, q, shown.widget, { layout, feedback, next, session });
    if (!done) return;
    sound.play(done.verdict === 'right' ? 'correct' : 'wrong');
    shown.stopCount = done.stop;
    next.focus({ preventScroll: true });
    countdown.show(null, null);
  }

  function onKey(ev: KeyboardEvent): void {
    const k = { key: ev.key, repeat: ev.repeat, onButton: ev.target instanceof HTMLButtonElement };
    if (c.key(k, () => shown.widget?.key(ev) ?? false)) ev.preventDefault();
  }

  const unsubscribe = session.onChange(render);
  return {
    el: root,
    mount() {
      document.addEventListener('keydown', onKey);
      render(session.state);
      c.start(() => clock.frame());
    },
    unmount() {
      c.stop();
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      shown.widget?.dispose?.();
      shown.stopCount();
      guard.dispose();
      delete document.body.dataset.mapRole;
      countdown.show(null, null);
    },
  };
}
