import { QUESTION_TYPES, type Difficulty, type QuestionType } from '../content/types.ts';

/** The bank's fixed orders, as the builder lists them (topics are each pack's own: packTopics). */
export const QUESTION_TYPES_ALL: readonly QuestionType[] = QUESTION_TYPES;
export const DIFFICULTIES_ALL: readonly Difficulty[] = [1, 2, 3];
