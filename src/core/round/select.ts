import { mapAsk } from '../questions/registry.ts';
import type { ContentPack, Question } from '../content/types.ts';
import { shuffle, type Rng } from '../random/rng.ts';
import type { SelectionFilter } from './types.ts';

const TYPE_WEIGHT = 100;

/**
 * Draws a round from the bank: questions that pass the filter, never two of the same fact,
 * spread across question types and topics as evenly as the bank allows.
 */
export function selectQuestions(pack: ContentPack, filter: SelectionFilter, rng: Rng): string[] {
  const pool = shuffle(
    pack.questions.filter((q) => passes(q, filter)),
    rng,
  );
  const chosen: Question[] = [];
  const facts = new Set<string>();
  const typeCount = new Map<string, number>();
  const topicCount = new Map<string, number>();
  while (chosen.length < filter.count) {
    let best: Question | undefined;
    let bestCost = Infinity;
    for (const q of pool) {
      if (facts.has(q.fact)) continue;
      // Types weigh more than topics: every type appears once before any appears twice.
      const cost = TYPE_WEIGHT * (typeCount.get(q.type) ?? 0) + (topicCount.get(q.topic) ?? 0);
      if (cost < bestCost) {
        best = q;
        bestCost = cost;
      }
    }
    if (!best) break;
    chosen.push(best);
    facts.add(best.fact);
    typeCount.set(best.type, (typeCount.get(best.type) ?? 0) + 1);
    topicCount.set(best.topic, (topicCount.get(best.topic) ?? 0) + 1);
  }
  return shuffle(chosen, rng).map((q) => q.id);
}

/**
 * The same questions with a non-map one first, when there is one: the map loads behind the
 * first question on a slow device, so a round that opened on the map would make the student wait.
 */
export function mapQuestionNotFirst(ids: readonly string[], pack: ContentPack): string[] {
  const isMap = (id: string) => {
    const q = pack.questions.find((x) => x.id === id);
    return q !== undefined && mapAsk(q) !== null;
  };
  const first = ids.findIndex((id) => !isMap(id));
  if (first <= 0) return [...ids];
  return [ids[first] as string, ...ids.slice(0, first), ...ids.slice(first + 1)];
}

function passes(q: Question, f: SelectionFilter): boolean {
  return (
    (!f.topics || f.topics.length === 0 || f.topics.includes(q.topic)) &&
    (!f.types || f.types.length === 0 || f.types.includes(q.type)) &&
    (!f.difficulties || f.difficulties.length === 0 || f.difficulties.includes(q.difficulty))
  );
}

/** How long a round will take at most, for a teacher's summary (ms); null when untimed. */
export function estimatedDurationMs(count: number, timeLimitMs: number | null, feedbackMs = 6000): number | null {
  return timeLimitMs === null ? null : count * (timeLimitMs + feedbackMs);
}
