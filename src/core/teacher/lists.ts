import { QUESTION_TYPES, TOPICS, type Difficulty, type QuestionType, type Topic } from '../content/types.ts';

/** The bank's fixed orders, as the builder lists them. */
export const TOPICS_ALL: readonly Topic[] = TOPICS;
export const QUESTION_TYPES_ALL: readonly QuestionType[] = QUESTION_TYPES;
export const DIFFICULTIES_ALL: readonly Difficulty[] = [1, 2, 3];
