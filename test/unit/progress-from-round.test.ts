import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/content/types.ts';
import { createRng } from '../../src/core/random/rng.ts';
import {
  answerEvent,
  confusedPlaces,
  confusionsOf,
  emptyProgress,
  nextPracticeQuestion,
  recordAnswer,
  topicStanding,
  type Progress,
} from '../../src/core/progress/index.ts';
import { factOf, progressBank } from '../fixtures/progress-bank.ts';

const START = Date.UTC(2026, 8, 7, 9, 0);
const q = (id: string) => progressBank.questions.find((x) => x.id === id) as Question;
const locate = (over: Partial<Question> = {}) => ({ ...q('location-map'), ...over }) as Question;

describe('confusionsOf: map mix-ups in one answer', () => {
  it('a wrong country picked for the one asked for', () => {
    expect(confusionsOf(locate(), { type: 'locate', places: ['MLI'] })).toEqual([['NER', 'MLI']]);
  });
  it('nothing for a right answer, a time-out, a bare point or another type', () => {
    expect(confusionsOf(locate(), { type: 'locate', places: ['NER'] })).toEqual([]);
    expect(confusionsOf(locate(), null)).toEqual([]);
    expect(confusionsOf(q('capital-map'), { type: 'locate-point', lon: 7.5, lat: 9 })).toEqual([]);
    expect(confusionsOf(q('capital-choice'), { type: 'choice', choice: 'b' })).toEqual([]);
  });
  it('a city chosen from the place list counts', () => {
    expect(confusionsOf(q('capital-map'), { type: 'locate', places: ['abuja'] })).toEqual([['niamey', 'abuja']]);
  });
  it('several asked for: pairs the extra picks with the one missing, and gives up when the pairing is unknown', () => {
    const many = locate({ mode: 'countries', targets: ['MLI', 'BFA', 'NER'] } as Partial<Question>);
    expect(confusionsOf(many, { type: 'locate', places: ['MLI', 'BFA', 'TCD'] })).toEqual([['NER', 'TCD']]);
    expect(confusionsOf(many, { type: 'locate', places: ['MLI', 'TCD', 'SDN'] })).toEqual([]);
  });
});

describe('answerEvent feeds the Leitner record', () => {
  it('a missed map question puts its fact in box 1 and counts the confusion', () => {
    const a = {
      questionId: 'location-map',
      response: { type: 'locate' as const, places: ['MLI'] },
      correctness: 0,
      points: 0,
      timeMs: 3000,
    };
    let p = recordAnswer(emptyProgress(), answerEvent(q('location-map'), a, START));
    p = recordAnswer(p, answerEvent(q('location-map'), { ...a, correctness: 0 }, START + 1000));
    expect(p.facts.location).toMatchObject({ box: 1, wrong: 2, lastQuestionId: 'location-map' });
    expect(confusedPlaces(p)).toEqual([{ expected: 'NER', picked: 'MLI', count: 2, last: START + 1000 }]);
  });
});

describe('nextPracticeQuestion: open-ended practice', () => {
  const facts = new Set(progressBank.questions.map((x) => x.fact));

  function sitting(p: Progress, n: number, seed = 1): string[] {
    const rng = createRng(seed);
    const asked: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = nextPracticeQuestion(progressBank, p, START, asked, rng);
      if (id === null) throw new Error('no question');
      asked.push(id);
    }
    return asked;
  }

  it('starts with the missed facts, then asks every fact once before any comes back', () => {
    let p = emptyProgress();
    p = recordAnswer(p, { fact: 'date', questionId: 'date-choice-1', correctness: 0, now: START - 2000 });
    p = recordAnswer(p, { fact: 'capital', questionId: 'capital-map', correctness: 0, now: START - 1000 });
    const asked = sitting(p, facts.size + 3);
    expect(asked.slice(0, 2).map(factOf)).toEqual(['date', 'capital']);
    // Through another question than the one missed.
    expect(asked[0]).toBe('date-choice-2');
    expect(asked[1]).toBe('capital-choice');
    expect(new Set(asked.slice(0, facts.size).map(factOf))).toEqual(facts);
    // No fact twice in a row, across the whole sitting.
    for (let i = 1; i < asked.length; i++) expect(factOf(asked[i] as string)).not.toBe(factOf(asked[i - 1] as string));
  });

  it('returns null for an empty bank, and repeats the one fact of a one-fact bank', () => {
    const rng = createRng(3);
    expect(nextPracticeQuestion({ ...progressBank, questions: [] }, emptyProgress(), START, [], rng)).toBeNull();
    const one = { ...progressBank, questions: [q('leader-choice')] };
    expect(nextPracticeQuestion(one, emptyProgress(), START, ['leader-choice'], rng)).toBe('leader-choice');
  });
});

describe('topicStanding: the progress page numbers', () => {
  const DAY = 24 * 60 * 60 * 1000;
  it('counts facts seen, due and mastered per topic as days pass', () => {
    let p = emptyProgress();
    p = recordAnswer(p, { fact: 'date', questionId: 'date-choice-1', correctness: 1, now: START });
    p = recordAnswer(p, { fact: 'leader', questionId: 'leader-choice', correctness: 0, now: START });
    const coup = (now: number) => topicStanding(progressBank, p, now).find((r) => r.topic === 'coup');
    expect(coup(START + 1)).toEqual({ topic: 'coup', mastered: 0, total: 2, seen: 2, due: 1 });
    expect(coup(START + DAY)).toEqual({ topic: 'coup', mastered: 0, total: 2, seen: 2, due: 2 });
    p = recordAnswer(p, { fact: 'date', questionId: 'date-choice-2', correctness: 1, now: START + DAY });
    expect(coup(START + DAY + 1)).toEqual({ topic: 'coup', mastered: 1, total: 2, seen: 2, due: 1 });
    expect(topicStanding(progressBank, p, START).find((r) => r.topic === 'geography')).toEqual({
      topic: 'geography',
      mastered: 0,
      total: 2,
      seen: 0,
      due: 0,
    });
  });
});
