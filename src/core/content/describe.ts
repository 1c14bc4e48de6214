/**
 * Plain-text descriptions of questions and answers in one language: the words a player sees on
 * the summary, a teacher reads in the answer key and a result table shows. Pure: the caller
 * passes the language's texts and number formatting in.
 */
import type { ResponseCodec } from '../questions/kind.ts';
import { kindOf, QUESTION_KINDS } from '../questions/registry.ts';
import type { Question, QuestionText, Response } from './types.ts';

export interface Texts {
  question(id: string): QuestionText | undefined;
  place(id: string): string;
  /** UI words: 'true', 'false', 'noAnswer' (time ran out), 'then' (timeline separator), 'listSeparator'. */
  word(key: 'true' | 'false' | 'noAnswer' | 'then' | 'listSeparator' | 'saidBySeparator'): string;
  /** `grouping: false` for years (1960, not 1,960). */
  formatNumber(n: number, options?: { grouping?: boolean }): string;
}

/** The right answer, as words. */
export function correctAnswerText(q: Question, texts: Texts): string {
  return responseText(q, correctResponse(q), texts);
}

/** A response that is fully right for the question. */
export function correctResponse(q: Question): Response {
  return kindOf(q).correctResponse(q);
}

/** What a response says, as words; `null` (time ran out) is said as such. */
export function responseText(q: Question, r: Response | null, texts: Texts): string {
  if (r === null) return texts.word('noAnswer');
  const codec = (kindOf(q).responses as Record<string, ResponseCodec<Response>>)[r.type] ?? anyCodec(r);
  return codec.text(r, q, texts.question(q.id), texts);
}

/** A response of another type's shape than its question's (an old result): said by the shape's own type. */
function anyCodec(r: Response): ResponseCodec<Response> {
  for (const k of Object.values(QUESTION_KINDS)) {
    const c = (k.responses as Record<string, ResponseCodec<Response>>)[r.type];
    if (c) return c;
  }
  throw new Error(`no words for response ${r.type}`);
}
