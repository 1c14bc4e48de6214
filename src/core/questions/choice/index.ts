/** Multiple choice: one right answer among 4 choices (ids of texts under `choices`). */
import type { QuestionBase } from '../../content/types.ts';
import * as v from 'valibot';
import { shuffle } from '../../random/rng.ts';
import { isToken, onlyKeys, readToken, writeToken } from '../../share/responseTokens.ts';
import { duplicates, type TypeModule } from '../kind.ts';
import { IdSchema } from '../schema.ts';

export const CHOICE_COUNT = 4;

/** Multiple choice: one right answer among 4 choices (ids of texts under `choices`). */
export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  choices: string[];
  answer: string;
}

/** The responses that answer it. */
export type ChoiceResponse = { type: 'choice'; choice: string };

export const choice: TypeModule<ChoiceQuestion, ChoiceResponse> = {
  type: 'choice',
  schema: { choices: v.array(IdSchema), answer: IdSchema },
  problems(q) {
    const out: string[] = [];
    if (q.choices.length !== CHOICE_COUNT) out.push(`has ${q.choices.length} choices, needs exactly ${CHOICE_COUNT}`);
    for (const c of duplicates(q.choices)) {
      out.push(c === q.answer ? `the answer ${c} appears twice among the choices` : `choice ${c} appears twice`);
    }
    if (!q.choices.includes(q.answer)) out.push(`the answer ${q.answer} is not among the choices`);
    return out;
  },
  textGroups: (q) => ({ choices: q.choices }),
  hasUnit: false,
  score(q, r) {
    if (r.type !== 'choice' || !q.choices.includes(r.choice)) return null;
    return r.choice === q.answer ? 1 : 0;
  },
  correctResponse: (q) => ({ type: 'choice', choice: q.answer }),
  tokens: (q) => [...q.choices, q.answer],
  responses: {
    choice: {
      tags: [1],
      validate: (x) =>
        onlyKeys(x, ['type', 'choice']) && isToken(x.choice) ? { type: 'choice', choice: x.choice } : null,
      write: (w, r, dict) => writeToken(w.uint(1), r.choice, dict),
      read: (r, _tag, dict) => ({ type: 'choice', choice: readToken(r, dict) }),
      text: (r, _q, words) => words?.choices?.[r.choice] ?? r.choice,
    },
  },
  time: { fixed: 0.6, perItem: 0.1, items: (q) => q.choices.length },
  exportItem: (q, { words }) => ({
    kind: 'choice',
    multiple: false,
    options: q.choices.map((c) => ({ text: words?.choices?.[c] ?? c, correct: c === q.answer })),
  }),
  publicView: (q, base, rng) => ({ ...base, type: 'choice', choices: shuffle(q.choices, rng), answer: '' }),
  map: () => null,
  live: {
    options: {
      keys: (q) => [...q.choices],
      keyOf: (r) => (r.type === 'choice' ? r.choice : null),
      response: (choice) => ({ type: 'choice', choice }),
      listed: true,
    },
  },
  cues: (q) => ({ right: q.answer, others: q.choices.filter((c) => c !== q.answer) }),
  authoring: {
    toDraft: (q, w) => ({ choices: q.choices.map((c) => w.item('choices', c)), answer: q.answer }),
    fromDraft: (d, base) => ({ ...base, type: 'choice', choices: d.choices.map((c) => c.id), answer: d.answer }),
    texts: (d, w) => ({ choices: w.group(d.choices) }),
  },
};
