/**
 * One round: question card, answer area and feedback (DOM, redrawn from the session's state);
 * drives map and countdown. What waits, pauses and moves on is decided by a RoundController
 * (round/roundController.ts, DOM-free); the parts are drawn by round/roundLayout.ts and
 * round/questionView.ts.
 */
import { mapAsk } from '../../core/questions/registry.ts';
import type { RoundSession } from '../../ports/round.ts';
import type { RoundState } from '../../core/round/types.ts';
import { t } from '../../i18n/index.ts';
import type { AnswerWidget } from '../answers/types.ts';
import { button, h } from '../dom.ts';
import { LaterSteps } from '../later.ts';
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

const browserTimer = {
  set: (cb: () => void, ms: number) => window.setTimeout(cb, ms),
  clear: (id: number) => window.clearTimeout(id),
};

/** Shows or hides the map note; a hidden note holds no words (a reader must not hear "could not load" for nothing). */
function drawMapNote(el: HTMLElement, note: MapNote): void {
  const text = note === null ? '' : t(note === 'loading' ? 'mapLoad.loading' : 'mapLoad.failed');
  el.hidden = note === null;
  if (el.textContent !== text) el.textContent = text;
}

/** One round's screen: made once, redrawn from the session's state on every change. */
class RoundView {
  private readonly stats = roundBarStats();
  private readonly clock: ReturnType<typeof roundClock>;
  private readonly feedback = h('div', { class: 'feedback' });
  private readonly c: RoundController;
  private readonly layout: RoundLayout;
  // A second tap on "Next" lands on the next question: it must not answer it.
  private readonly guard: ReturnType<typeof tapGuard>;
  private shownIndex = -1;
  private shownPhase: RoundState['phase'] | null = null;
  private widget: AnswerWidget | null = null;
  private stopCount: () => void = () => {};
  /** What is left to draw of the question or feedback on screen, one short task at a time. */
  private readonly later = new LaterSteps();
  /** The first question, drawn in the task after the screen is put on the page (see screen()). */
  private readonly opening = new LaterSteps();

  constructor(
    private readonly services: Services,
    private readonly session: RoundSession,
    private readonly map: MapPort,
    private readonly seed: number,
    private readonly onFinished: () => void,
    onQuit?: () => void,
  ) {
    this.clock = roundClock(session, services.countdown, services.sound);
    this.c = new RoundController(session, map, browserTimer, (note) => drawMapNote(this.layout.mapNote, note));
    this.layout = roundLayout({
      stats: this.stats,
      clock: this.clock,
      togglePause: () => this.c.togglePause(),
      stop: session.state.config.openEnded ? () => session.stop() : null,
      onQuit,
    });
    this.guard = tapGuard(this.layout.root);
  }

  render(s: RoundState): void {
    if (s.phase === 'finished') {
      this.onFinished();
      return;
    }
    const { card, foot, pausedPanel, pauseBtn, quit } = this.layout;
    // Each question opens at its top: the card is scrolled back before anything is written, while
    // its layout is still clean (after the writes, the scroll would force a layout of the new card).
    // (A card just made is at its top: reading its scroll would force the whole screen's first layout.)
    if (s.index !== this.shownIndex && this.shownIndex !== -1 && card.scrollTop !== 0) card.scrollTop = 0;
    const waiting = this.c.waitingForMap;
    this.stats.render(s);
    if (s.phase !== 'paused') quit?.reset();
    // A pause between two taps makes them two decisions, not a double tap: the next tap counts.
    else if (!waiting) this.guard.disarm();
    pausedPanel.hidden = s.phase !== 'paused' || waiting;
    pauseBtn.disabled = waiting;
    for (const el of [card, foot]) el.toggleAttribute('inert', s.phase === 'paused');
    card.dataset.state = s.phase;
    // After answering its controls are locked: the card itself takes the focus, so keys can scroll the explanation.
    card.tabIndex = s.phase === 'feedback' ? 0 : -1;
    if (s.index !== this.shownIndex) this.showQuestion(s);
    if (s.phase === 'feedback' && this.shownPhase !== 'feedback') this.showFeedback(s);
    if (s.phase === 'paused' && this.shownPhase !== 'paused' && !waiting) pausedPanel.querySelector('button')?.focus();
    if (this.shownPhase === 'paused' && s.phase !== 'paused')
      (s.phase === 'feedback' ? foot.querySelector<HTMLButtonElement>('.next') : null)?.focus() ?? this.widget?.focus();
    this.shownPhase = s.phase;
    if (s.phase === 'asking') {
      this.c.checkMap(s);
      drawMapNote(this.layout.mapNote, this.c.mapNote);
    }
    // The clock sleeps between its changes: a question, an answer or a pause is one.
    this.c.wake();
  }

