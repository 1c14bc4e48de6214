import { streakInfo } from '../../../core/round/reward.ts';
import type { RoundState } from '../../../core/round/types.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { h } from '../../dom.ts';

/**
 * The round bar's progress, score and streak. The bar is narrow (a phone, or the side panel):
 * "1/8" and "3 in a row" on screen (drawn by CSS from `data-short`, out of what a screen reader
 * reads), "Question 1 of 8" and "3 in a row · +20 %" in the text. The streak slot is always
 * there, empty until a streak, so the bar never jumps when one starts.
 */
export function roundBarStats() {
  const progressWords = h('span', { class: 'visually-hidden' });
  const progress = h('p', { class: 'progress' }, progressWords);
  const score = h('p', { class: 'score', 'data-testid': 'score' });
  const streakWords = h('span', { class: 'visually-hidden' });
  const streak = h('p', { class: 'streak', 'data-testid': 'streak' }, streakWords);

  function render(s: RoundState): void {
    const n = formatNumber(s.index + 1);
    const total = formatNumber(s.config.questionIds.length);
    progressWords.textContent = s.config.openEnded
      ? t('learn.practiceProgress', { n })
      : t('round.progress', { n, total });
    progress.dataset.short = s.config.openEnded ? progressWords.textContent : t('play.progressShort', { n, total });
    score.textContent = s.config.scored ? t('round.score', { score: formatNumber(s.score) }) : t('round.practice');
    // A practice round's bar keeps its room for Pause and Stop: "Practice" (no score) is said to
    // screen readers; the student chose it on the title screen.
    score.classList.toggle('visually-hidden', !s.config.scored);
    const on = s.streak >= 2;
    streakWords.textContent = on
      ? t('play.streak', { count: s.streak, percent: formatNumber(streakInfo(s.streak).bonusPercent) })
      : '';
    streak.dataset.short = on ? t('play.streakShort', { count: s.streak }) : '';
    streak.classList.toggle('on', on);
    // The empty slot keeps its room on screen but is no empty "paragraph" to a screen reader.
    if (on) streak.removeAttribute('aria-hidden');
    else streak.setAttribute('aria-hidden', 'true');
  }

  return { els: [progress, score, streak] as const, render };
}
