/** Put events (ids of texts under `events`) in order; `order` is the right order. */
import type { QuestionBase } from '../../content/types.ts';
import * as v from 'valibot';
import { shuffle } from '../../random/rng.ts';
import { DecodeFailure } from '../../share/bytes.ts';
import { factorial, MAX_PERM, permutationFromRank, permutationRank } from '../../share/permutation.ts';
import { readTokens, RESPONSE_LIMITS, tokenList, onlyKeys, writeTokens } from '../../share/responseTokens.ts';
import { duplicates, type TypeModule } from '../kind.ts';

/** Result-code tags (share/response.ts): an order of the question's own events is one number (its rank). */
const TAG_LIST = 8;
const TAG_PERMUTATION = 10;
import { IdSchema } from '../schema.ts';

export const TIMELINE_EVENTS = { min: 3, max: 5 } as const;

/** Put events (ids of texts under `events`) in order; `order` is the right order. */
export interface TimelineQuestion extends QuestionBase {
  type: 'timeline';
  order: string[];
}

/** The responses that answer it. */
export type TimelineResponse = { type: 'timeline'; order: string[] };

export const timeline: TypeModule<TimelineQuestion, TimelineResponse> = {
  type: 'timeline',
  schema: { order: v.array(IdSchema) },
  problems(q) {
    const out: string[] = [];
    if (q.order.length < TIMELINE_EVENTS.min || q.order.length > TIMELINE_EVENTS.max) {
      out.push(`timeline has ${q.order.length} events, needs ${TIMELINE_EVENTS.min} to ${TIMELINE_EVENTS.max}`);
    }
    for (const e of duplicates(q.order)) out.push(`timeline event ${e} listed twice`);
    return out;
  },
  textGroups: (q) => ({ events: q.order }),
  hasUnit: false,
  score(q, r) {
    if (r.type !== 'timeline' || !isPermutation(r.order, q.order)) return null;
    return pairsInOrder(r.order, q.order);
  },
  correctResponse: (q) => ({ type: 'timeline', order: [...q.order] }),
  tokens: (q) => q.order,
  responses: {
    timeline: {
      tags: [TAG_LIST, TAG_PERMUTATION],
      validate: (x) => {
        const order = onlyKeys(x, ['type', 'order']) ? tokenList(x.order, 1) : null;
        return order ? { type: 'timeline', order } : null;
      },
      write: (w, r, dict) => {
        const rank = permutationRank(r.order, dict);
        if (rank !== null) w.uint(TAG_PERMUTATION).uint(rank);
        else writeTokens(w.uint(TAG_LIST), r.order, dict);
      },
      read: (r, tag, dict) => {
        if (tag === TAG_LIST) {
          const order = readTokens(r, dict, RESPONSE_LIMITS.maxItems);
          if (permutationRank(order, dict) !== null) throw new DecodeFailure('non-canonical timeline');
          return { type: 'timeline', order };
        }
        if (dict.length === 0 || dict.length > MAX_PERM) throw new DecodeFailure('no events to order');
        return { type: 'timeline', order: permutationFromRank(r.uint(factorial(dict.length) - 1), dict) };
      },
      text: (r, _q, words, texts) => r.order.map((e) => words?.events?.[e] ?? e).join(texts.word('then')),
    },
  },
  time: { fixed: 0.5, perItem: 0.4, items: (q) => q.order.length },
  exportItem: (q, { words }) => ({ kind: 'ordering', order: q.order.map((e) => words?.events?.[e] ?? e) }),
  publicView: (q, base, rng) => ({ ...base, type: 'timeline', order: shuffle(q.order, rng) }),
  map: () => null,
  live: {},
  cues: () => null,
  authoring: {
    toDraft: (q, w) => ({ events: q.order.map((e) => w.item('events', e)) }),
    fromDraft: (d, base) => ({ ...base, type: 'timeline', order: d.events.map((e) => e.id) }),
    texts: (d, w) => ({ events: w.group(d.events) }),
  },
};

/** The share of pairs of events that the player put in the right relative order. */
export function pairsInOrder(given: readonly string[], right: readonly string[]): number {
  const pos = new Map(given.map((id, i) => [id, i]));
  let good = 0;
  let all = 0;
  for (let i = 0; i < right.length; i++) {
    for (let j = i + 1; j < right.length; j++) {
      all++;
      if ((pos.get(right[i] as string) ?? 0) < (pos.get(right[j] as string) ?? 0)) good++;
    }
  }
  return all === 0 ? 1 : good / all;
}

function isPermutation(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.every((x, i) => x === sb[i]);
}
