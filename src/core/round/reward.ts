/**
 * What a student is shown for their effort, worked out from the round's state: how each
 * answer's points were made, the streak, how far off a city answer was, and how big the end of
 * the round should be celebrated. Views only display these.
 */
import { mapAsk } from '../questions/registry.ts';
import type { Question } from '../content/types.ts';
import { distanceKm, type LonLat } from './distance.ts';
import { questionBaseMs, type RoundSummary, summarize } from './engine.ts';
import { type PointsBreakdown, pointsBreakdown, speedFraction, streakShare } from './scoring.ts';
import { isFullyRight } from './verdict.ts';
import type { RoundState } from './types.ts';

/** The streak each answer made (right answers in a row up to and including it). */
export function streaksOf(state: RoundState): number[] {
  let run = 0;
  return state.answers.map((a) => {
    run = isFullyRight(a.correctness) ? run + 1 : 0;
    return run;
  });
}

/** How answer `i` scored; its `total` equals the points the engine gave it. */
export function answerBreakdown(state: RoundState, i: number): PointsBreakdown | undefined {
  const a = state.answers[i];
  if (!a || !state.config.scored || a.response === null) return undefined;
  const streak = streaksOf(state)[i] ?? 0;
  return pointsBreakdown(a.correctness, speedFraction(a.timeMs, questionBaseMs(state.config, i)), streak);
}

/** The streak as a student reads it: how many in a row, and the bonus it gives the next right answer's points. */
export function streakInfo(streak: number): { count: number; bonusPercent: number } {
  return { count: streak, bonusPercent: Math.round(streakShare(streak) * 100) };
}

/**
 * How far a city answer was from the city, in whole km; undefined for other questions or
 * when the point or the city is unknown.
 */
export function kmOff(
  q: Question,
  response: RoundState['answers'][number]['response'],
  placeCoords: (id: string) => LonLat | undefined,
): number | undefined {
  const ask = mapAsk(q);
  if (ask?.mode !== 'city' || response === null) return undefined;
  const goal = placeCoords(ask.targets[0] ?? '');
  let point: LonLat | undefined;
  if (response.type === 'locate-point') point = { lon: response.lon, lat: response.lat };
  else if (response.type === 'locate' && response.places.length === 1) point = placeCoords(response.places[0] ?? '');
  if (!goal || !point) return undefined;
  return Math.round(distanceKm(point, goal));
}

/**
 * How big the end of the round is celebrated, 0 (nothing) to 3 (the most), from the share of
 * the round's credit earned: partial credit counts for its part. Phaser draws it (particles,
 * sound) only when motion is allowed; the DOM shows the same result in words.
 */
export type CelebrationLevel = 0 | 1 | 2 | 3;

export function celebrationLevel(state: RoundState): CelebrationLevel {
  const total = state.config.questionIds.length;
  if (total === 0) return 0;
  const credit = state.answers.reduce((sum, a) => sum + a.correctness, 0) / total;
  if (credit >= 0.9) return 3;
  if (credit >= 0.6) return 2;
  if (credit > 0) return 1;
  return 0;
}

/** The round's summary plus what the end screen and the celebration need. */
export interface RoundResult extends RoundSummary {
  celebration: CelebrationLevel;
  /** Answers fully or partly right (practice ends on these, never on a score). */
  partlyRight: number;
}

export function roundResult(state: RoundState): RoundResult {
  return {
    ...summarize(state),
    celebration: celebrationLevel(state),
    partlyRight: state.answers.filter((a) => a.correctness > 0 && !isFullyRight(a.correctness)).length,
  };
}