  private showQuestion(s: RoundState): void {
    this.later.cancel();
    this.widget?.dispose?.();
    this.stopCount();
    if (this.shownIndex !== -1) this.guard.arm(this.c.nextPoint);
    this.shownIndex = s.index;
    this.shownPhase = null;
    this.clock.reset();
    const q = this.c.question(s);
    if (!q) return;
    // On a phone a map question gives the map most of the screen; other questions shrink it to a strip.
    // (Written only when it changes: the body's attribute restyles the whole page.)
    const role = mapAsk(q) ? 'stage' : 'strip';
    if (document.body.dataset.mapRole !== role) document.body.dataset.mapRole = role;
    const submit = (r: Parameters<RoundSession['answer']>[0]) => {
      if (this.session.answer(r) === 'round/bad_response')
        this.layout.setFoot([h('p', { class: 'problem' }, t('round.badResponse'))]);
    };
    this.layout.setFoot([]);
    const { card, pausedPanel } = this.layout;
    const widget = showQuestionCard(card, this.feedback, q, { map: this.map, seed: this.seed + s.index, submit });
    this.widget = widget;
    // The countdown on the map (its text drawn on a canvas) in the next task, the focus in the one after
    // (focusing after the writes would force the new card's style and layout inside this one), unless
    // the student got there first: answered, paused, or at work in the card.
    void this.later.run([
      () => this.services.countdown.show(this.session.remainingMs(), this.session.timeLimitMs()),
      () => {
        const now = this.session.state;
        if (now.index !== s.index || now.phase === 'feedback' || !pausedPanel.hidden) return;
        const at = document.activeElement;
        if (at !== card && card.contains(at)) return;
        widget.focus();
        // Each question stays at its top, even if focusing the first control scrolled the card a little.
        card.scrollTop = 0;
      },
    ]);
  }

  private showFeedback(s: RoundState): void {
    const q = this.c.question(s);
    if (!q || !this.widget) return;
    this.guard.disarm();
    const last = s.index + 1 >= s.config.questionIds.length;
    const next = button(t(last ? 'round.seeResults' : 'round.next'), (ev) => this.c.next(tapPoint(ev, next)), {
      class: 'primary next',
      'data-testid': 'next',
      'aria-keyshortcuts': 'Enter',
    });
    const parts = { layout: this.layout, feedback: this.feedback, next, session: this.session };
    // The verdict and Next now, in the answer's task; the rest in short tasks after it.
    const done = showAnswerFeedback(s, q, this.widget, parts);
    if (!done) return;
    this.services.countdown.show(null, null);
    const index = s.index;
    void this.later.run([
      // Its own task: the first sound of a visit starts the page's audio (tens of ms on a slow phone).
      () => this.services.sound.play(done.verdict === 'right' ? 'correct' : 'wrong'),
      () => {
        this.stopCount = done.details();
      },
      () => done.explain(),
      () => {
        const now = this.session.state;
        if (now.index === index && now.phase === 'feedback' && this.layout.pausedPanel.hidden)
          next.focus({ preventScroll: true });
        done.complete();
      },
    ]);
  }

  private readonly onKey = (ev: KeyboardEvent): void => {
    const k = { key: ev.key, repeat: ev.repeat, onButton: ev.target instanceof HTMLButtonElement };
    if (this.c.key(k, () => this.widget?.key(ev) ?? false)) ev.preventDefault();
  };

  screen(): Screen {
    const unsubscribe = this.session.onChange((s) => this.render(s));
    return {
      el: this.layout.root,
      mount: () => {
        document.addEventListener('keydown', this.onKey);
        // The screen's frame (bar, card, foot) went on the page in this task; the question is drawn
        // and the clock started in the next (issue 20: the two were one 70–95 ms task at CPU ×4 after
        // Play while the game loads). scheduler.yield() runs it before the next frame is drawn.
        void this.opening.run([
          () => {
            this.render(this.session.state);
            this.c.start(() => this.clock.frame());
          },
        ]);
      },
      unmount: () => {
        this.opening.cancel();
        this.c.stop();
        document.removeEventListener('keydown', this.onKey);
        unsubscribe();
        this.later.cancel();
        this.widget?.dispose?.();
        this.stopCount();
        this.guard.dispose();
        delete document.body.dataset.mapRole;
        this.services.countdown.show(null, null);
      },
    };
  }
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
  return new RoundView(services, session, map, seed, onFinished, onQuit).screen();
}
