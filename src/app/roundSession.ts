import type { Response } from '../core/content/types.ts';
import {
  appendQuestion,
  next,
  pause,
  stopRound,
  remainingMs,
  resume,
  startRound,
  submitAnswer,
  tick,
  timeLimit,
  type Bank,
  type RoundError,
} from '../core/round/engine.ts';
import { questionTimeMs } from '../core/round/timing.ts';
import type { RoundConfig, RoundState } from '../core/round/types.ts';
import type { RoundSession as RoundPort } from '../ports/round.ts';

/**
 * Holds the one live round: forwards intents to the pure engine with the clock's time and tells
 * the views when the state changes. Views read `state`; none keeps a copy of its own.
 */
export class RoundSession implements RoundPort {
  private listeners = new Set<(s: RoundState) => void>();
  state: RoundState;

  constructor(
    readonly bank: Bank,
    config: RoundConfig | RoundState,
    private readonly clock: () => number,
  ) {
    this.state = 'version' in config ? resumeSaved(config, clock()) : startRound(config, clock());
  }

  onChange(cb: (s: RoundState) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  answer(r: Response): RoundError | null {
    const o = submitAnswer(this.state, this.bank, r, this.clock());
    this.set(o.state);
    return o.ok ? null : o.error;
  }

  next(): void {
    this.set(next(this.state, this.clock()));
  }

  /** Open-ended practice: ask this question after the ones already queued. */
  append(questionId: string): void {
    const q = this.bank.question(questionId);
    const base = this.state.config.timeLimitMs;
    const weight = q && base !== null ? questionTimeMs(q, base) / base : 1;
    this.set(appendQuestion(this.state, questionId, weight));
  }

  /** The student ends the round (practice "Stop"). */
  stop(): void {
    this.set(stopRound(this.state));
  }

  pause(): void {
    this.set(pause(this.state, this.clock()));
  }

  resume(): void {
    this.set(resume(this.state, this.clock()));
  }

  /** Called every frame or so; moves the round on when time runs out. */
  tick(): void {
    this.set(tick(this.state, this.clock()));
  }

  remainingMs(): number | null {
    return remainingMs(this.state, this.clock());
  }

  timeLimitMs(): number | null {
    return timeLimit(this.state.config, this.state.index);
  }

  private set(s: RoundState): void {
    if (s === this.state) return;
    this.state = s;
    // A listener may move the round on (practice appends a question): later ones get the newest state.
    for (const cb of this.listeners) cb(this.state);
  }
}

/** A round saved mid-question resumes paused, so a reload never costs the student time. */
function resumeSaved(saved: RoundState, now: number): RoundState {
  const s = { ...saved, runningSince: now };
  return s.phase === 'asking' ? pause(s, now) : s;
}
