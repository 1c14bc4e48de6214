/** Who said it: each statement id (text under `statements`) maps to a speaker id (text under `speakers`). */
import type { DraftQuestion } from '../../authoring/draft.ts';
import type { QuestionBase } from '../../content/types.ts';
import * as v from 'valibot';
import { shuffle } from '../../random/rng.ts';
import { DecodeFailure } from '../../share/bytes.ts';
import { isRecord } from '../../share/ids.ts';
import { isToken, onlyKeys, readToken, RESPONSE_LIMITS, writeToken } from '../../share/responseTokens.ts';
import { duplicates, type TypeModule } from '../kind.ts';

/** Result-code tag (share/response.ts). */
const TAG = 9;
import { IdSchema } from '../schema.ts';

export const MATCH_PAIRS = { min: 3, max: 4 } as const;

/** Who said it: each statement id (text under `statements`) maps to a speaker id (text under `speakers`). */
export interface MatchQuestion extends QuestionBase {
  type: 'match';
  pairs: { statement: string; speaker: string }[];
}

/** The responses that answer it. */
export type MatchResponse = { type: 'match'; pairs: Record<string, string> };

export const match: TypeModule<MatchQuestion, MatchResponse> = {
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
  responses: {
    match: {
      tags: [TAG],
      validate: (x) => {
        if (!onlyKeys(x, ['type', 'pairs']) || !isRecord(x.pairs)) return null;
        const entries = Object.entries(x.pairs);
        if (entries.length > RESPONSE_LIMITS.maxPairs) return null;
        const pairs: Record<string, string> = {};
        for (const [k, v] of entries) {
          if (!isToken(k) || !isToken(v)) return null;
          pairs[k] = v;
        }
        return { type: 'match', pairs };
      },
      write: (w, r, dict) => {
        const entries = Object.entries(r.pairs);
        w.uint(TAG).uint(entries.length);
        for (const [k, v] of entries) {
          writeToken(w, k, dict);
          writeToken(w, v, dict);
        }
      },
      read: (r, _tag, dict) => {
        const n = r.uint(RESPONSE_LIMITS.maxPairs);
        const pairs: Record<string, string> = {};
        for (let i = 0; i < n; i++) {
          const k = readToken(r, dict);
          if (Object.hasOwn(pairs, k)) throw new DecodeFailure('repeated statement');
          pairs[k] = readToken(r, dict);
        }
        return { type: 'match', pairs };
      },
      text: (r, _q, words, texts) =>
        Object.entries(r.pairs)
          .map(
            ([s, who]) =>
              `${words?.statements?.[s] ?? s}${texts.word('saidBySeparator')}${words?.speakers?.[who] ?? who}`,
          )
          .join(texts.word('listSeparator')),
    },
  },
  time: { fixed: 0.5, perItem: 0.5, items: (q) => q.pairs.length },
  exportItem: (q, { words }) => ({
    kind: 'matching',
    pairs: q.pairs.map((p) => ({
      left: words?.statements?.[p.statement] ?? p.statement,
      right: words?.speakers?.[p.speaker] ?? p.speaker,
    })),
  }),
  publicView: (q, base, rng) => {
    const speakers = shuffle(
      q.pairs.map((p) => p.speaker),
      rng,
    );
    const statements = shuffle(
      q.pairs.map((p) => p.statement),
      rng,
    );
    return {
      ...base,
      type: 'match',
      pairs: statements.map((statement, i) => ({ statement, speaker: speakers[i] as string })),
    };
  },
  map: () => null,
  live: {},
  cues: () => null,
  authoring: {
    toDraft: (q, w) => ({
      pairs: q.pairs.map((p) => ({
        statement: w.item('statements', p.statement),
        speaker: w.item('speakers', p.speaker),
      })),
    }),
    fromDraft(d, base, main) {
      const speakers = speakerIds(d, main);
      const pairs = d.pairs.map((p, i) => ({ statement: p.statement.id, speaker: speakers[i] ?? p.speaker.id }));
      return { ...base, type: 'match', pairs };
    },
    texts: (d, w) => ({
      statements: w.group(d.pairs.map((p) => p.statement)),
      speakers: w.group(
        d.pairs.map((p) => p.speaker),
        speakerIds(d, w.main),
      ),
    }),
  },
};

/** Speakers named alike (in the main language) are one speaker: "who said it" matches statements to them. */
function speakerIds(q: DraftQuestion, main: string): string[] {
  const byName = new Map<string, string>();
  return q.pairs.map((p) => {
    const name = (p.speaker.words[main] ?? '').trim().toLocaleLowerCase();
    if (name === '') return p.speaker.id;
    const known = byName.get(name);
    if (known) return known;
    byName.set(name, p.speaker.id);
    return p.speaker.id;
  });
}
