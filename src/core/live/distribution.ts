import type { Question } from '../content/types.ts';
import { kindOf } from '../questions/registry.ts';
import type { AnswerRecord } from '../round/types.ts';
import { verdictOf } from '../round/verdict.ts';
import type { Distribution } from './protocol.ts';

/**
 * How the class answered a closed question, as its type's module says (`live`): counts per option
 * (choice, true/false), or how many were right, partly right and wrong, with the picks on the map
 * (locate).
 */
export function distributionOf(q: Question, answers: readonly (AnswerRecord | undefined)[]): Distribution {
  const out: Distribution = { counts: {}, picks: [], missed: 0 };
  const add = (key: string) => {
    out.counts[key] = (out.counts[key] ?? 0) + 1;
  };
  const { options, picks } = kindOf(q).live;
  if (options) for (const key of options.keys(q)) out.counts[key] = 0;
  for (const a of answers) {
    const r = a?.response;
    if (!a || !r) {
      out.missed++;
      continue;
    }
    const key = options ? options.keyOf(r) : verdictOf(r, a.correctness);
    if (key !== null) add(key);
    if (picks) out.picks.push(...picks(r));
  }
  return out;
}
