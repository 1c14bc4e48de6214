import type { RoundState } from './types.ts';

/** A round saved mid-way, with what is needed to show it again the same way. */
export interface SavedRound {
  state: RoundState;
  seed: number;
}

export const SAVED_ROUND_VERSION = 1;

/**
 * Checks a saved round read back from storage: a damaged or out-of-date one gives undefined,
 * never a half-working round. `known` says whether a question id is in today's bank.
 */
export function validateSavedRound(x: unknown, known: (id: string) => boolean): SavedRound | undefined {
  if (!isObject(x) || !isObject(x.state) || typeof x.seed !== 'number') return undefined;
  const s = x.state;
  const c = s.config;
  if (s.version !== 1 || !isObject(c) || !Array.isArray(c.questionIds) || !Array.isArray(s.answers)) return undefined;
  if (!c.questionIds.every((id) => typeof id === 'string' && known(id))) return undefined;
  if (c.timeWeights !== undefined && !validWeights(c.timeWeights, c.questionIds.length)) return undefined;
  if (!['asking', 'paused', 'feedback'].includes(String(s.phase))) return undefined;
  const numbers = [s.index, s.runningSince, s.spentMs, s.score, s.streak, s.bestStreak];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  if (!Number.isInteger(s.index) || (s.index as number) < 0 || (s.index as number) >= c.questionIds.length)
    return undefined;
  const answered =
    (s.index as number) + (s.phase === 'asking' || (s.phase === 'paused' && s.pausedFrom === 'asking') ? 0 : 1);
  if (s.answers.length !== answered) return undefined;
  return x as unknown as SavedRound;
}

function validWeights(w: unknown, n: number): boolean {
  return Array.isArray(w) && w.length === n && w.every((x) => typeof x === 'number' && x > 0 && x <= 100);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
