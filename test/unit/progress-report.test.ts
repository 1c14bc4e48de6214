import { describe, expect, it } from 'vitest';
import { confusedPlaces, emptyProgress, mastery, recordAnswer, type Progress } from '../../src/core/progress/index.ts';
import { factOf, progressBank } from '../fixtures/progress-bank.ts';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 8, 7, 9, 0);

function answer(
  p: Progress,
  questionId: string,
  correctness: number,
  now: number,
  confused?: [string, string][],
): Progress {
  return recordAnswer(p, {
    fact: factOf(questionId),
    questionId,
    correctness,
    now,
    ...(confused ? { confusedPlaces: confused } : {}),
  });
}

describe('mastery', () => {
  it('lists each topic of the bank with all facts unmastered at first', () => {
    expect(mastery(progressBank, emptyProgress())).toEqual([
      { topic: 'coup', mastered: 0, total: 2 },
      { topic: 'protest', mastered: 0, total: 1 },
      { topic: 'response', mastered: 0, total: 1 },
      { topic: 'geography', mastered: 0, total: 2 },
    ]);
  });

  it('counts a fact as mastered from box 3 (right, then right again a day later) and not after a miss', () => {
    let p = emptyProgress();
    p = answer(p, 'date-choice-1', 1, START); // box 2: not yet
    p = answer(p, 'capital-map', 1, START);
    p = answer(p, 'protest-tf', 1, START);
    expect(mastery(progressBank, p).every((t) => t.mastered === 0)).toBe(true);

    p = answer(p, 'date-choice-2', 1, START + DAY); // box 3
    p = answer(p, 'capital-choice', 1, START + DAY); // box 3
    p = answer(p, 'protest-tf', 1, START + DAY); // box 3
    p = answer(p, 'protest-tf', 0, START + 5 * DAY); // missed: back to box 1
    const byTopic = Object.fromEntries(mastery(progressBank, p).map((t) => [t.topic, t.mastered]));
    expect(byTopic).toEqual({ coup: 1, protest: 0, response: 0, geography: 1 });
  });
});

describe('confusedPlaces', () => {
  it('lists the most frequent mix-ups first, ties by most recent, up to the limit', () => {
    let p = emptyProgress();
    p = answer(p, 'location-map', 0, START, [['NER', 'MLI']]);
    p = answer(p, 'capital-map', 0, START, [['niamey', 'bamako']]);
    p = answer(p, 'location-map', 0, START + DAY, [['NER', 'MLI']]);
    p = answer(p, 'location-map', 0, START + 2 * DAY, [['NER', 'TCD']]);
    p = answer(p, 'capital-map', 0, START + 3 * DAY, [['niamey', 'ouagadougou']]);
    expect(confusedPlaces(p)).toEqual([
      { expected: 'NER', picked: 'MLI', count: 2, last: START + DAY },
      { expected: 'niamey', picked: 'ouagadougou', count: 1, last: START + 3 * DAY },
      { expected: 'NER', picked: 'TCD', count: 1, last: START + 2 * DAY },
      { expected: 'niamey', picked: 'bamako', count: 1, last: START },
    ]);
    expect(confusedPlaces(p, 2).map((c) => c.picked)).toEqual(['MLI', 'ouagadougou']);
    expect(confusedPlaces(emptyProgress())).toEqual([]);
  });
});
