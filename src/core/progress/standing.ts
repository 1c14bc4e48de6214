import type { ContentPack } from '../content/types.ts';
import { mastery, type TopicMastery } from './report.ts';
import type { Progress } from './types.ts';

/** A topic on the progress page: mastered of total (see `mastery`), plus facts seen and due now. */
export interface TopicStanding extends TopicMastery {
  /** Facts of this topic answered at least once. */
  seen: number;
  /** Facts of this topic due for review at `now` (just missed, or their rest is over). */
  due: number;
}

/** Per topic, in the order of `mastery`: how far the student has got with the article. */
export function topicStanding(bank: ContentPack, progress: Progress, now: number): TopicStanding[] {
  const topicOfFact = new Map<string, string>();
  for (const q of bank.questions) if (!topicOfFact.has(q.fact)) topicOfFact.set(q.fact, q.topic);
  return mastery(bank, progress).map((row) => {
    let seen = 0;
    let due = 0;
    for (const [fact, topic] of topicOfFact) {
      if (topic !== row.topic || !Object.hasOwn(progress.facts, fact)) continue;
      seen += 1;
      if ((progress.facts[fact]?.due ?? Infinity) <= now) due += 1;
    }
    return { ...row, seen, due };
  });
}
