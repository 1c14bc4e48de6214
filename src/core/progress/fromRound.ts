import { mapAsk } from '../questions/registry.ts';
import type { ContentPack, Question, Response } from '../content/types.ts';
import type { Rng } from '../random/rng.ts';
import type { AnswerRecord } from '../round/types.ts';
import { practiceQueue } from './schedule.ts';
import type { AnswerEvent, Progress } from './types.ts';

/**
 * Map mix-ups in one answer, as [place asked for, place picked instead] pairs. Only answers that
 * name places count (a click on a country, a place chosen from the list); a click on a bare
 * point for a city names no place and is not a confusion. When several places were asked for
 * and more than one is missing, which pick stood for which is unknown, so nothing is recorded.
 */
export function confusionsOf(q: Question, response: Response | null): [expected: string, picked: string][] {
  const ask = mapAsk(q);
  if (!ask || response === null || response.type !== 'locate') return [];
  const picked = [...new Set(response.places)];
  const missing = ask.targets.filter((t) => !picked.includes(t));
  const extra = picked.filter((p) => !ask.targets.includes(p));
  if (missing.length !== 1) return [];
  const expected = missing[0] as string;
  return extra.map((p) => [expected, p]);
}

/** What the progress record needs to know about one answer of a round. */
export function answerEvent(q: Question, a: AnswerRecord, now: number): AnswerEvent {
  const confused = confusionsOf(q, a.response);
  return {
    fact: q.fact,
    questionId: q.id,
    correctness: a.correctness,
    now,
    ...(confused.length ? { confusedPlaces: confused } : {}),
  };
}

/**
 * The next question of open-ended practice. Follows `practiceQueue` (due and missed facts first,
 * then facts never seen, then the rest), but a fact already asked in this sitting waits until
 * every other fact has been asked as often, and the fact just asked never comes straight back
 * (unless the bank has only one). `asked` is the question ids asked so far in this sitting.
 */
export function nextPracticeQuestion(
  bank: ContentPack,
  progress: Progress,
  now: number,
  asked: readonly string[],
  rng: Rng,
): string | null {
  const factOf = new Map(bank.questions.map((q) => [q.id, q.fact]));
  const queue = practiceQueue(bank, progress, now, bank.questions.length, rng);
  if (queue.length === 0) return null;
  const times = new Map<string, number>();
  for (const id of asked) {
    const f = factOf.get(id);
    if (f !== undefined) times.set(f, (times.get(f) ?? 0) + 1);
  }
  const lastAsked = asked.length ? factOf.get(asked[asked.length - 1] as string) : undefined;
  const candidates = queue.length > 1 ? queue.filter((id) => factOf.get(id) !== lastAsked) : queue;
  let best: string | null = null;
  let bestTimes = Infinity;
  for (const id of candidates) {
    const n = times.get(factOf.get(id) as string) ?? 0;
    if (n < bestTimes) {
      best = id;
      bestTimes = n;
    }
  }
  return best;
}
