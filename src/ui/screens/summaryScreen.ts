import { correctAnswerText, responseText, type Texts } from '../../core/content/describe.ts';
import type { Question } from '../../core/content/types.ts';
import { roundResult } from '../../core/round/reward.ts';
import { verdictOf } from '../../core/round/verdict.ts';
import type { AnswerRecord, RoundState } from '../../core/round/types.ts';
import { formatDuration, formatNumber, t } from '../../i18n/index.ts';
import { button, h } from '../dom.ts';
import { sourceText } from './roundScreen.ts';
import type { Screen } from '../../ports/screen.ts';
import { icon, VERDICT_ICONS } from '../icons.ts';
import { afterTap, LaterSteps } from '../later.ts';

export interface SummaryActions {
  playAgain(): void;
  home(): void;
  /** Extra actions offered by features (e.g. practise what I missed). */
  extras?: { label: string; testId: string; run(): void }[];
  /** A feature's own section under the score (e.g. an assigned round's result code). */
  panel?: HTMLElement | null;
  /** Scored rounds: this kind of round's personal best on this device, and whether this round set it. */
  best?: { isNew: boolean; score: number } | null;
  /** Practice (unscored) rounds: facts moved up a box during it. */
  factsMovedOn?: number;
}

/** One question of the review: the prompt with its mark, the answer given, the right one, why and where from. */
function reviewItem(q: Question, a: AnswerRecord | undefined, texts: Texts): HTMLElement {
  const verdict = a ? verdictOf(a.response, a.correctness) : 'wrong';
  const right = verdict === 'right';
  const words = texts.question(q.id);
  // In a box of its own that the browser styles and lays out only near the screen (.review-body).
  const body = h(
    'div',
    { class: 'review-body' },
    h(
      'p',
      { class: 'prompt' },
      h(
        'span',
        { class: 'icon', 'aria-hidden': 'true' },
        // The review marks a question not answered in time as wrong.
        icon(VERDICT_ICONS[verdict === 'timeout' ? 'wrong' : verdict]),
      ),
      ` ${words?.prompt ?? ''}`,
    ),
    h(
      'p',
      { class: 'yours' },
      `${t('summary.yourAnswer')} `,
      h('span', { 'data-testid': 'your-answer' }, responseText(q, a?.response ?? null, texts)),
    ),
    right
      ? null
      : h('p', { class: 'right-answer' }, `${t('summary.rightAnswer')} `, h('span', {}, correctAnswerText(q, texts))),
    h('p', { class: 'explanation' }, words?.explanation ?? ''),
    h('p', { class: 'source' }, sourceText(q)),
  );
  return h('li', { class: right ? 'right' : 'wrong', 'data-question': q.id }, body);
}

/**
 * The review list, empty, and the steps that fill it one question per task after the summary shows
 * (filling it at once took most of the tap's task); busy until then, for screen readers and tests.
 */
function reviewList(state: RoundState, lookup: (id: string) => Question | undefined, texts: Texts) {
  const review = h('ol', { class: 'review', 'data-testid': 'review', 'aria-busy': 'true' });
  const fill = state.config.questionIds.map((id, i) => () => {
    const q = lookup(id);
    if (q) review.append(reviewItem(q, state.answers[i], texts));
  });
  return { review, fill: [...fill, () => review.removeAttribute('aria-busy')] };
}

/** The end of a round: score, right answers, time, and every question reviewed. */
export function summaryScreen(
  state: RoundState,
  lookup: (id: string) => Question | undefined,
  texts: Texts,
  a: SummaryActions,
): Screen {
  const sum = roundResult(state);
  const stat = (testId: string, label: string, value: string) =>
    h('div', { class: 'stat' }, h('dt', {}, label), h('dd', { 'data-testid': testId }, value));
  const scored = state.config.scored;
  const heading = h('h1', { tabindex: '-1' }, t(scored ? 'summary.title' : 'play.practiceTitle'));
  const correct = t('summary.correctOf', { correct: formatNumber(sum.correct), total: formatNumber(sum.total) });
  // Practice ends on what was learnt (right answers, facts moved on), never on a score of 0.
  const stats = scored
    ? [
        stat('final-score', t('summary.score'), formatNumber(sum.score)),
        stat('correct-count', t('summary.correct'), correct),
        stat('total-time', t('summary.time'), formatDuration(sum.timeMs)),
        stat('best-streak', t('summary.bestStreak'), formatNumber(sum.bestStreak)),
      ]
    : [
        stat('correct-count', t('play.practiceRight'), correct),
        stat('facts-moved', t('play.practiceMoved'), formatNumber(a.factsMovedOn ?? 0)),
        stat('total-time', t('summary.time'), formatDuration(sum.timeMs)),
      ];
  const best = scored && a.best ? bestLine(a.best) : null;
  const { review, fill } = reviewList(state, lookup, texts);
  const again = button(t('summary.playAgain'), () => playAgain(), { class: 'primary', 'data-testid': 'play-again' });
  const playAgain = afterTap(again, () => a.playAgain());
  const el = h(
    'main',
    { class: 'screen summary', 'data-screen': 'summary' },
    h(
      'section',
      { class: 'card summary-card' },
      heading,
      best,
      h('dl', { class: 'stats' }, ...stats),
      scored
        ? null
        : h(
            'p',
            { class: 'learnt', 'data-testid': 'learnt' },
            sum.total === 0 ? t('play.practiceNone') : t('play.practiceMovedHint'),
          ),
      a.panel ?? null,
      h(
        'div',
        { class: 'actions' },
        again,
        ...(a.extras ?? []).map((x) => button(x.label, () => x.run(), { class: 'secondary', 'data-testid': x.testId })),
        button(t('summary.home'), () => a.home(), { class: 'secondary', 'data-testid': 'home' }),
      ),
      h('h2', {}, t('summary.review')),
      review,
    ),
  );
  el.dataset.celebration = String(sum.celebration);
  // The heading takes the focus in the next task (focusing it at once would force the style and
  // layout of the summary inside the tap's task), then the review is filled.
  const later = new LaterSteps();
  return {
    el,
    mount() {
      void later.run([
        () => {
          if (!el.contains(document.activeElement)) heading.focus();
        },
        ...fill,
      ]);
    },
    unmount() {
      later.cancel();
    },
  };
}

/** "New best!" or the best to beat, said above the stats. */
function bestLine(best: { isNew: boolean; score: number }): HTMLElement {
  return best.isNew
    ? h(
        'p',
        { class: 'best new', 'data-testid': 'best' },
        h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('star')),
        ` ${t('play.newBest')}`,
      )
    : h('p', { class: 'best', 'data-testid': 'best' }, t('play.best', { score: formatNumber(best.score) }));
}
