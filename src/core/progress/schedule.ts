import type { ContentPack } from '../content/types.ts';
import { shuffle, type Rng } from '../random/rng.ts';
import { alternativeQuestion } from './alternative.ts';
import { questionsByFact } from './bank.ts';
import type { FactProgress, Progress } from './types.ts';

/**
 * Facts due at `now` (due time reached), most urgent first: facts in box 1 (just missed) first,
 * then by due time, most overdue first; ties by fact id so the order is stable.
 */
export function dueFacts(progress: Progress, now: number): string[] {
  return Object.entries(progress.facts)
    .filter(([, f]) => f.due <= now)
    .sort(byUrgency)
    .map(([id]) => id);
}

/**
 * Question ids for a practice round of at most `count` questions, one per fact:
 * 1. facts due (box 1 first, then most overdue), 2. facts never answered (in random order),
 * 3. the rest by due time (soonest first). A fact seen before is asked through a question other
 * than the last one asked (see `alternativeQuestion`). Facts no longer in the bank are skipped.
 */
export function practiceQueue(bank: ContentPack, progress: Progress, now: number, count: number, rng: Rng): string[] {
  const facts = [...questionsByFact(bank).keys()];
  const seen: [string, FactProgress][] = [];
  const unseen: string[] = [];
  for (const fact of facts) {
    if (Object.hasOwn(progress.facts, fact)) seen.push([fact, progress.facts[fact] as FactProgress]);
    else unseen.push(fact);
  }
  const due = seen.filter(([, f]) => f.due <= now).sort(byUrgency);
  const later = seen.filter(([, f]) => f.due > now).sort(byDue);
  const order = [...due.map(([id]) => id), ...shuffle(unseen, rng), ...later.map(([id]) => id)];

  const out: string[] = [];
  for (const fact of order.slice(0, Math.max(0, Math.floor(count)))) {
    const last = Object.hasOwn(progress.facts, fact) ? (progress.facts[fact] as FactProgress).lastQuestionId : '';
    const id = alternativeQuestion(bank, fact, last, rng);
    if (id !== null) out.push(id);
  }
  return out;
}

function byUrgency([idA, a]: [string, FactProgress], [idB, b]: [string, FactProgress]): number {
  const boxA = a.box === 1 ? 0 : 1;
  const boxB = b.box === 1 ? 0 : 1;
  if (boxA !== boxB) return boxA - boxB;
  return byDue([idA, a], [idB, b]);
}

function byDue([idA, a]: [string, FactProgress], [idB, b]: [string, FactProgress]): number {
  if (a.due !== b.due) return a.due - b.due;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}
