import type { ContentPack, Question } from '../content/types.ts';
import type { Rng } from '../random/rng.ts';

/** fact id → its questions, in bank order; facts in order of first appearance. */
export function questionsByFact(bank: ContentPack): Map<string, Question[]> {
  const out = new Map<string, Question[]>();
  for (const q of bank.questions) {
    const list = out.get(q.fact);
    if (list) list.push(q);
    else out.set(q.fact, [q]);
  }
  return out;
}

export function pick<T>(items: readonly T[], rng: Rng): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(rng() * items.length)];
}
