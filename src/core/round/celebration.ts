import type { RoundState } from './types.ts';

/**
 * How much the end of a round is celebrated, 0–3, from what the student got right (not from
 * points, so practice and scored rounds are alike): 0 nothing right, 1 some, 2 most (60 %),
 * 3 nearly all (85 %). The map throws confetti in proportion; reduced motion shows none.
 */
export type CelebrationLevel = 0 | 1 | 2 | 3;

export function celebrationLevel(state: Pick<RoundState, 'answers'>): CelebrationLevel {
  const n = state.answers.length;
  if (n === 0) return 0;
  const share = state.answers.reduce((sum, a) => sum + a.correctness, 0) / n;
  if (share >= 0.85) return 3;
  if (share >= 0.6) return 2;
  return share > 0 ? 1 : 0;
}
