/** Who said it: each statement id (text under `statements`) maps to a speaker id (text under `speakers`). */
import * as v from 'valibot';
import { duplicates, type QuestionKind } from '../kind.ts';
import { IdSchema } from '../schema.ts';

export const MATCH_PAIRS = { min: 3, max: 4 } as const;

export const match: QuestionKind<'match'> = {
  type: 'match',
  schema: { pairs: v.array(v.strictObject({ statement: IdSchema, speaker: IdSchema })) },
  problems(q) {
    const out: string[] = [];
    if (q.pairs.length < MATCH_PAIRS.min || q.pairs.length > MATCH_PAIRS.max) {
      out.push(`match has ${q.pairs.length} pairs, needs ${MATCH_PAIRS.min} to ${MATCH_PAIRS.max}`);
    }
    for (const s of duplicates(q.pairs.map((p) => p.statement))) out.push(`match statement ${s} listed twice`);
    return out;
  },
  textGroups: (q) => ({ statements: q.pairs.map((p) => p.statement), speakers: q.pairs.map((p) => p.speaker) }),
  hasUnit: false,
  score(q, r) {
    if (r.type !== 'match') return null;
    const speakers = new Set(q.pairs.map((p) => p.speaker));
    const given = Object.keys(r.pairs);
    if (given.length !== q.pairs.length) return null;
    let right = 0;
    for (const p of q.pairs) {
      const said = r.pairs[p.statement];
      if (said === undefined || !speakers.has(said)) return null;
      if (said === p.speaker) right++;
    }
    return right / q.pairs.length;
  },
  correctResponse: (q) => ({ type: 'match', pairs: Object.fromEntries(q.pairs.map((p) => [p.statement, p.speaker])) }),
  tokens: (q) => [...q.pairs.map((p) => p.statement), ...q.pairs.map((p) => p.speaker)],
};
