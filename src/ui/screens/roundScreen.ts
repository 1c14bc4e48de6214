import type { RoundSession } from '../../app/roundSession.ts';
import { placeName, questionText, topicName } from '../../app/texts.ts';
import { correctResponse } from '../../core/content/describe.ts';
import type { Question } from '../../core/content/types.ts';
import { currentQuestionId } from '../../core/round/engine.ts';
import { isFullyRight } from '../../core/round/scoring.ts';
import type { RoundState } from '../../core/round/types.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { answerWidget } from '../answers/index.ts';
import type { AnswerWidget } from '../answers/types.ts';
import { button, h, replace } from '../dom.ts';
import type { MapPort } from '../mapPort.ts';
import type { Screen, Services } from './screen.ts';
import './mapNote.css';
import { icon } from '../icons.ts';

/** Seconds left at which the remaining time is announced to screen readers (not every second). */
const ANNOUNCE_AT = [30, 10, 5];
/** The countdown ticks audibly for the last seconds. */
const TICK_FROM_S = 5;

/**
 * One round: the question card, the answer area and the feedback, all DOM, redrawn from the
 * session's state. The map and countdown are Phaser views driven from here.
 */
export function roundScreen(
  services: Services,
  session: RoundSession,
  map: MapPort,
  seed: number,
  onFinished: () => void,
): Screen {
  const { sound, countdown } = services;
  const progress = h('p', { class: 'progress' });
  const score = h('p', { class: 'score', 'data-testid': 'score' });
  const streak = h('p', { class: 'streak', 'data-testid': 'streak' });
  const timeText = h('p', { class: 'time-left', 'data-testid': 'time-left' });
  const timeAnnounce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
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
  const feedback = h('div', { class: 'feedback', role: 'status', 'aria-live': 'polite', 'data-testid': 'feedback' });
  const pausedPanel = h(
    'div',
    { class: 'paused-panel', hidden: true, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'paused-title' },
    h('h2', { id: 'paused-title' }, t('round.paused')),
    button(t('round.resume'), () => togglePause(), { class: 'primary', 'data-testid': 'resume' }),
  );
  const root = h(
    'main',
    { class: 'screen round', 'data-screen': 'round' },
    h('h1', { class: 'visually-hidden' }, t('a11y.roundHeading')),
    h('header', { class: 'round-bar' }, progress, score, streak, timeText, pauseBtn, stopBtn),
    mapNote,
    card,
    pausedPanel,
    timeAnnounce,
  );

  let widget: AnswerWidget | null = null;
  let shownIndex = -1;
  let shownPhase: RoundState['phase'] | null = null;
  let lastWholeSecond = -1;
  let raf = 0;
  /** Cancels the wait for the map, while a map question waits for it. */
  let mapWait: (() => void) | null = null;

  function question(s: RoundState): Question | undefined {
    const id = currentQuestionId(s);
    return id === undefined ? undefined : session.bank.question(id);
  }

  function render(s: RoundState): void {
    if (s.phase === 'finished') {
      onFinished();
      return;
    }
    progress.textContent = s.config.openEnded
      ? t('learn.practiceProgress', { n: s.index + 1 })
      : t('round.progress', { n: s.index + 1, total: s.config.questionIds.length });
    score.textContent = s.config.scored ? t('round.score', { score: formatNumber(s.score) }) : t('round.practice');
    streak.textContent = s.streak >= 2 ? t('round.streak', { count: s.streak }) : '';
    pausedPanel.hidden = s.phase !== 'paused' || mapWait !== null;
    pauseBtn.disabled = mapWait !== null;
    card.toggleAttribute('inert', s.phase === 'paused');
    card.dataset.state = s.phase;
    if (s.index !== shownIndex) showQuestion(s);
    if (s.phase === 'feedback' && shownPhase !== 'feedback') showFeedback(s);
    if (s.phase === 'paused' && shownPhase !== 'paused' && !mapWait) pausedPanel.querySelector('button')?.focus();
    if (shownPhase === 'paused' && s.phase !== 'paused')
      (s.phase === 'feedback' ? card.querySelector<HTMLButtonElement>('.next') : null)?.focus() ?? widget?.focus();
    shownPhase = s.phase;
    if (s.phase === 'asking') waitForMap(s);
  }

  function needsMap(s: RoundState): boolean {
    return question(s)?.type === 'locate';
  }

  function waitForMap(s: RoundState): void {
    mapNote.hidden = !needsMap(s) || map.canPick();
    mapNote.textContent = t('mapLoad.failed');
    if (mapWait || !needsMap(s) || map.canPick()) return;
    let settled = false;
    const cancel = map.whenPickable(() => {
      settled = true;
      mapWait = null;
      mapNote.hidden = map.canPick();
      mapNote.textContent = t('mapLoad.failed');
      if (session.state.phase === 'paused') session.resume();
    });
    if (settled) return;
    mapWait = cancel;
    mapNote.textContent = t('mapLoad.loading');
    mapNote.hidden = false;
    session.pause();
  }

  function showQuestion(s: RoundState): void {
    widget?.dispose?.();
    shownIndex = s.index;
    shownPhase = null;
    lastWholeSecond = -1;
    timeAnnounce.textContent = '';
    const q = question(s);
    if (!q) return;
    const text = questionText(q);
    card.dataset.questionId = q.id;
    card.dataset.questionType = q.type;
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
    countdown.show(session.remainingMs(), session.timeLimitMs());
  }

  function showProblem(): void {
    replace(feedback, h('p', { class: 'problem' }, t('round.badResponse')));
  }

  function showFeedback(s: RoundState): void {
    const q = question(s);
    const a = s.answers[s.answers.length - 1];
    if (!q || !a || !widget) return;
    const text = questionText(q);
    widget.reveal(correctResponse(q), a.response);
    const verdict =
      a.response === null ? 'timeout' : isFullyRight(a.correctness) ? 'right' : a.correctness > 0 ? 'partial' : 'wrong';
    sound.play(verdict === 'right' ? 'correct' : 'wrong');
    const last = s.index + 1 >= s.config.questionIds.length;
    const nextBtn = button(t(last ? 'round.seeResults' : 'round.next'), () => session.next(), {
      class: 'primary next',
      'data-testid': 'next',
      'aria-keyshortcuts': 'Enter',
    });
    replace(
      feedback,
      h(
        'p',
        { class: `verdict ${verdict}`, 'data-verdict': verdict },
        h(
          'span',
          { class: 'icon', 'aria-hidden': 'true' },
          icon(
            verdict === 'right'
              ? 'check'
              : verdict === 'partial'
                ? 'partial'
                : verdict === 'timeout'
                  ? 'timer'
                  : 'cross',
          ),
        ),
        ` ${t(`feedback.${verdict}`, { percent: Math.round(a.correctness * 100) })}`,
        s.config.scored && a.points > 0
          ? h('span', { class: 'points' }, ` ${t('feedback.points', { points: formatNumber(a.points) })}`)
          : null,
      ),
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
      s.config.explainDuringRound ? h('p', { class: 'explanation' }, text.explanation) : null,
      s.config.explainDuringRound ? h('p', { class: 'source' }, sourceText(q)) : null,
      nextBtn,
    );
    nextBtn.focus({ preventScroll: true });
    countdown.show(null, null);
  }

  function togglePause(): void {
    if (mapWait) return;
    if (session.state.phase === 'paused') session.resume();
    else session.pause();
  }

  function frame(): void {
    session.tick();
    const s = session.state;
    const left = session.remainingMs();
    if (s.phase === 'asking' && left !== null) {
      countdown.show(left, session.timeLimitMs());
      const secs = Math.ceil(left / 1000);
      // Only on change: a DOM write every frame restyles and repaints the bar over the map each frame.
      const text = t('round.timeLeft', { seconds: secs });
      if (timeText.textContent !== text) timeText.textContent = text;
      if (secs !== lastWholeSecond) {
        if (lastWholeSecond !== -1 && secs <= TICK_FROM_S && secs > 0) sound.play('tick');
        if (ANNOUNCE_AT.includes(secs)) timeAnnounce.textContent = t('round.secondsLeft', { count: secs });
        lastWholeSecond = secs;
      }
    } else if (s.phase === 'asking') {
      const text = t('round.untimed');
      if (timeText.textContent !== text) timeText.textContent = text;
    }
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
    if (s.phase === 'feedback' && ev.key === 'Enter' && !(ev.target instanceof HTMLButtonElement)) {
      session.next();
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
