/**
 * The time rule: how long each question gets, in ONE place. See README "Time per question".
 *
 * A round has a base time (20 s for the standard round, the teacher's choice for an assigned
 * one). Each question gets the base times a weight that depends on its type and its size: a
 * true/false is read at a glance, a four-statement match or a four-event timeline is not.
 *
 *   weight = fixed + perItem × items        (items: choices, events, statements, countries)
 *   time   = base × weight, rounded to whole seconds (at least MIN_QUESTION_MS)
 *
 * The student's time setting (×2, ×10, off) then scales that time; it never changes the points
 * (see `speedFraction` in scoring.ts).
 */
import type { Question, QuestionType } from '../content/types.ts';
import { kindOf } from '../questions/registry.ts';
import type { RoundConfig } from './types.ts';

/** No question is shorter than this, whatever the base. */
export const MIN_QUESTION_MS = 5_000;

/** How many things the student has to read or place. */
export function questionItems(q: Question): number {
  return kindOf(q).time.items(q);
}

/** The question's share of the base time (1 = the base). */
export function timeWeight(q: Question): number {
  const t = kindOf(q).time;
  return t.fixed + t.perItem * t.items(q) + (t.extra?.(q) ?? 0);
}

/** The weight as stored in a round: whole seconds over the base, so a saved round keeps its times exactly. */
function roundedWeight(baseMs: number, weight: number): number {
  const ms = Math.max(MIN_QUESTION_MS, Math.round((baseMs * weight) / 1000) * 1000);
  return ms / baseMs;
}

/** Time for `q` at base `baseMs` before the student's time setting, in ms (whole seconds). */
export function questionTimeMs(q: Question, baseMs: number): number {
  return Math.round(baseMs * roundedWeight(baseMs, timeWeight(q)));
}

/**
 * A round config with each question's time weight filled in from the rule. Every kind of round
 * (standard, practice, assigned) goes through here, so they all follow the same rule.
 */
export function withQuestionTimes(config: RoundConfig, lookup: (id: string) => Question | undefined): RoundConfig {
  const base = config.timeLimitMs;
  const timeWeights = config.questionIds.map((id) => {
    const q = lookup(id);
    return q && base !== null ? roundedWeight(base, timeWeight(q)) : 1;
  });
  return { ...config, timeWeights };
}

/** The shortest and longest time each question type gets among `questions` at a base (the builder's summary). */
export function timesByType(
  questions: readonly Question[],
  baseMs: number,
): Map<QuestionType, { minMs: number; maxMs: number }> {
  const out = new Map<QuestionType, { minMs: number; maxMs: number }>();
  for (const q of questions) {
    const ms = questionTimeMs(q, baseMs);
    const was = out.get(q.type);
    out.set(q.type, { minMs: Math.min(was?.minMs ?? ms, ms), maxMs: Math.max(was?.maxMs ?? ms, ms) });
  }
  return out;
}
