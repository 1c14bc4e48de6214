import type { ContentPack } from '../content/types.ts';
import type { Rng } from '../random/rng.ts';
import { mapQuestionNotFirst, selectQuestions } from './select.ts';
import type { RoundConfig, TimeScale } from './types.ts';

/** The round Play starts: eight questions, 20 s each before the question's own weight and the student's scale. */
export const STANDARD_ROUND = { count: 8, timeLimitMs: 20_000 } as const;

/**
 * The standard round: drawn from the whole pack (see select.ts), never opening on a map question
 * (the map may still be loading), timed, scored, with the explanation after each answer.
 */
export function standardRound(pack: ContentPack, timeScale: TimeScale, rng: Rng): RoundConfig {
  const drawn = selectQuestions(pack, { count: STANDARD_ROUND.count }, rng);
  return {
    questionIds: mapQuestionNotFirst(drawn, pack),
    timeLimitMs: STANDARD_ROUND.timeLimitMs,
    timeScale,
    explainDuringRound: true,
    scored: true,
  };
}

/**
 * A learning round (practice, "Practise what I missed"): untimed and unscored — the point is to
 * learn the fact, not to beat a clock — with the explanation after every answer. An open-ended one
 * goes on, a question at a time, until the student stops it.
 */
export function learningRound(questionIds: string[], openEnded: boolean, timeScale: TimeScale): RoundConfig {
  return {
    questionIds,
    timeLimitMs: null,
    timeScale,
    explainDuringRound: true,
    scored: false,
    ...(openEnded ? { openEnded } : {}),
  };
}
