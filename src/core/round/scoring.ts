import type { Question, Response } from '../content/types.ts';
import { kindOf } from '../questions/registry.ts';
import type { LonLat } from './distance.ts';

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

export function points(c: number, remainingFraction: number | null, streak: number): number {
  if (c <= 0) return 0;
  const speed = remainingFraction === null ? POINTS.untimedSpeed : POINTS.speed * clamp01(remainingFraction);
  const raw = c * (POINTS.base + speed);
  const bonus = c >= 1 ? 1 + POINTS.streakStep * Math.min(Math.max(streak - 1, 0), POINTS.streakSteps) : 1;
  return Math.round(raw * bonus);
}

export function isFullyRight(c: number): boolean {
  return c >= 1 - 1e-9;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
