import type { Difficulty, QuestionType } from '../content/types.ts';
import { QUESTION_TYPES } from '../questions/registry.ts';

/** The bank's fixed orders, as the builder lists them (topics are each pack's own: packTopics). */
export const QUESTION_TYPES_ALL: readonly QuestionType[] = QUESTION_TYPES;
export const DIFFICULTIES_ALL: readonly Difficulty[] = [1, 2, 3];
