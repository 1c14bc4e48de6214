/**
 * A live classroom game, as rules over plain data: a lobby, then one question at a time for the
 * whole class, each student's answers scored by the SAME round engine as the solo game (one
 * RoundState per student). The host's clock is passed in (`now`); nothing here reads a clock.
 */
import { correctResponse } from '../content/describe.ts';
import type { Response } from '../content/types.ts';
import type { Rng } from '../random/rng.ts';
import {
  addTime,
  closeQuestion,
  next as nextQuestion,
  pause,
  resume,
  startRound,
  submitAnswer,
  tick,
  type Bank,
  type RoundError,
} from '../round/engine.ts';
import type { AnswerRecord, RoundState, TimeScale } from '../round/types.ts';
import { cleanName, uniqueName, type NameError } from './names.ts';
import type { GamePhase, HostView, LiveResult, PlayerView } from './protocol.ts';
import { hostView, playerView, results } from './views.ts';
import { LIVE_LIMITS } from './protocol.ts';
import { publicQuestion } from './publicQuestion.ts';

export interface Player {
  /** Public id, shown to the host ("p3"). */
  id: string;
  /** The student's secret seat: the phone keeps it to come back to the same seat. */
  seat: string;
  name: string;
  timeScale: TimeScale;
  /** The student's round, from the question they first played; null until they play one. */
  round: RoundState | null;
  /** Game index of the round's first question (late joiners start later). */
  first: number;
  connected: boolean;
  removed: boolean;
}

export type JoinError = NameError | 'live/full' | 'live/removed' | 'live/finished';
export type AnswerError = RoundError | 'live/not_open' | 'live/not_playing' | 'live/wrong_question' | 'live/answered';

export interface LiveSetup {
  questionIds: string[];
  timeLimitMs: number;
}

export class LiveGame {
  phase: GamePhase = 'lobby';
  index = -1;
  paused = false;
  readonly players = new Map<string, Player>();
  private readonly bySeat = new Map<string, Player>();
  private nextId = 1;
  /** The open question as phones see it (shuffled, answer left out). */
  shown: unknown = null;
  /** Base time of the current question, for the projector's countdown (the engine keeps each student's). */
  clock: RoundState;

  constructor(
    readonly code: string,
    readonly setup: LiveSetup,
    readonly bank: Bank,
    private readonly rng: Rng,
  ) {
    this.clock = startRound(this.config(1), 0);
  }

  private config(timeScale: TimeScale, from = 0) {
    return {
      questionIds: this.setup.questionIds.slice(from),
      timeLimitMs: this.setup.timeLimitMs,
      timeScale,
      explainDuringRound: false,
      scored: true,
    };
  }

  /** A student joins, or comes back to their seat (same name, same score). */
  join(seat: string, typedName: string): { ok: true; player: Player; back: boolean } | { ok: false; error: JoinError } {
    const known = this.bySeat.get(seat);
    if (known) {
      if (known.removed) return { ok: false, error: 'live/removed' };
      known.connected = true;
      return { ok: true, player: known, back: true };
    }
    if (this.phase === 'finished') return { ok: false, error: 'live/finished' };
    if (this.active().length >= LIVE_LIMITS.maxPlayers) return { ok: false, error: 'live/full' };
    const clean = cleanName(typedName);
    if (!clean.ok) return clean;
    const name = uniqueName(
      clean.name,
      this.active().map((p) => p.name),
    );
    const player: Player = {
      id: `p${this.nextId++}`,
      seat,
      name,
      timeScale: 1,
      round: null,
      first: 0,
      connected: true,
      removed: false,
    };
    this.players.set(player.id, player);
    this.bySeat.set(seat, player);
    return { ok: true, player, back: false };
  }

  bySeatOf(seat: string): Player | undefined {
    return this.bySeat.get(seat);
  }

  leave(id: string): void {
    const p = this.players.get(id);
    if (p) p.connected = false;
  }

  remove(id: string): void {
    const p = this.players.get(id);
    if (p) p.removed = true;
  }

  /** Accommodation set by the host: time ×2 or off, before the student's round starts. */
  setTimeScale(id: string, scale: TimeScale): boolean {
    const p = this.players.get(id);
    if (!p || p.round !== null) return false;
    p.timeScale = scale;
    return true;
  }

  active(): Player[] {
    return [...this.players.values()].filter((p) => !p.removed);
  }

  start(now: number): void {
    if (this.phase !== 'lobby') return;
    this.index = 0;
    this.phase = 'question';
    this.clock = startRound(this.config(1), now);
    for (const p of this.active()) p.round = startRound(this.config(p.timeScale), now);
    this.showQuestion();
  }

