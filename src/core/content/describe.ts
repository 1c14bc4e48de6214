/**
 * Plain-text descriptions of questions and answers in one language: the words a player sees on
 * the summary, a teacher reads in the answer key and a result table shows. Pure: the caller
 * passes the language's texts and number formatting in.
 */
import { kindOf } from '../questions/registry.ts';
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
  const words = texts.question(q.id);
  const sep = texts.word('listSeparator');
  switch (r.type) {
    case 'choice':
      return words?.choices?.[r.choice] ?? r.choice;
    case 'truefalse':
      return texts.word(r.value ? 'true' : 'false');
    case 'locate':
      return r.places.map((p) => texts.place(p)).join(sep);
    case 'locate-point':
      return `${texts.formatNumber(round2(r.lat))}°, ${texts.formatNumber(round2(r.lon))}°`;
    case 'numeric': {
      const unit = words?.unit;
      const n = texts.formatNumber(r.value, { grouping: q.type === 'numeric' && q.year === true ? false : true });
      return unit ? `${n} ${unit}` : n;
    }
    case 'timeline':
      return r.order.map((e) => words?.events?.[e] ?? e).join(texts.word('then'));
    case 'match':
      return Object.entries(r.pairs)
        .map(
          ([s, who]) =>
            `${words?.statements?.[s] ?? s}${texts.word('saidBySeparator')}${words?.speakers?.[who] ?? who}`,
        )
        .join(sep);
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
