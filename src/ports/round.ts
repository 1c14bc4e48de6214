import type { Response } from '../core/content/types.ts';
import type { Bank, RoundError } from '../core/round/engine.ts';
import type { RoundState } from '../core/round/types.ts';

/**
 * The one live round as the round screen sees it: the state to draw and the intents a student
 * has. The app's RoundSession (app/roundSession.ts) implements it over the pure engine and a clock.
 */
export interface RoundSession {
  readonly bank: Bank;
  readonly state: RoundState;
  /** Calls `cb` with each new state; returns an unsubscribe function. */
  onChange(cb: (s: RoundState) => void): () => void;
  /** The student's answer to the question asked; an error when it does not count (wrong phase, bad shape). */
  answer(r: Response): RoundError | null;
  next(): void;
  /** The student ends the round (practice "Stop"). */
  stop(): void;
  pause(): void;
  resume(): void;
  /** Called every frame or so; moves the round on when time runs out. */
  tick(): void;
  remainingMs(): number | null;
  timeLimitMs(): number | null;
}
