/** A statement to judge true or false. */
import type { QuestionBase } from '../../content/types.ts';
import * as v from 'valibot';
import { onlyKeys } from '../../share/responseTokens.ts';
import type { TypeModule } from '../kind.ts';

/** Result-code tags (share/response.ts): the answer is in the tag itself. */
const TAG_FALSE = 2;
const TAG_TRUE = 3;

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
}

/** The responses that answer it. */
export type TrueFalseResponse = { type: 'truefalse'; value: boolean };

export const truefalse: TypeModule<TrueFalseQuestion, TrueFalseResponse> = {
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
  responses: {
    truefalse: {
      tags: [TAG_FALSE, TAG_TRUE],
      validate: (x) =>
        onlyKeys(x, ['type', 'value']) && typeof x.value === 'boolean' ? { type: 'truefalse', value: x.value } : null,
      write: (w, r) => {
        w.uint(r.value ? TAG_TRUE : TAG_FALSE);
      },
      read: (_r, tag) => ({ type: 'truefalse', value: tag === TAG_TRUE }),
      text: (r, _q, _words, texts) => texts.word(r.value ? 'true' : 'false'),
    },
  },
  time: { fixed: 0.75, perItem: 0, items: () => 0 },
  exportItem: (q) => ({ kind: 'truefalse', answer: q.answer }),
  publicView: (_q, base) => ({ ...base, type: 'truefalse', answer: false }),
  map: () => null,
  live: {
    options: {
      keys: () => ['true', 'false'],
      keyOf: (r) => (r.type === 'truefalse' ? String(r.value) : null),
      response: (key) => ({ type: 'truefalse', value: key === 'true' }),
      listed: false,
    },
  },
  cues: (q) => ({ statement: q.answer }),
  authoring: {
    toDraft: (q) => ({ truth: q.answer }),
    fromDraft: (d, base) => ({ ...base, type: 'truefalse', answer: d.truth }),
  },
};
