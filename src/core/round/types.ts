import type { Difficulty, QuestionType, Response, Topic } from '../content/types.ts';

/** How a round's time limit is scaled for a student (WCAG 2.2.1): null means no limit. */
export type TimeScale = 1 | 2 | 10 | null;

/** What a round is made of: the standard round, a practice round, or a teacher's assignment. */
export interface RoundConfig {
  /** Questions asked, in this order (already chosen; see select.ts). */
  questionIds: string[];
  /** Base time per question in ms; null = no time limit. */
  timeLimitMs: number | null;
  /**
   * Each question's share of the base time, parallel to questionIds (see timing.ts, the one
   * time rule); missing entries count as 1.
   */
  timeWeights?: number[];
  /** Multiplier chosen by the student (null = timer off). Ignored when timeLimitMs is null. */
  timeScale: TimeScale;
  /** Whether the explanation is shown after each answer (else only on the summary). */
  explainDuringRound: boolean;
  /** Practice rounds are untimed and unscored. */
  scored: boolean;
  /**
   * Open-ended practice: questions are appended one at a time while the student goes on
   * (`appendQuestion`), and the student ends it when they like (`stopRound`).
   */
  openEnded?: boolean;
}

export type Phase = 'asking' | 'paused' | 'feedback' | 'finished';

export interface AnswerRecord {
  questionId: string;
  /** null when the time ran out. */
  response: Response | null;
  /** 0..1; partial credit for some types. */
  correctness: number;
  points: number;
  /** Time the player took, in ms, pauses excluded. */
  timeMs: number;
}

/** The whole state of a round: plain JSON, saved and restored as is. */
export interface RoundState {
  version: 1;
  config: RoundConfig;
  index: number;
  phase: Phase;
  /** Clock time when the current question's running period began (ms). */
  runningSince: number;
  /** Time already spent on the current question before runningSince (pauses excluded). */
  spentMs: number;
  /** Phase to return to when a pause ends. */
  pausedFrom: Exclude<Phase, 'paused' | 'finished'> | null;
  answers: AnswerRecord[];
  score: number;
  streak: number;
  bestStreak: number;
}

/** Filter a teacher or the game uses to draw a round from the bank. */
export interface SelectionFilter {
  topics?: Topic[];
  types?: QuestionType[];
  difficulties?: Difficulty[];
  count: number;
}
