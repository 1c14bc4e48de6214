import type { PointsBreakdown } from '../../../core/round/scoring.ts';
import type { Verdict } from '../../../core/round/verdict.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { h } from '../../dom.ts';
import { icon, VERDICT_ICONS } from '../../icons.ts';
import { countUp } from './countUp.ts';

// The round screen reads the verdict from here beside the feedback lines; the rule is core's.
export { type Verdict, verdictOf } from '../../../core/round/verdict.ts';

export interface FeedbackFacts {
  verdict: Verdict;
  correctness: number;
  /** Scored rounds only. */
  breakdown: PointsBreakdown | undefined;
  /** Right answers in a row after this answer. */
  streak: { count: number; bonusPercent: number } | null;
  /** A city question: how far the point was, and the city's name. */
  kmOff: { km: number; city: string } | null;
}

/**
 * The verdict lines of the footer, shown in the answer's own task: the verdict in words and icon
 * with the points and, for a city, how far off (for the live region: said once). The verdict's
 * `data-verdict` is written by the caller once the whole feedback is up (`verdictEl`).
 */
export function verdictLines(f: FeedbackFacts): { el: HTMLElement; verdictEl: HTMLElement } {
  const b = f.breakdown;
  const verdictEl = h(
    'p',
    { class: `verdict ${f.verdict}` },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, icon(VERDICT_ICONS[f.verdict])),
    ` ${t(`feedback.${f.verdict}`, { percent: Math.round(f.correctness * 100) })}`,
    b && b.total > 0
      ? h('span', { class: 'points' }, ` ${t('feedback.points', { points: formatNumber(b.total) })}`)
      : null,
  );
  const km = f.kmOff
    ? h(
        'p',
        { class: 'km-off', 'data-testid': 'km-off' },
        t('play.kmOff', { km: formatNumber(f.kmOff.km), city: f.kmOff.city }),
      )
    : null;
  return { el: h('div', { class: 'foot-text' }, verdictEl, km), verdictEl };
}

/**
 * How the points were made and the streak, a task after the verdict (outside the live region: its
 * numbers count up, at once under reduced motion, and a reader must not hear every frame of the
 * count — it reads the final numbers, in words). Null when there is nothing to show; `stop` stops the count.
 */
export function pointsLines(f: FeedbackFacts, reducedMotion: boolean): { el: HTMLElement | null; stop: () => void } {
  const stops: (() => void)[] = [];
  const b = f.breakdown;
  const parts = b && b.total > 0 ? breakdownLine(b, f.verdict === 'right', reducedMotion, stops) : null;
  const streak =
    f.streak && f.streak.count >= 2
      ? h(
          'p',
          { class: 'streak-line', 'data-testid': 'streak-line' },
          t('play.streak', { count: f.streak.count, percent: formatNumber(f.streak.bonusPercent) }),
        )
      : null;
  return {
    // The streak is said with the score (the footer's score status): here it is seen, not said again.
    el: parts || streak ? h('div', { class: 'foot-text' }, parts, streak) : null,
    stop: () => {
      for (const s of stops) s();
    },
  };
}

function breakdownLine(b: PointsBreakdown, full: boolean, reducedMotion: boolean, stops: (() => void)[]): HTMLElement {
  type Key = 'play.partRight' | 'play.partPartial' | 'play.partSpeed' | 'play.partStreak';
  const said: string[] = [];
  const item = (key: Key, n: number) => {
    said.push(t(key, { points: formatNumber(n) }));
    const el = h('span', { class: 'part', 'data-points': n }, t(key, { points: formatNumber(n) }));
    stops.push(countUp(n, reducedMotion, (v) => (el.textContent = t(key, { points: formatNumber(v) }))));
    return el;
  };
  const items = [
    item(full ? 'play.partRight' : 'play.partPartial', b.right),
    b.speed > 0 ? item('play.partSpeed', b.speed) : null,
    b.streak > 0 ? item('play.partStreak', b.streak) : null,
  ].filter((x): x is HTMLSpanElement => x !== null);
  // What is seen counts up (hidden from readers); what is read is the final numbers, at once.
  const line = h('p', { class: 'breakdown', 'data-testid': 'breakdown', 'aria-hidden': 'true' });
  items.forEach((el, i) => {
    if (i > 0) line.append(h('span', { class: 'sep' }, ' · '));
    line.append(el);
  });
  return h('div', { class: 'breakdown-box' }, h('p', { class: 'visually-hidden' }, said.join(', ')), line);
}
