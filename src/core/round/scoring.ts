import type { Question, Response } from '../content/types.ts';
import { kindOf } from '../questions/registry.ts';
import type { LonLat } from './distance.ts';
import { isFullyRight } from './verdict.ts';

export { cityCorrectness } from '../questions/locate/index.ts';
export { numericCorrectness } from '../questions/numeric/index.ts';
export { pairsInOrder } from '../questions/timeline/index.ts';

/**
 * How right a response is, from 0 (wrong) to 1 (fully right), with partial credit where a
 * question type allows it. Returns null when the response does not fit the question
 * (a wrong answer format), which the engine turns into 'round/bad_response'.
 */
export function correctness(q: Question, r: Response, placeCoords: (id: string) => LonLat | undefined): number | null {
  return kindOf(q).score(q, r, placeCoords);
}

/** Points for one answer. See README "Scoring". */
export const POINTS = { base: 500, speed: 500, untimedSpeed: 250, streakStep: 0.1, streakSteps: 5 } as const;

/**
 * The speed rule: the share of the question's OWN time (the round's base times the question's
 * weight, before the student's ×2/×10/off setting) still left when the answer came, 0 once it
 * is used up; null when the round itself has no time limit. Measuring against the unscaled
 * time means a longer clock helps a student answer but never scores more than ×1 for the same
 * answer after the same seconds.
 */
export function speedFraction(spentMs: number, questionBaseMs: number | null): number | null {
  if (questionBaseMs === null) return null;
  if (!(questionBaseMs > 0)) return 0;
  return clamp01(1 - spentMs / questionBaseMs);
}

/** How one answer's points were made; `total` = `right` + `speed` + `streak`. */
export interface PointsBreakdown {
  /** For being right (or partly right): c × 500. */
  right: number;
  /** For speed: c × 500 × speed fraction (c × 250 with no time limit). */
  speed: number;
  /** The streak bonus on top (fully right answers only). */
  streak: number;
  /** The bonus as a share (0.2 = +20 %). */
  streakShare: number;
  total: number;
}

/** The streak bonus share for an answer that makes `streak` right answers in a row. */
export function streakShare(streak: number): number {
  return POINTS.streakStep * Math.min(Math.max(streak - 1, 0), POINTS.streakSteps);
}

export function pointsBreakdown(c: number, speed: number | null, streak: number): PointsBreakdown {
  if (c <= 0) return { right: 0, speed: 0, streak: 0, streakShare: 0, total: 0 };
  const speedPart = speed === null ? POINTS.untimedSpeed : POINTS.speed * clamp01(speed);
  const share = isFullyRight(c) ? streakShare(streak) : 0;
  const total = Math.round(c * (POINTS.base + speedPart) * (1 + share));
  const right = Math.round(c * POINTS.base);
  const speedPoints = Math.min(total - right, Math.round(c * speedPart));
  return { right, speed: speedPoints, streak: total - right - speedPoints, streakShare: share, total };
}

/** `speed` is the speed fraction (see speedFraction), null with no time limit. */
export function points(c: number, speed: number | null, streak: number): number {
  return pointsBreakdown(c, speed, streak).total;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
