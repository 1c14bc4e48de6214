import { createRng, shuffle } from '../random/rng.ts';
import { assignmentHash, type Assignment } from '../share/assignment.ts';
import { LIVE_LIMITS } from './protocol.ts';
import { RESULT_LIMITS, type ResultRecord } from '../share/result.ts';
import type { LiveResult } from './protocol.ts';

/** The round a live game played, as an assignment: its hash groups the game's results in Class results. */
export function liveAssignment(code: string, questionIds: string[], timeLimitMs: number): Assignment {
  return {
    v: 1,
    title: `Live ${code}`,
    questionIds,
    timeLimitMs,
    allowTimeChange: true,
    language: null,
    shuffle: false,
    explainDuringRound: false,
  };
}

/** Each student's live answers as the same result record a result code carries. */
export function liveResultRecords(results: readonly LiveResult[], assignment: Assignment): ResultRecord[] {
  const hash = assignmentHash(assignment);
  return results
    .filter((r) => r.answers.length > 0)
    .map((r) => ({
      v: 1,
      name: [...r.name].slice(0, RESULT_LIMITS.maxNameChars).join(''),
      assignment: hash,
      timeScale: r.timeScale,
      answers: r.answers.map((a) => ({ ...a, timeMs: Math.round(a.timeMs) })),
      score: r.answers.reduce((sum, a) => sum + a.points, 0),
    }));
}

/**
 * A teacher's round (from the builder) as a live game: its questions (shuffled when the round says
 * so, at most LIVE_LIMITS.maxQuestions) and its time, kept within what a live game allows (an
 * untimed round gets the longest live time; accommodations still give a student ×2 or no limit).
 */
export function liveSetupOf(a: Assignment, seed: number): { questionIds: string[]; timeLimitMs: number } {
  const ids = a.shuffle ? shuffle(a.questionIds, createRng(seed)) : [...a.questionIds];
  const time = a.timeLimitMs ?? LIVE_LIMITS.maxTimeLimitMs;
  return {
    questionIds: ids.slice(0, LIVE_LIMITS.maxQuestions),
    timeLimitMs: Math.min(LIVE_LIMITS.maxTimeLimitMs, Math.max(LIVE_LIMITS.minTimeLimitMs, time)),
  };
}
