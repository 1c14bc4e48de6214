/** A reordering of a question's own events as one number: its Lehmer rank (for timelines in result codes). */
import { DecodeFailure } from './bytes.ts';

/** Timelines up to this many events that reorder the question's own events travel as one number. */
export const MAX_PERM = 12;

/** Lehmer rank of `order` as a permutation of `dict`, or null when it is not one. */
export function permutationRank(order: readonly string[], dict: readonly string[]): number | null {
  if (order.length !== dict.length || order.length === 0 || order.length > MAX_PERM) return null;
  const left = [...dict];
  let rank = 0;
  for (const e of order) {
    const i = left.indexOf(e);
    if (i < 0) return null;
    rank = rank * left.length + i;
    left.splice(i, 1);
  }
  return rank;
}

/** The permutation of `dict` whose Lehmer rank is `rank`; throws a DecodeFailure past the last one. */
export function permutationFromRank(rank: number, dict: readonly string[]): string[] {
  const n = dict.length;
  const digits: number[] = [];
  let r = rank;
  for (let k = 1; k <= n; k++) {
    digits.push(r % k);
    r = Math.floor(r / k);
  }
  if (r !== 0) throw new DecodeFailure('permutation rank out of range');
  const left = [...dict];
  return digits.reverse().map((d) => left.splice(d, 1)[0] as string);
}

export function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}
