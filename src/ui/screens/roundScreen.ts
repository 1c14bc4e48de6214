import type { RoundSession } from '../../ports/round.ts';
import { placeName, questionText, topicName } from '../../i18n/texts.ts';
import { correctResponse } from '../../core/content/describe.ts';
import type { Question } from '../../core/content/types.ts';
import { currentQuestionId } from '../../core/round/engine.ts';
import { answerBreakdown, kmOff, streakInfo } from '../../core/round/reward.ts';
import type { RoundState } from '../../core/round/types.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { answerWidget } from '../answers/index.ts';
import type { AnswerWidget } from '../answers/types.ts';
import { button, h, replace } from '../dom.ts';
import type { MapPort } from '../../ports/map.ts';
import { feedbackLines, verdictOf } from './round/feedbackPanel.ts';
import { roundBarStats } from './round/roundBar.ts';
import { roundClock } from './round/roundClock.ts';
import { quitControls, tapGuard, tapPoint } from './round/roundControls.ts';
import type { Screen, Services } from '../../ports/screen.ts';
import './mapNote.css';
import './round/round.css';

/** One round: question card, answer area and feedback (DOM, redrawn from the session's state); drives map and countdown. */
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
  const pauseBtn = button(t('round.pause'), () => togglePause(), {
    class: 'pause',
    'aria-keyshortcuts': 'Escape',
    'data-testid': 'pause',
  });
  const stopBtn = session.state.config.openEnded
    ? button(t('learn.stop'), () => session.stop(), { class: 'stop', 'data-testid': 'stop' })
    : null;
  const card = h('section', { class: 'card question', 'data-testid': 'question', 'aria-labelledby': 'prompt' });
  // The map loads behind the title screen. A map question waits for it with its clock stopped
  // (the round is paused, quietly, without the pause dialog) and is asked once the map takes clicks.
  const mapNote = h('p', { class: 'map-note', role: 'status', 'data-testid': 'map-note', hidden: true });
  // The explanation and source scroll with the question; the verdict, points and the way on sit in
  // the footer, which never scrolls, so they are in view after every answer on every screen.
  const feedback = h('div', { class: 'feedback' });
  // The verdict is a live region; Next sits beside it, outside: focus moving to Next says it once,
  // the region does not say it again.
  const footLive = h('div', { class: 'foot-live', role: 'status', 'aria-live': 'polite' });
  // The points breakdown counts up: beside the live region, not in it (not said at every frame).
  const footParts = h('div', { class: 'foot-parts' });
  const footNext = h('div', { class: 'foot-next' });
  const foot = h(
    'div',
    { class: 'round-foot', 'data-testid': 'feedback', hidden: true },
    footLive,
    footParts,
    footNext,
  );
  /** Fills the footer (nothing: hidden). */
  function setFoot(live: (Node | null)[], next: HTMLElement | null = null, parts: HTMLElement | null = null): void {
    replace(footLive, ...live);
    replace(footParts, parts);
    footParts.hidden = parts === null;
    replace(footNext, next);
    foot.hidden = live.length === 0 && next === null;
  }
  const quit = onQuit ? quitControls(onQuit) : null;
  const pausedPanel = h(
    'div',
    { class: 'paused-panel', hidden: true, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'paused-title' },
    h('h2', { id: 'paused-title' }, t('round.paused')),
    button(t('round.resume'), () => togglePause(), { class: 'primary', 'data-testid': 'resume' }),
    quit?.el ?? null,
  );
  const root = h(
    'main',
    { class: 'screen round', 'data-screen': 'round' },
    h('h1', { class: 'visually-hidden' }, t('a11y.roundHeading')),
    h('header', { class: 'round-bar' }, ...stats.els, clock.timeText, pauseBtn, stopBtn),
    mapNote,
    card,
    foot,
    pausedPanel,
    clock.announce,
  );

  let widget: AnswerWidget | null = null;
  let shownIndex = -1;
  let shownPhase: RoundState['phase'] | null = null;
  let raf = 0;
  /** Cancels the wait for the map, while a map question waits for it. */
  let mapWait: (() => void) | null = null;
  let stopCount: () => void = () => {};
  // A second tap on "Next" lands on the next question: it must not answer it.
  const guard = tapGuard(root);

  function question(s: RoundState): Question | undefined {
    const id = currentQuestionId(s);
    return id === undefined ? undefined : session.bank.question(id);
  }

  function render(s: RoundState): void {
    if (s.phase === 'finished') {
      onFinished();
      return;
    }
    stats.render(s);
    if (s.phase !== 'paused') quit?.reset();
    // A pause between two taps makes them two decisions, not a double tap: the next tap counts.
    else if (!mapWait) guard.disarm();
    pausedPanel.hidden = s.phase !== 'paused' || mapWait !== null;
    pauseBtn.disabled = mapWait !== null;
    for (const el of [card, foot]) el.toggleAttribute('inert', s.phase === 'paused');
    card.dataset.state = s.phase;
    // After answering its controls are locked: the card itself takes the focus, so keys can scroll the explanation.
    card.tabIndex = s.phase === 'feedback' ? 0 : -1;
    if (s.index !== shownIndex) showQuestion(s);
    if (s.phase === 'feedback' && shownPhase !== 'feedback') showFeedback(s);
    if (s.phase === 'paused' && shownPhase !== 'paused' && !mapWait) pausedPanel.querySelector('button')?.focus();
    if (shownPhase === 'paused' && s.phase !== 'paused')
      (s.phase === 'feedback' ? foot.querySelector<HTMLButtonElement>('.next') : null)?.focus() ?? widget?.focus();
    shownPhase = s.phase;
    if (s.phase === 'asking') waitForMap(s);
  }

  function needsMap(s: RoundState): boolean {
    return question(s)?.type === 'locate';
  }

  /** Shows or hides the map note; a hidden note holds no words (a reader must not hear "could not load" for nothing). */
  function setMapNote(text: string | null): void {
    mapNote.hidden = text === null;
    if (mapNote.textContent !== (text ?? '')) mapNote.textContent = text ?? '';
  }

  function waitForMap(s: RoundState): void {
    setMapNote(!needsMap(s) || map.canPick() ? null : t('mapLoad.failed'));
    if (mapWait || !needsMap(s) || map.canPick()) return;
    let settled = false;
    const cancel = map.whenPickable(() => {
      settled = true;
      mapWait = null;
      setMapNote(map.canPick() ? null : t('mapLoad.failed'));
      if (session.state.phase === 'paused') session.resume();
    });
    if (settled) return;
    mapWait = cancel;
    setMapNote(t('mapLoad.loading'));
    session.pause();
  }

  function showQuestion(s: RoundState): void {
    widget?.dispose?.();
    stopCount();
    if (shownIndex !== -1) guard.arm(nextPoint);
    shownIndex = s.index;
    shownPhase = null;
    clock.reset();
    const q = question(s);
    if (!q) return;
    const text = questionText(q);
    card.dataset.questionId = q.id;
    card.dataset.questionType = q.type;
    // On a phone a map question gives the map most of the screen; other questions shrink it to a strip.
    document.body.dataset.mapRole = q.type === 'locate' ? 'stage' : 'strip';
    widget = answerWidget(
      {
        question: q,
        text,
        place: placeName,
        map,
        submit: (r) => {
          if (session.answer(r) === 'round/bad_response') showProblem();
        },
      },
      seed + s.index,
    );
    replace(feedback);
    setFoot([]);
    replace(
      card,
      h(
        'p',
        { class: 'meta' },
        topicName(q.topic),
        q.context ? h('span', { class: 'badge context', title: t('round.contextHint') }, t('round.context')) : null,
      ),
      h('h2', { id: 'prompt', class: 'prompt' }, text.prompt),
      widget.el,
      feedback,
    );
    widget.focus();
    // Each question opens at its top (its topic and prompt in view), whatever was scrolled before,
    // even if focusing the first control scrolled the card a little.
    card.scrollTop = 0;
    countdown.show(session.remainingMs(), session.timeLimitMs());
  }

  function showProblem(): void {
    setFoot([h('p', { class: 'problem' }, t('round.badResponse'))]);
  }

  function showFeedback(s: RoundState): void {
    const q = question(s);
    const i = s.answers.length - 1;
    const a = s.answers[i];
    if (!q || !a || !widget) return;
    guard.disarm();
    const text = questionText(q);
    widget.reveal(correctResponse(q), a.response);
    const verdict = verdictOf(a.response, a.correctness);
    sound.play(verdict === 'right' ? 'correct' : 'wrong');
    const last = s.index + 1 >= s.config.questionIds.length;
    const nextBtn = button(t(last ? 'round.seeResults' : 'round.next'), (ev) => goNext(tapPoint(ev, nextBtn)), {
      class: 'primary next',
      'data-testid': 'next',
      'aria-keyshortcuts': 'Enter',
    });
    const km = kmOff(q, a.response, (id) => session.bank.placeCoords(id));
    const lines = feedbackLines(
      {
        verdict,
        correctness: a.correctness,
        breakdown: answerBreakdown(s, i),
        streak: s.config.scored ? streakInfo(s.streak) : null,
        kmOff: km !== undefined && q.type === 'locate' ? { km, city: placeName(q.targets[0] ?? '') } : null,
      },
      document.documentElement.classList.contains('reduced-motion'),
    );
    stopCount = lines.stop;
    setFoot(
      [
        lines.el,
        // The score and streak change with the verdict: said once here, politely, not every frame.
        s.config.scored
          ? h(
              'p',
              { class: 'visually-hidden', 'data-testid': 'score-status' },
              s.streak >= 2
                ? t('a11y.status', { score: formatNumber(s.score), count: s.streak })
                : t('a11y.statusNoStreak', { score: formatNumber(s.score) }),
            )
          : null,
      ],
      nextBtn,
      lines.breakdown,
    );
    replace(
      feedback,
      s.config.explainDuringRound ? h('p', { class: 'explanation' }, text.explanation) : null,
      s.config.explainDuringRound ? h('p', { class: 'source' }, sourceText(q)) : null,
    );
    nextBtn.focus({ preventScroll: true });
    countdown.show(null, null);
  }

  /** Where "Next" was tapped (null for a key): the tap guard needs it once the next question is up. */
  let nextPoint: { x: number; y: number } | null = null;
  function goNext(at: { x: number; y: number } | null): void {
    nextPoint = at;
    session.next();
  }

  function togglePause(): void {
    if (mapWait) return;
    if (session.state.phase === 'paused') session.resume();
    else session.pause();
  }

  function frame(): void {
    clock.frame();
    raf = requestAnimationFrame(frame);
  }

  function onKey(ev: KeyboardEvent): void {
    if (ev.key === 'Escape') {
      // A held key repeats: one press pauses (or resumes) once.
      if (!ev.repeat) togglePause();
      ev.preventDefault();
      return;
    }
    const s = session.state;
    if (s.phase === 'asking' && widget?.key(ev)) {
      ev.preventDefault();
      return;
    }
    if (s.phase === 'feedback' && ev.key === 'Enter' && !ev.repeat && !(ev.target instanceof HTMLButtonElement)) {
      goNext(null);
      ev.preventDefault();
    }
  }

  const unsubscribe = session.onChange(render);
  return {
    el: root,
    mount() {
      document.addEventListener('keydown', onKey);
      render(session.state);
      raf = requestAnimationFrame(frame);
    },
    unmount() {
      cancelAnimationFrame(raf);
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      mapWait?.();
      mapWait = null;
      widget?.dispose?.();
      stopCount();
      guard.dispose();
      delete document.body.dataset.mapRole;
      countdown.show(null, null);
    },
  };
}

export function sourceText(q: Question): string {
  const paras = q.paragraphs.map((p) => formatNumber(p)).join(', ');
  if (q.context) return paras ? t('feedback.sourceContext', { paragraphs: paras }) : t('feedback.contextOnly');
  // A pack drawn from the map data, not an article: its facts cite the map.
  if (q.paragraphs.length === 0) return t('packs.sourceMap');
  return t('feedback.source', { count: q.paragraphs.length, paragraphs: paras });
}
