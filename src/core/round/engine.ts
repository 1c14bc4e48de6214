/**
 * The round engine: a state machine over plain JSON state.
 *
 *   asking ──answer──▶ feedback ──next──▶ asking (next question) … ──next──▶ finished
 *   asking ──time runs out (tick)──▶ feedback (a miss)
 *   asking|feedback ──pause──▶ paused ──resume──▶ back where it was
 *
 * Every function takes the current state and the clock's time and returns a new state; nothing
 * here reads a clock, a DOM or a random source of its own.
 */
import type { Question, Response } from '../content/types.ts';
import type { LonLat } from './distance.ts';
import { correctness, points, speedFraction } from './scoring.ts';
import { isFullyRight } from './verdict.ts';
import type { AnswerRecord, RoundConfig, RoundState } from './types.ts';

export type RoundError = 'round/not_asking' | 'round/bad_response' | 'round/unknown_question';

export type Outcome = { ok: true; state: RoundState } | { ok: false; error: RoundError; state: RoundState };

/** What the engine needs to know about the bank. */
export interface Bank {
  question(id: string): Question | undefined;
  placeCoords(id: string): LonLat | undefined;
}

export function startRound(config: RoundConfig, now: number): RoundState {
  return {
    version: 1,
    config,
    index: 0,
    phase: config.questionIds.length === 0 ? 'finished' : 'asking',
    runningSince: now,
    spentMs: 0,
    pausedFrom: null,
    answers: [],
    score: 0,
    streak: 0,
    bestStreak: 0,
  };
}

/**
 * The question's own time in ms before the student's time setting (the round's base times the
 * question's weight from the time rule), or null when the round has no time limit.
 */
export function questionBaseMs(config: RoundConfig, index: number): number | null {
  if (config.timeLimitMs === null) return null;
  return config.timeLimitMs * (config.timeWeights?.[index] ?? 1);
}

/** The time allowed for question `index` in ms, the student's setting included, or null when there is no limit. */
export function timeLimit(config: RoundConfig, index = 0): number | null {
  const base = questionBaseMs(config, index);
  if (base === null || config.timeScale === null) return null;
  return base * config.timeScale;
}

export function currentQuestionId(state: RoundState): string | undefined {
  return state.config.questionIds[state.index];
}

/** Time spent on the current question, pauses excluded. */
export function elapsedMs(state: RoundState, now: number): number {
  if (state.phase !== 'asking') return state.spentMs;
  return state.spentMs + Math.max(0, now - state.runningSince);
}

/** Time left on the current question, or null when untimed. */
export function remainingMs(state: RoundState, now: number): number | null {
  const limit = timeLimit(state.config, state.index);
  if (limit === null) return null;
  return Math.max(0, limit - elapsedMs(state, now));
}

export function submitAnswer(state: RoundState, bank: Bank, response: Response, now: number): Outcome {
  if (state.phase !== 'asking') return { ok: false, error: 'round/not_asking', state };
  const id = currentQuestionId(state);
  const q = id === undefined ? undefined : bank.question(id);
  if (!q || id === undefined) return { ok: false, error: 'round/unknown_question', state };
  const timed = tick(state, now);
  if (timed.phase !== 'asking') return { ok: false, error: 'round/not_asking', state: timed };
  const c = correctness(q, response, (p) => bank.placeCoords(p));
  if (c === null) return { ok: false, error: 'round/bad_response', state };
  const spent = elapsedMs(state, now);
  const streak = isFullyRight(c) ? state.streak + 1 : 0;
  const speed = speedFraction(spent, questionBaseMs(state.config, state.index));
  const pts = state.config.scored ? points(c, speed, streak) : 0;
  return {
    ok: true,
    state: record(state, { questionId: id, response, correctness: c, points: pts, timeMs: spent }, streak),
  };
}

/** Moves time on: when the limit is reached, the question counts as missed. */
export function tick(state: RoundState, now: number): RoundState {
  if (state.phase !== 'asking') return state;
  const left = remainingMs(state, now);
  if (left === null || left > 0) return state;
  const id = currentQuestionId(state) as string;
  return record(
    state,
    { questionId: id, response: null, correctness: 0, points: 0, timeMs: timeLimit(state.config, state.index) ?? 0 },
    0,
  );
}

