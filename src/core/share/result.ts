import type { AnswerRecord, TimeScale } from '../round/types.ts';
import { ASSIGNMENT_HASH, QUESTION_ID, allDistinct, isRecord } from './ids.ts';
import { isPlainText } from './plainText.ts';
import { normaliseResponse, validateResponse } from './response.ts';

/**
 * A student's result for one assigned round, as plain data. Travels as a short code
 * (resultCode.ts) or a JSON file (resultFile.ts). `answers` are the round's AnswerRecords as is.
 */
export interface ResultRecord {
  v: 1;
  /** The student's name as typed (plain text). */
  name: string;
  /** assignmentHash() of the round played. */
  assignment: string;
  timeScale: TimeScale;
  answers: AnswerRecord[];
  score: number;
}

export const RESULT_LIMITS = {
  maxNameChars: 40,
  maxAnswers: 60,
  maxTimeMs: 86_400_000,
  maxAbsPoints: 1_000_000,
  maxAbsScore: 100_000_000,
} as const;

const TIME_SCALES: readonly unknown[] = [1, 2, 10, null];
const RESULT_KEYS = ['v', 'name', 'assignment', 'timeScale', 'answers', 'score'];
const ANSWER_KEYS = ['questionId', 'response', 'correctness', 'points', 'timeMs'];

function isWhole(x: unknown, maxAbs: number): x is number {
  return Number.isSafeInteger(x) && Math.abs(x as number) <= maxAbs;
}

function validateAnswer(x: unknown): AnswerRecord | null {
  if (!isRecord(x) || Object.keys(x).some((k) => !ANSWER_KEYS.includes(k))) return null;
  const { questionId, response, correctness, points, timeMs } = x;
  if (typeof questionId !== 'string' || !QUESTION_ID.test(questionId)) return null;
  const r = response === null ? null : validateResponse(response);
  if (response !== null && r === null) return null;
  if (typeof correctness !== 'number' || !(correctness >= 0 && correctness <= 1)) return null;
  if (!isWhole(points, RESULT_LIMITS.maxAbsPoints)) return null;
  if (typeof timeMs !== 'number' || !(timeMs >= 0 && timeMs <= RESULT_LIMITS.maxTimeMs)) return null;
  return { questionId, response: r, correctness: correctness + 0, points: points + 0, timeMs: timeMs + 0 };
}

/** A clean copy of `x` if it is a valid ResultRecord (unknown fields refused), else null. */
export function validateResult(x: unknown): ResultRecord | null {
  if (!isRecord(x) || Object.keys(x).some((k) => !RESULT_KEYS.includes(k))) return null;
  const { v, name, assignment, timeScale, answers, score } = x;
  if (v !== 1) return null;
  if (!isPlainText(name, RESULT_LIMITS.maxNameChars, true)) return null;
  if (typeof assignment !== 'string' || !ASSIGNMENT_HASH.test(assignment)) return null;
  if (!TIME_SCALES.includes(timeScale)) return null;
  if (!Array.isArray(answers) || answers.length > RESULT_LIMITS.maxAnswers) return null;
  const clean: AnswerRecord[] = [];
  for (const a of answers) {
    const c = validateAnswer(a);
    if (!c) return null;
    clean.push(c);
  }
  if (!allDistinct(clean.map((a) => a.questionId))) return null;
  if (!isWhole(score, RESULT_LIMITS.maxAbsScore)) return null;
  return { v: 1, name, assignment, timeScale: timeScale as TimeScale, answers: clean, score: score + 0 };
}

/** Correctness travels in thousandths, time in tenths of a second. */
export const CORRECTNESS_SCALE = 1000;
export const TIME_STEP_MS = 100;

/**
 * The record as the short code keeps it: correctness to 0.001, time to 0.1 s, map points to
 * 0.001°. Idempotent; `decodeResultCode(encodeResultCode(r))` gives `normaliseResult(r)`.
 */
export function normaliseResult(r: ResultRecord): ResultRecord {
  return {
    ...r,
    answers: r.answers.map((a) => ({
      questionId: a.questionId,
      response: a.response === null ? null : normaliseResponse(a.response),
      correctness: Math.round(a.correctness * CORRECTNESS_SCALE) / CORRECTNESS_SCALE,
      points: a.points,
      timeMs: Math.round(a.timeMs / TIME_STEP_MS) * TIME_STEP_MS,
    })),
  };
}
