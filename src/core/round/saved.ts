import * as v from 'valibot';
import { validateResponse } from '../share/response.ts';
import { QUESTION_ID } from '../share/ids.ts';
import type { AnswerRecord, RoundState } from './types.ts';

/** A round saved mid-way, with what is needed to show it again the same way. */
export interface SavedRound {
  state: RoundState;
  seed: number;
}

export const SAVED_ROUND_VERSION = 1;

const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const questionId = v.pipe(v.string(), v.regex(QUESTION_ID));
const timeScale = v.union([v.literal(1), v.literal(2), v.literal(10), v.null()]);

/** One answer as the round keeps it; the response is checked all the way down by the share codec's validator. */
const answerSchema = v.strictObject({
  questionId,
  response: v.nullable(
    v.pipe(
      v.unknown(),
      v.check((r) => validateResponse(r) !== null),
      v.transform((r) => validateResponse(r) as NonNullable<AnswerRecord['response']>),
    ),
  ),
  correctness: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  points: v.pipe(v.number(), v.integer()),
  timeMs: v.pipe(finite, v.minValue(0)),
});

const configSchema = v.strictObject({
  questionIds: v.pipe(v.array(questionId), v.minLength(1)),
  timeLimitMs: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  timeScale,
  explainDuringRound: v.boolean(),
  scored: v.boolean(),
  openEnded: v.optional(v.boolean()),
  /** Each question's share of the base time (the time rule, timing.ts); absent in rounds saved before it. */
  timeWeights: v.optional(v.array(v.pipe(v.number(), v.gtValue(0), v.maxValue(100)))),
});

const stateSchema = v.strictObject({
  version: v.literal(1),
  config: configSchema,
  index: count,
  phase: v.picklist(['asking', 'paused', 'feedback']),
  runningSince: finite,
  spentMs: v.pipe(finite, v.minValue(0)),
  pausedFrom: v.nullable(v.picklist(['asking', 'feedback'])),
  answers: v.array(answerSchema),
  score: finite,
  streak: count,
  bestStreak: count,
});

/** The whole saved round, every field checked (valibot): nothing is cast on trust. */
export const savedRoundSchema = v.strictObject({ state: stateSchema, seed: v.pipe(v.number(), v.integer()) });

/**
 * Checks a saved round read back from storage: a damaged or out-of-date one gives undefined,
 * never a half-working round. `known` says whether a question id is in today's bank.
 */
export function validateSavedRound(x: unknown, known: (id: string) => boolean): SavedRound | undefined {
  const parsed = v.safeParse(savedRoundSchema, x);
  if (!parsed.success) return undefined;
  const s = parsed.output.state;
  const ids = s.config.questionIds;
  if (!ids.every(known) || new Set(ids).size !== ids.length) return undefined;
  if (s.index >= ids.length) return undefined;
  if ((s.phase === 'paused') !== (s.pausedFrom !== null)) return undefined;
  const answered = s.index + (s.phase === 'asking' || (s.phase === 'paused' && s.pausedFrom === 'asking') ? 0 : 1);
  if (s.answers.length !== answered) return undefined;
  if (!s.answers.every((a, i) => a.questionId === ids[i])) return undefined;
  if (s.bestStreak < s.streak) return undefined;
  if (s.config.timeWeights !== undefined && s.config.timeWeights.length !== ids.length) return undefined;
  return parsed.output as SavedRound;
}
