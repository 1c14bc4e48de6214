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
import { feedbackLines, type Verdict, verdictOf } from './feedbackPanel.ts';
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

/**
 * After the answer: the right answer revealed, the verdict and points in the footer with Next,
 * the explanation and source under the question. Returns the verdict and how to stop the count-up.
 */
export function showAnswerFeedback(
  s: RoundState,
  q: Question,
  widget: AnswerWidget,
  o: { layout: RoundLayout; feedback: HTMLElement; next: HTMLElement; session: RoundSession },
): { verdict: Verdict; stop: () => void } | null {
  const i = s.answers.length - 1;
  const a = s.answers[i];
  if (!a) return null;
  widget.reveal(correctResponse(q), a.response);
  const verdict = verdictOf(a.response, a.correctness);
  const km = kmOff(q, a.response, (id) => o.session.bank.placeCoords(id));
  const lines = feedbackLines(
    {
      verdict,
      correctness: a.correctness,
      breakdown: answerBreakdown(s, i),
      streak: s.config.scored ? streakInfo(s.streak) : null,
      kmOff: km !== undefined ? { km, city: placeName(mapAsk(q)?.targets[0] ?? '') } : null,
    },
    document.documentElement.classList.contains('reduced-motion'),
  );
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
  o.layout.setFoot([lines.el, score], o.next, lines.breakdown);
  const text = questionText(q);
  replace(
    o.feedback,
    s.config.explainDuringRound ? h('p', { class: 'explanation' }, text.explanation) : null,
    s.config.explainDuringRound ? h('p', { class: 'source' }, sourceText(q)) : null,
  );
  return { verdict, stop: lines.stop };
}
