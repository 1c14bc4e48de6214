/**
 * The verdict on one answer, the one rule every screen, score, class table and learning record
 * uses: right, partly right, wrong, or no answer in time. Pure.
 */

/**
 * An answer is fully right at or above this correctness. Scores are 0..1 with partial credit (a
 * click near but not on a city, a timeline half in order); the tiny margin below 1 absorbs
 * floating-point sums such as 3 × (1/3).
 */
export const FULLY_RIGHT = 1 - 1e-9;

export function isFullyRight(correctness: number): boolean {
  return correctness >= FULLY_RIGHT;
}

export const VERDICTS = ['right', 'partial', 'wrong', 'timeout'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function isVerdict(x: string): x is Verdict {
  return (VERDICTS as readonly string[]).includes(x);
}

/** 'timeout' when nothing was answered and nothing earned; otherwise by correctness. */
export function verdictOf(response: unknown, correctness: number): Verdict {
  if (response === null && !(correctness > 0)) return 'timeout';
  return isFullyRight(correctness) ? 'right' : correctness > 0 ? 'partial' : 'wrong';
}
