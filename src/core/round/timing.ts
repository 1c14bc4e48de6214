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
import type { RoundConfig } from './types.ts';

/** Weight parts per type. `items` are counted by `questionItems`. */
export const TIME_RULE: Record<QuestionType, { fixed: number; perItem: number }> = {
  truefalse: { fixed: 0.75, perItem: 0 },
  choice: { fixed: 0.6, perItem: 0.1 },
  numeric: { fixed: 1.25, perItem: 0 },
  locate: { fixed: 0.75, perItem: 0.25 },
  timeline: { fixed: 0.5, perItem: 0.4 },
  match: { fixed: 0.5, perItem: 0.5 },
};

/** No question is shorter than this, whatever the base. */
export const MIN_QUESTION_MS = 5_000;

/** A city to find is a point, not a shape: it takes a little longer than its one target says. */
const CITY_EXTRA = 0.25;

/** How many things the student has to read or place. */
export function questionItems(q: Question): number {
  switch (q.type) {
    case 'choice':
      return q.choices.length;
    case 'timeline':
      return q.order.length;
    case 'match':
      return q.pairs.length;
    case 'locate':
      return q.mode === 'countries' ? q.targets.length : 1;
    case 'truefalse':
    case 'numeric':
      return 0;
  }
}

/** The question's share of the base time (1 = the base). */
export function timeWeight(q: Question): number {
  const rule = TIME_RULE[q.type];
  const city = q.type === 'locate' && q.mode === 'city' ? CITY_EXTRA : 0;
  return rule.fixed + rule.perItem * questionItems(q) + city;
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
