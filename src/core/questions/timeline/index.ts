/** Put events (ids of texts under `events`) in order; `order` is the right order. */
import * as v from 'valibot';
import { duplicates, type QuestionKind } from '../kind.ts';
import { IdSchema } from '../schema.ts';

export const TIMELINE_EVENTS = { min: 3, max: 5 } as const;

export const timeline: QuestionKind<'timeline'> = {
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
