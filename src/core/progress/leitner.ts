import { isFullyRight } from '../round/verdict.ts';
import type { AnswerEvent, Box, Confusion, FactProgress, Progress } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long a fact rests in each box before it is due again (index = box − 1):
 * box 1 → 0 (due at once: a missed fact comes back in the same sitting, in "Practise what I missed"
 * or the next round), box 2 → 1 day, box 3 → 3 days, box 4 → 7 days, box 5 → 21 days.
 *
 * Why these: the gaps roughly triple, the classic expanding schedule of Leitner and Pimsleur,
 * and they fit a school term — a fact answered right on four separate due days (≈ 11 days
 * of spacing) reaches box 5 and then only comes back every three weeks, about once or twice
 * before a unit ends. A day is the smallest useful gap for classroom use: lessons are daily at most.
 */
export const BOX_INTERVALS_MS: readonly [number, number, number, number, number] = [
  0,
  1 * DAY_MS,
  3 * DAY_MS,
  7 * DAY_MS,
  21 * DAY_MS,
];

export const MAX_BOX: Box = 5;

export function intervalFor(box: Box): number {
  return BOX_INTERVALS_MS[box - 1] as number;
}

/** The history of a fact, or undefined when it was never answered (own keys only). */
export function factProgress(progress: Progress, fact: string): FactProgress | undefined {
  return Object.hasOwn(progress.facts, fact) ? progress.facts[fact] : undefined;
}

/**
 * Records one answer and returns a new progress record (the input is not changed).
 *
 * Leitner rules:
 * - a miss (not fully right: partial credit and time-outs count as misses, core/round/verdict.ts) sends the fact back to box 1, due at once;
 * - a right answer moves it up one box (at most 5) and schedules it after that box's interval;
 *   a never-seen fact starts in box 1, so a first right answer puts it in box 2;
 * - a right answer *before the fact is due* (replaying a round the same afternoon) is counted
 *   in `right` but does not promote it nor push its due time: cramming should not make a fact
 *   look learnt for three weeks. This is the Leitner rule that a box is only reviewed when due.
 */
export function recordAnswer(progress: Progress, answer: AnswerEvent): Progress {
  const { fact, questionId, correctness, now } = answer;
  const before = factProgress(progress, fact);
  let after: FactProgress;
  if (!isFullyRight(correctness)) {
    after = {
      box: 1,
      lastSeen: now,
      due: now + intervalFor(1),
      right: before?.right ?? 0,
      wrong: (before?.wrong ?? 0) + 1,
      lastQuestionId: questionId,
    };
  } else if (before !== undefined && now < before.due) {
    after = {
      ...before,
      lastSeen: now,
      // Keeps due ≥ lastSeen even if the device clock went back.
      due: Math.max(before.due, now),
      right: before.right + 1,
      lastQuestionId: questionId,
    };
  } else {
    const box = Math.min((before?.box ?? 1) + 1, MAX_BOX) as Box;
    after = {
      box,
      lastSeen: now,
      due: now + intervalFor(box),
      right: (before?.right ?? 0) + 1,
      wrong: before?.wrong ?? 0,
      lastQuestionId: questionId,
    };
  }
  return {
    ...progress,
    facts: { ...progress.facts, [fact]: after },
    confusions: addConfusions(progress.confusions, answer.confusedPlaces ?? [], now),
  };
}

function addConfusions(
  confusions: Progress['confusions'],
  pairs: readonly (readonly [string, string])[],
  now: number,
): Progress['confusions'] {
  let out = confusions;
  for (const [expected, picked] of pairs) {
    if (expected === picked) continue;
    const row = Object.hasOwn(out, expected) ? (out[expected] as Record<string, Confusion>) : {};
    const prev = Object.hasOwn(row, picked) ? row[picked] : undefined;
    // Computed keys in literals define own properties, so no id can reach a prototype.
    out = { ...out, [expected]: { ...row, [picked]: { count: (prev?.count ?? 0) + 1, last: now } } };
  }
  return out;
}
