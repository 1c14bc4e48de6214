import type { Question } from '../content/types.ts';
import { shuffle, type Rng } from '../random/rng.ts';

/**
 * A question as a phone may see it while it is open: what the answer widgets need to draw it,
 * nothing that gives the answer away. Choices, events and statements are shuffled; the answer
 * fields hold placeholders that no widget reads before the reveal.
 */
export function publicQuestion(q: Question, rng: Rng): Question {
  const base = { id: q.id, fact: '', topic: q.topic, difficulty: q.difficulty, paragraphs: [] };
  switch (q.type) {
    case 'choice':
      return { ...base, type: 'choice', choices: shuffle(q.choices, rng), answer: '' };
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: false };
    case 'locate':
      // A 'countries' question says how many to pick; which ones stays secret.
      return { ...base, type: 'locate', mode: q.mode, targets: q.mode === 'countries' ? q.targets.map(() => '') : [] };
    case 'numeric':
      return {
        ...base,
        type: 'numeric',
        answer: q.min,
        min: q.min,
        max: q.max,
        step: q.step,
        tolerance: 0,
        ...(q.year ? { year: true } : {}),
      };
    case 'timeline':
      return { ...base, type: 'timeline', order: shuffle(q.order, rng) };
    case 'match': {
      const speakers = shuffle(
        q.pairs.map((p) => p.speaker),
        rng,
      );
      const statements = shuffle(
        q.pairs.map((p) => p.statement),
        rng,
      );
      return {
        ...base,
        type: 'match',
        pairs: statements.map((statement, i) => ({ statement, speaker: speakers[i] as string })),
      };
    }
  }
}
