/**
 * A student's learning history, kept in the browser only (nothing is sent anywhere).
 * Plain JSON with a `version`, so it can be saved, restored and checked as is.
 */

/** Leitner boxes: 1 = just missed or new, 5 = known for weeks. */
export type Box = 1 | 2 | 3 | 4 | 5;

/** What is known about one fact (a fact is tested by one or more questions). */
export interface FactProgress {
  box: Box;
  /** Clock time (ms) of the last answer about this fact. */
  lastSeen: number;
  /** Clock time (ms) from which the fact should be asked again; always ≥ lastSeen. */
  due: number;
  /** Answers at or above the correctness threshold. */
  right: number;
  /** Answers below the threshold (partial credit and time-outs included). */
  wrong: number;
  /** The question last asked about this fact, so the next one can be a different question. */
  lastQuestionId: string;
}

/** How often a place was asked for and another one picked instead. */
export interface Confusion {
  count: number;
  /** Clock time (ms) of the latest such mix-up. */
  last: number;
}

export const PROGRESS_VERSION = 1;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** fact id → its history. Facts never answered are absent. */
  facts: Record<string, FactProgress>;
  /** expected place id → picked place id → mix-ups. */
  confusions: Record<string, Record<string, Confusion>>;
}

/** One answer, as the round reports it to the progress record. */
export interface AnswerEvent {
  fact: string;
  questionId: string;
  /** 0..1, as scored by the round (partial credit possible). */
  correctness: number;
  /** Clock time (ms) of the answer. */
  now: number;
  /** Map mix-ups in this answer: [place asked for, place picked instead]. */
  confusedPlaces?: readonly (readonly [expected: string, picked: string])[];
}
