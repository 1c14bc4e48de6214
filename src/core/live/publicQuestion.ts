import type { Question } from '../content/types.ts';
import { kindOf } from '../questions/registry.ts';
import type { Rng } from '../random/rng.ts';

/**
 * A question as a phone may see it while it is open: what the answer widgets need to draw it,
 * nothing that gives the answer away. Choices, events and statements are shuffled; the answer
 * fields hold placeholders that no widget reads before the reveal.
 */
export function publicQuestion(q: Question, rng: Rng): Question {
  const base = { id: q.id, fact: '', topic: q.topic, difficulty: q.difficulty, paragraphs: [] };
  return kindOf(q).publicView(q, base, rng);
}
