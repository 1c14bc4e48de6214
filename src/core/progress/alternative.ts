import type { ContentPack } from '../content/types.ts';
import type { Rng } from '../random/rng.ts';
import { pick } from './bank.ts';
import { isFullyRight } from '../round/verdict.ts';

/**
 * Another question about `fact`, so that practice tests the fact and not the memory of one question:
 * one of a different type than `avoidQuestionId` if the bank has one (a missed map question comes
 * back as a choice or true/false one, and the other way round), else a different question of the
 * same type, else the same question. With an unknown `avoidQuestionId`, any question of the fact.
 * Returns the question id, or null when the bank has no question about the fact.
 */
export function alternativeQuestion(bank: ContentPack, fact: string, avoidQuestionId: string, rng: Rng): string | null {
  const ofFact = bank.questions.filter((q) => q.fact === fact);
  if (ofFact.length === 0) return null;
  const avoided = ofFact.find((q) => q.id === avoidQuestionId);
  if (avoided === undefined) return pick(ofFact, rng)?.id ?? null;
  const otherType = ofFact.filter((q) => q.type !== avoided.type);
  if (otherType.length > 0) return pick(otherType, rng)?.id ?? null;
  const otherQuestion = ofFact.filter((q) => q.id !== avoided.id);
  if (otherQuestion.length > 0) return pick(otherQuestion, rng)?.id ?? null;
  return avoided.id;
}

/**
 * The question ids for "Practise what I missed" after a round: exactly the facts answered below
 * the correctness threshold (partial credit and time-outs included), once each, in the order they
 * were missed, each asked through `alternativeQuestion` instead of the question that was missed.
 * Answers to questions not in the bank are ignored.
 */
export function missedRound(
  bank: ContentPack,
  answers: readonly { questionId: string; correctness: number }[],
  rng: Rng,
): string[] {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const seenFacts = new Set<string>();
  const out: string[] = [];
  for (const a of answers) {
    if (isFullyRight(a.correctness)) continue;
    const q = byId.get(a.questionId);
    if (q === undefined || seenFacts.has(q.fact)) continue;
    seenFacts.add(q.fact);
    const id = alternativeQuestion(bank, q.fact, q.id, rng);
    if (id !== null) out.push(id);
  }
  return out;
}