/** From feedback to the next question, or to the end. */
export function next(state: RoundState, now: number): RoundState {
  if (state.phase !== 'feedback') return state;
  const index = state.index + 1;
  if (index >= state.config.questionIds.length) return { ...state, phase: 'finished' };
  return { ...state, index, phase: 'asking', runningSince: now, spentMs: 0 };
}

/**
 * Adds a question at the end of the round (open-ended practice asks one after another).
 * A finished round stays finished; an id already waiting to be asked is not added twice.
 */
export function appendQuestion(state: RoundState, questionId: string, timeWeight = 1): RoundState {
  if (state.phase === 'finished') return state;
  const ids = state.config.questionIds;
  if (ids.slice(state.answers.length).includes(questionId)) return state;
  const weights = state.config.timeWeights;
  const timeWeights = weights ? { timeWeights: [...ids.map((_, i) => weights[i] ?? 1), timeWeight] } : {};
  return { ...state, config: { ...state.config, questionIds: [...ids, questionId], ...timeWeights } };
}

/**
 * Ends the round now (the student pressed Stop): the round keeps only the questions answered,
 * so the summary counts what was actually asked. A question being asked is dropped, not missed.
 */
export function stopRound(state: RoundState): RoundState {
  if (state.phase === 'finished') return state;
  const answered = state.answers.length;
  return {
    ...state,
    phase: 'finished',
    pausedFrom: null,
    index: Math.max(0, answered - 1),
    config: {
      ...state.config,
      questionIds: state.config.questionIds.slice(0, answered),
      ...(state.config.timeWeights ? { timeWeights: state.config.timeWeights.slice(0, answered) } : {}),
    },
  };
}

/**
 * Closes the question being asked now (a live game's host moved on): it counts as missed, like a
 * time-out, whatever time was left. A question already answered is left as it is.
 */
export function closeQuestion(state: RoundState, now: number): RoundState {
  const asking = state.phase === 'asking' || (state.phase === 'paused' && state.pausedFrom === 'asking');
  if (!asking) return state;
  const id = currentQuestionId(state) as string;
  const spent = state.phase === 'paused' ? state.spentMs : elapsedMs(state, now);
  return record(state, { questionId: id, response: null, correctness: 0, points: 0, timeMs: spent }, 0);
}

/** Gives back up to `ms` of the time already spent on the question being asked (a live host's "more time"). */
export function addTime(state: RoundState, ms: number, now: number): RoundState {
  if (state.phase === 'asking')
    return { ...state, spentMs: Math.max(0, elapsedMs(state, now) - ms), runningSince: now };
  if (state.phase === 'paused' && state.pausedFrom === 'asking')
    return { ...state, spentMs: Math.max(0, state.spentMs - ms) };
  return state;
}

export function pause(state: RoundState, now: number): RoundState {
  if (state.phase !== 'asking' && state.phase !== 'feedback') return state;
  return { ...state, phase: 'paused', pausedFrom: state.phase, spentMs: elapsedMs(state, now) };
}

export function resume(state: RoundState, now: number): RoundState {
  if (state.phase !== 'paused' || state.pausedFrom === null) return state;
  return { ...state, phase: state.pausedFrom, pausedFrom: null, runningSince: now };
}

export interface RoundSummary {
  score: number;
  correct: number;
  total: number;
  timeMs: number;
  bestStreak: number;
}

export function summarize(state: RoundState): RoundSummary {
  return {
    score: state.score,
    correct: state.answers.filter((a) => isFullyRight(a.correctness)).length,
    total: state.config.questionIds.length,
    timeMs: state.answers.reduce((sum, a) => sum + a.timeMs, 0),
    bestStreak: state.bestStreak,
  };
}

function record(state: RoundState, answer: AnswerRecord, streak: number): RoundState {
  return {
    ...state,
    phase: 'feedback',
    spentMs: answer.timeMs,
    answers: [...state.answers, answer],
    score: state.score + answer.points,
    streak,
    bestStreak: Math.max(state.bestStreak, streak),
  };
}
