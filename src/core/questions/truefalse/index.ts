/** A statement to judge true or false. */
import * as v from 'valibot';
import type { QuestionKind } from '../kind.ts';

export const truefalse: QuestionKind<'truefalse'> = {
  type: 'truefalse',
  schema: { answer: v.boolean() },
  problems: () => [],
  textGroups: () => ({}),
  hasUnit: false,
  score(q, r) {
    if (r.type !== 'truefalse') return null;
    return r.value === q.answer ? 1 : 0;
  },
  correctResponse: (q) => ({ type: 'truefalse', value: q.answer }),
  tokens: () => [],
};
