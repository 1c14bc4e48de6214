import type { Question } from '../content/types.ts';
import type { AnswerRecord } from '../round/types.ts';
import { verdictOf } from '../round/verdict.ts';
import type { Distribution } from './protocol.ts';

/**
 * How the class answered a closed question: counts per choice (choice, true/false), the picks on
 * the map (locate), or how many were right, partly right and wrong (the other types).
 */
export function distributionOf(q: Question, answers: readonly (AnswerRecord | undefined)[]): Distribution {
  const out: Distribution = { counts: {}, picks: [], missed: 0 };
  const add = (key: string) => {
    out.counts[key] = (out.counts[key] ?? 0) + 1;
  };
  if (q.type === 'choice') for (const c of q.choices) out.counts[c] = 0;
  if (q.type === 'truefalse') out.counts = { true: 0, false: 0 };
  for (const a of answers) {
    const r = a?.response;
    if (!a || !r) {
      out.missed++;
      continue;
    }
    if (r.type === 'choice') add(r.choice);
    else if (r.type === 'truefalse') add(String(r.value));
    else if (r.type === 'locate') for (const place of r.places) out.picks.push({ place });
    else if (r.type === 'locate-point') out.picks.push({ lon: r.lon, lat: r.lat });
    if (q.type !== 'choice' && q.type !== 'truefalse') add(verdictOf(r, a.correctness));
  }
  return out;
}
