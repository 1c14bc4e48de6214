/** A question on the round screen: its topic, prompt and answer widget, and after the answer its feedback. */
import { mapAsk } from '../../../core/questions/registry.ts';
import type { RoundSession } from '../../../ports/round.ts';
import { placeName, questionText, topicName } from '../../../i18n/texts.ts';
import { correctResponse } from '../../../core/content/describe.ts';
import type { Question } from '../../../core/content/types.ts';
import { answerBreakdown, kmOff, streakInfo } from '../../../core/round/reward.ts';
import type { RoundState } from '../../../core/round/types.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { answerWidget } from '../../answers/index.ts';
import type { AnswerWidget } from '../../answers/types.ts';
import { h, replace } from '../../dom.ts';
import type { MapPort } from '../../../ports/map.ts';
import { type FeedbackFacts, pointsLines, type Verdict, verdictLines, verdictOf } from './feedbackPanel.ts';
import type { RoundLayout } from './roundLayout.ts';

/** Fills the card with question `q`; returns its answer widget. */
export function showQuestionCard(
  card: HTMLElement,
  feedback: HTMLElement,
  q: Question,
  o: { map: MapPort; seed: number; submit: (r: Parameters<RoundSession['answer']>[0]) => void },
): AnswerWidget {
  const text = questionText(q);
  card.dataset.questionId = q.id;
  card.dataset.questionType = q.type;
  const widget = answerWidget({ question: q, text, place: placeName, map: o.map, submit: o.submit }, o.seed);
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
  return widget;
}

export function sourceText(q: Question): string {
  const paras = q.paragraphs.map((p) => formatNumber(p)).join(', ');
  if (q.context) return paras ? t('feedback.sourceContext', { paragraphs: paras }) : t('feedback.contextOnly');
  // A pack drawn from the map data, not an article: its facts cite the map.
  if (q.paragraphs.length === 0) return t('packs.sourceMap');
  return t('feedback.source', { count: q.paragraphs.length, paragraphs: paras });
}

/** The feedback of one answer: its verdict is up; the rest comes in later tasks, in this order. */
export interface AnswerFeedback {
  verdict: Verdict;
  /** The points counting up (and the streak); returns how to stop the count. */
  details(): () => void;
  /** The explanation and source under the question (when the round explains during play). */
  explain(): void;
  /** The whole feedback is up: the verdict carries `data-verdict` (what tests wait for). */
  complete(): void;
}

/**
 * After the answer, in the answer's own task: the right answer marked in the widget (on the very
 * control the student used: a screen reader says it there), the verdict and points in the footer
 * with Next, and the score said once to screen readers. Returns the verdict and the steps still to do.
 */
export function showAnswerFeedback(
  s: RoundState,
  q: Question,
  widget: AnswerWidget,
  o: { layout: RoundLayout; feedback: HTMLElement; next: HTMLElement; session: RoundSession },
): AnswerFeedback | null {
  const i = s.answers.length - 1;
  const a = s.answers[i];
  if (!a) return null;
  widget.reveal(correctResponse(q), a.response);
  const verdict = verdictOf(a.response, a.correctness);
  const km = kmOff(q, a.response, (id) => o.session.bank.placeCoords(id));
  const facts: FeedbackFacts = {
    verdict,
    correctness: a.correctness,
    breakdown: answerBreakdown(s, i),
    streak: s.config.scored ? streakInfo(s.streak) : null,
    kmOff: km !== undefined ? { km, city: placeName(mapAsk(q)?.targets[0] ?? '') } : null,
  };
  const lines = verdictLines(facts);
  // The score and streak change with the verdict: said once here, politely, not every frame.
  const score = s.config.scored
    ? h(
        'p',
        { class: 'visually-hidden', 'data-testid': 'score-status' },
        s.streak >= 2
          ? t('a11y.status', { score: formatNumber(s.score), count: s.streak })
          : t('a11y.statusNoStreak', { score: formatNumber(s.score) }),
      )
    : null;
  o.layout.setFoot([lines.el, score], o.next);
  return {
    verdict,
    details: () => {
      const points = pointsLines(facts, document.documentElement.classList.contains('reduced-motion'));
      o.layout.setParts(points.el);
      return points.stop;
    },
    explain: () => {
      if (!s.config.explainDuringRound) return;
      const text = questionText(q);
      replace(
        o.feedback,
        h('p', { class: 'explanation' }, text.explanation),
        h('p', { class: 'source' }, sourceText(q)),
      );
    },
    complete: () => {
      lines.verdictEl.dataset.verdict = verdict;
    },
  };
}