  answer(
    id: string,
    index: number,
    response: Response,
    now: number,
  ): { ok: true; record: AnswerRecord } | { ok: false; error: AnswerError } {
    const p = this.players.get(id);
    if (!p || p.removed || p.round === null) return { ok: false, error: 'live/not_playing' };
    if (this.phase !== 'question' || this.paused) return { ok: false, error: 'live/not_open' };
    if (index !== this.index) return { ok: false, error: 'live/wrong_question' };
    if (p.round.answers.length > this.index - p.first) return { ok: false, error: 'live/answered' };
    const out = submitAnswer(p.round, this.bank, response, now);
    p.round = out.state;
    if (!out.ok) return out;
    return { ok: true, record: out.state.answers[out.state.answers.length - 1] as AnswerRecord };
  }

  /** Moves time on: students whose time ran out miss the question; it closes when everyone is done. */
  tick(now: number): boolean {
    if (this.phase !== 'question' || this.paused) return false;
    const playing = this.playing();
    for (const p of playing) p.round = tick(p.round as RoundState, now);
    this.clock = tick(this.clock, now);
    if (
      playing.every((p) => p.round?.phase === 'feedback') &&
      (playing.length > 0 || this.clock.phase === 'feedback')
    ) {
      this.close(now);
      return true;
    }
    return false;
  }

  /** Ends the question now (time up, everyone answered, or the host's "skip"). */
  close(now: number): void {
    if (this.phase !== 'question') return;
    if (this.paused) this.resumeAll(now);
    for (const p of this.playing()) p.round = closeQuestion(p.round as RoundState, now);
    this.clock = closeQuestion(this.clock, now);
    this.phase = 'reveal';
  }

  next(now: number): void {
    if (this.phase === 'question') this.close(now);
    if (this.phase !== 'reveal') return;
    if (this.paused) this.resumeAll(now);
    this.index++;
    if (this.index >= this.setup.questionIds.length) {
      this.index = this.setup.questionIds.length - 1;
      this.phase = 'finished';
      return;
    }
    this.phase = 'question';
    this.clock = nextQuestion(this.clock, now);
    for (const p of this.active()) {
      if (p.round === null) {
        // A late student starts here, with the questions left.
        p.first = this.index;
        p.round = startRound(this.config(p.timeScale, this.index), now);
      } else p.round = nextQuestion(p.round, now);
    }
    this.showQuestion();
  }

  end(now: number): void {
    if (this.phase === 'question') this.close(now);
    this.phase = 'finished';
  }

  setPaused(paused: boolean, now: number): void {
    if (this.phase !== 'question' || this.paused === paused) return;
    if (paused) {
      for (const p of this.playing()) p.round = pause(p.round as RoundState, now);
      this.clock = pause(this.clock, now);
      this.paused = true;
    } else this.resumeAll(now);
  }

  extend(ms: number, now: number): void {
    if (this.phase !== 'question') return;
    for (const p of this.playing()) p.round = addTime(p.round as RoundState, ms, now);
    this.clock = addTime(this.clock, ms, now);
  }

  private resumeAll(now: number): void {
    for (const p of this.playing()) p.round = resume(p.round as RoundState, now);
    this.clock = resume(this.clock, now);
    this.paused = false;
  }

  /** Students with a round going (joined before this question). */
  playing(): Player[] {
    return this.active().filter((p) => p.round !== null && p.first <= this.index);
  }

  private showQuestion(): void {
    const q = this.bank.question(this.setup.questionIds[this.index] as string);
    this.shown = q ? publicQuestion(q, this.rng) : null;
  }

  answerAt(p: Player): AnswerRecord | undefined {
    return p.round?.answers[this.index - p.first];
  }

  /** Players by score, best first (ties by name, so every screen agrees). */
  ranking(): Player[] {
    return this.active().sort((a, b) => (b.round?.score ?? 0) - (a.round?.score ?? 0) || a.name.localeCompare(b.name));
  }

  revealed(): boolean {
    return this.phase === 'reveal' || this.phase === 'finished';
  }

  correct(): Response | null {
    if (!this.revealed() || this.index < 0) return null;
    const q = this.bank.question(this.setup.questionIds[this.index] as string);
    return q ? correctResponse(q) : null;
  }

  hostView(now: number): HostView {
    return hostView(this, now);
  }

  playerView(id: string, now: number): PlayerView | null {
    return playerView(this, id, now);
  }

  /** Every student's answers so far, for Class results. */
  results(): LiveResult[] {
    return results(this);
  }
}
