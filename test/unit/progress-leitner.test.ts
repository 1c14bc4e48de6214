import { describe, expect, it } from 'vitest';
import {
  BOX_INTERVALS_MS,
  emptyProgress,
  factProgress,
  recordAnswer,
  type Progress,
} from '../../src/core/progress/index.ts';
import { FULLY_RIGHT } from '../../src/core/round/verdict.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 8, 7, 9, 0); // a Monday, 9:00, first lesson

function answer(p: Progress, fact: string, correctness: number, now: number, questionId = `${fact}-q`): Progress {
  return recordAnswer(p, { fact, questionId, correctness, now });
}

describe('recordAnswer: Leitner boxes', () => {
  it('puts a new fact answered right in box 2, due a day later', () => {
    const p = answer(emptyProgress(), 'capital', 1, START);
    expect(factProgress(p, 'capital')).toEqual({
      box: 2,
      lastSeen: START,
      due: START + DAY,
      right: 1,
      wrong: 0,
      lastQuestionId: 'capital-q',
    });
  });

  it('puts a new fact answered wrong in box 1, due at once', () => {
    const p = answer(emptyProgress(), 'capital', 0, START);
    expect(factProgress(p, 'capital')).toMatchObject({ box: 1, due: START, right: 0, wrong: 1 });
  });

  it('moves a fact up one box per right answer given when due, with growing intervals, and stops at box 5', () => {
    let p = emptyProgress();
    let now = START;
    const boxes: number[] = [];
    const gaps: number[] = [];
    for (let i = 0; i < 6; i++) {
      p = answer(p, 'date', 1, now);
      const f = factProgress(p, 'date')!;
      boxes.push(f.box);
      gaps.push(f.due - now);
      now = f.due; // come back exactly when due
    }
    expect(boxes).toEqual([2, 3, 4, 5, 5, 5]);
    expect(gaps).toEqual([1 * DAY, 3 * DAY, 7 * DAY, 21 * DAY, 21 * DAY, 21 * DAY]);
    expect(BOX_INTERVALS_MS).toEqual([0, 1 * DAY, 3 * DAY, 7 * DAY, 21 * DAY]);
  });

  it('sends a fact from box 4 back to box 1 on a miss, due at once, and keeps its counts', () => {
    let p = emptyProgress();
    let now = START;
    for (let i = 0; i < 3; i++) {
      p = answer(p, 'date', 1, now);
      now = factProgress(p, 'date')!.due;
    }
    expect(factProgress(p, 'date')!.box).toBe(4);
    p = answer(p, 'date', 0, now + HOUR, 'date-choice-2');
    expect(factProgress(p, 'date')).toEqual({
      box: 1,
      lastSeen: now + HOUR,
      due: now + HOUR,
      right: 3,
      wrong: 1,
      lastQuestionId: 'date-choice-2',
    });
  });

  it('counts partial credit and time-outs as misses, and a sum that rounds to 1 as right', () => {
    expect(factProgress(answer(emptyProgress(), 'capital', 0.5, START), 'capital')!.box).toBe(1);
    expect(factProgress(answer(emptyProgress(), 'capital', 0.99, START), 'capital')!.box).toBe(1);
    expect(factProgress(answer(emptyProgress(), 'capital', 1 / 3 + 1 / 3 + 1 / 3, START), 'capital')!.box).toBe(2);
    expect(FULLY_RIGHT).toBeGreaterThan(0.999);
    expect(FULLY_RIGHT).toBeLessThanOrEqual(1);
  });

  it('does not promote a fact answered right again before it is due (replaying a round the same day)', () => {
    let p = answer(emptyProgress(), 'capital', 1, START);
    p = answer(p, 'capital', 1, START + 10 * 60 * 1000, 'capital-choice');
    p = answer(p, 'capital', 1, START + 20 * 60 * 1000);
    expect(factProgress(p, 'capital')).toMatchObject({
      box: 2,
      due: START + DAY,
      right: 3,
      lastSeen: START + 20 * 60 * 1000,
    });
    // Next day it is due, and a right answer moves it on.
    p = answer(p, 'capital', 1, START + DAY);
    expect(factProgress(p, 'capital')).toMatchObject({ box: 3, due: START + DAY + 3 * DAY });
  });

  it('does not change the record it is given', () => {
    const before = answer(emptyProgress(), 'capital', 1, START);
    const snapshot = JSON.stringify(before);
    answer(before, 'capital', 0, START + DAY);
    recordAnswer(before, {
      fact: 'x',
      questionId: 'x-q',
      correctness: 0,
      now: START,
      confusedPlaces: [['NER', 'MLI']],
    });
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('counts map mix-ups per place asked for and place picked, ignoring a place "confused" with itself', () => {
    let p = emptyProgress();
    p = recordAnswer(p, {
      fact: 'location',
      questionId: 'location-map',
      correctness: 0,
      now: START,
      confusedPlaces: [['NER', 'MLI']],
    });
    p = recordAnswer(p, {
      fact: 'location',
      questionId: 'location-map',
      correctness: 0,
      now: START + DAY,
      confusedPlaces: [
        ['NER', 'MLI'],
        ['NER', 'NER'],
      ],
    });
    p = recordAnswer(p, {
      fact: 'capital',
      questionId: 'capital-map',
      correctness: 0,
      now: START + DAY,
      confusedPlaces: [['niamey', 'bamako']],
    });
    expect(p.confusions).toEqual({
      NER: { MLI: { count: 2, last: START + DAY } },
      niamey: { bamako: { count: 1, last: START + DAY } },
    });
  });

  it('keeps fact and place ids that look like object internals as plain data', () => {
    let p = recordAnswer(emptyProgress(), {
      fact: '__proto__',
      questionId: 'q',
      correctness: 1,
      now: START,
      confusedPlaces: [['__proto__', 'constructor']],
    });
    p = answer(p, 'constructor', 0, START);
    expect(Object.keys(p.facts).sort()).toEqual(['__proto__', 'constructor']);
    expect(factProgress(p, '__proto__')!.box).toBe(2);
    expect(Object.getPrototypeOf(p.facts)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(p.confusions)).toBe(Object.prototype);
    expect(factProgress(emptyProgress(), 'toString')).toBeUndefined();
  });
});
