import { packTopics } from '../content/pack.ts';
import type { ContentPack, Topic } from '../content/types.ts';
import { questionsByFact } from './bank.ts';
import type { Progress } from './types.ts';

/**
 * A fact counts as mastered from box 3: it was answered right when new and right again when it
 * came back at least a day later (box 1 → 2 → 3). One right answer could be a lucky guess or
 * short-term memory; two spaced right answers are the least that shows it was kept.
 */
export const MASTERED_BOX = 3;

export interface TopicMastery {
  topic: Topic;
  /** Facts of this topic in box ≥ MASTERED_BOX. */
  mastered: number;
  /** Facts of this topic in the bank. */
  total: number;
}

/**
 * Per topic of the bank (in the pack's topic order; topics without facts left out): how many of its
 * facts are mastered. A fact's topic is the topic of its first question in the bank.
 */
export function mastery(bank: ContentPack, progress: Progress): TopicMastery[] {
  const counts = new Map<Topic, TopicMastery>();
  for (const [fact, questions] of questionsByFact(bank)) {
    const topic = (questions[0] as (typeof questions)[number]).topic;
    const row = counts.get(topic) ?? { topic, mastered: 0, total: 0 };
    row.total += 1;
    if (Object.hasOwn(progress.facts, fact) && (progress.facts[fact]?.box ?? 0) >= MASTERED_BOX) row.mastered += 1;
    counts.set(topic, row);
  }
  return packTopics(bank).flatMap((t) => {
    const row = counts.get(t);
    return row ? [row] : [];
  });
}

export interface ConfusedPair {
  /** The place asked for. */
  expected: string;
  /** The place picked instead. */
  picked: string;
  count: number;
  /** Clock time (ms) of the latest mix-up. */
  last: number;
}

/** The `limit` most frequent map mix-ups, most frequent first; ties: most recent first. */
export function confusedPlaces(progress: Progress, limit = 5): ConfusedPair[] {
  const pairs: ConfusedPair[] = [];
  for (const [expected, row] of Object.entries(progress.confusions)) {
    for (const [picked, c] of Object.entries(row)) pairs.push({ expected, picked, count: c.count, last: c.last });
  }
  pairs.sort((a, b) => b.count - a.count || b.last - a.last || cmp(a.expected, b.expected) || cmp(a.picked, b.picked));
  return pairs.slice(0, Math.max(0, limit));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
