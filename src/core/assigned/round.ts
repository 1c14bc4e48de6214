/**
 * The student's side of an assigned round, as pure rules: the teacher's Assignment becomes the
 * engine's RoundConfig, the student's name is checked, and a finished round becomes the
 * ResultRecord that travels back to the teacher as a code or a file.
 */
import { createRng, shuffle } from '../random/rng.ts';
import type { RoundConfig, RoundState, TimeScale } from '../round/types.ts';
import { assignmentHash, type Assignment } from '../share/assignment.ts';
import { isPlainText } from '../share/plainText.ts';
import { RESULT_LIMITS, type ResultRecord } from '../share/result.ts';

/**
 * The time scale a student plays with: none when the round is untimed, the student's choice
 * when the teacher allowed it, else the teacher's time exactly (×1).
 */
export function effectiveTimeScale(a: Assignment, chosen: TimeScale): TimeScale {
  if (a.timeLimitMs === null) return null;
  return a.allowTimeChange ? chosen : 1;
}

/**
 * The round exactly as the teacher set it: the same questions (in the set order, or in an
 * order shuffled from `seed` when the teacher chose shuffle), the same time limit, explanations
 * during the round only if allowed. Always scored.
 */
export function assignedRoundConfig(a: Assignment, chosenScale: TimeScale, seed: number): RoundConfig {
  return {
    questionIds: a.shuffle ? shuffle(a.questionIds, createRng(seed)) : [...a.questionIds],
    timeLimitMs: a.timeLimitMs,
    timeScale: effectiveTimeScale(a, chosenScale),
    explainDuringRound: a.explainDuringRound,
    scored: true,
  };
}

export const NAME_ERRORS = ['name/empty', 'name/too_long', 'name/bad_characters'] as const;
/** Each has its message in ui.json (assignedScreen.ts, nameMessageKey). */
export type NameError = (typeof NAME_ERRORS)[number];

/** The name as it will travel: trimmed, runs of spaces made one; or why it cannot be used. */
export function checkStudentName(typed: string): { ok: true; value: string } | { ok: false; error: NameError } {
  const value = typed.trim().replace(/\s+/gu, ' ');
  if (value === '') return { ok: false, error: 'name/empty' };
  if (isPlainText(value, RESULT_LIMITS.maxNameChars, true)) return { ok: true, value };
  return isPlainText(value, Number.MAX_SAFE_INTEGER, true)
    ? { ok: false, error: 'name/too_long' }
    : { ok: false, error: 'name/bad_characters' };
}

export const MAX_NAME_CHARS = RESULT_LIMITS.maxNameChars;

/** What a finished (or partly played) assigned round reports back: every answer as recorded. */
export function resultOfRound(state: RoundState, name: string, a: Assignment): ResultRecord {
  return {
    v: 1,
    name,
    assignment: assignmentHash(a),
    timeScale: state.config.timeLimitMs === null ? null : state.config.timeScale,
    answers: state.answers.map((x) => ({ ...x })),
    score: state.score,
  };
}
