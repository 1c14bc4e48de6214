import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random/rng.ts';
import { dueFacts, emptyProgress, practiceQueue, recordAnswer, type Progress } from '../../src/core/progress/index.ts';
import { factOf, progressBank } from '../fixtures/progress-bank.ts';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 8, 7, 9, 0);

function answer(p: Progress, questionId: string, correctness: number, now: number): Progress {
  return recordAnswer(p, { fact: factOf(questionId), questionId, correctness, now });
}

describe('dueFacts over simulated days', () => {
  it('brings a fact missed today back before one answered right three times', () => {
    let p = emptyProgress();
    // Day 0, 1 and 4: "date" answered right each time it is due (box 2, 3, then 4).
    p = answer(p, 'date-choice-1', 1, START);
    p = answer(p, 'date-choice-2', 1, START + 1 * DAY);
    p = answer(p, 'date-choice-1', 1, START + 4 * DAY);
    // Day 4: "capital" missed.
    p = answer(p, 'capital-map', 0, START + 4 * DAY + 60_000);

    expect(dueFacts(p, START + 4 * DAY + 120_000)).toEqual(['capital']);
    // Every day of the next week, the missed fact is due; "date" only from day 11 (4 + 7).
    for (let day = 5; day < 11; day++) expect(dueFacts(p, START + day * DAY)).toEqual(['capital']);
    expect(dueFacts(p, START + 11 * DAY)).toEqual(['capital', 'date']);
  });

  it('lists box 1 first, then the most overdue, and nothing not yet due', () => {
    let p = emptyProgress();
    p = answer(p, 'date-choice-1', 1, START); // box 2, due day 1
    p = answer(p, 'ecowas-choice', 1, START + 2 * 3600_000); // box 2, due day 1 + 2 h
    p = answer(p, 'leader-choice', 1, START + 3 * DAY); // box 2, due day 4
    p = answer(p, 'protest-tf', 0, START + 2 * DAY); // box 1, due day 2
    expect(dueFacts(p, START + 3 * DAY)).toEqual(['protest', 'date', 'ecowas']);
    expect(dueFacts(p, START)).toEqual([]);
  });
});

describe('practiceQueue', () => {
  it('asks due facts first, then never-seen facts, then the rest by due time, one question per fact', () => {
    let p = emptyProgress();
    p = answer(p, 'leader-choice', 1, START); // box 2, due day 1
    p = answer(p, 'ecowas-choice', 1, START + 1 * DAY); // box 2, due day 2 → not due at day 1.5
    p = answer(p, 'date-choice-1', 1, START); // box 2, due day 1 → overdue
    p = answer(p, 'protest-tf', 0, START + DAY); // box 1
    const now = START + 1.5 * DAY;

    const queue = practiceQueue(progressBank, p, now, 10, createRng(7));
    const facts = queue.map(factOf);
    expect(facts.slice(0, 3)).toEqual(['protest', 'date', 'leader']); // box 1, then most overdue (tie: id)
    expect(new Set(facts.slice(3, 5))).toEqual(new Set(['capital', 'location'])); // never seen
    expect(facts.slice(5)).toEqual(['ecowas']); // not due yet
    expect(new Set(facts).size).toBe(facts.length);
  });

  it('stops at count and never asks more facts than the bank has', () => {
    const p = emptyProgress();
    expect(practiceQueue(progressBank, p, START, 3, createRng(1))).toHaveLength(3);
    expect(practiceQueue(progressBank, p, START, 100, createRng(1))).toHaveLength(6);
    expect(practiceQueue(progressBank, p, START, 0, createRng(1))).toEqual([]);
  });

  it('asks a fact seen before through a different question, of another type when there is one', () => {
    let p = emptyProgress();
    p = answer(p, 'capital-map', 0, START);
    p = answer(p, 'location-choice', 0, START);
    p = answer(p, 'date-choice-2', 0, START);
    for (let seed = 0; seed < 20; seed++) {
      const queue = practiceQueue(progressBank, p, START + 1000, 3, createRng(seed));
      expect(queue).toHaveLength(3);
      expect(queue).toContain('capital-choice');
      expect(queue).toContain('date-choice-1');
      expect(queue.some((id) => id === 'location-map' || id === 'location-tf')).toBe(true);
    }
  });

  it('skips facts in the record that are no longer in the bank', () => {
    let p = emptyProgress();
    p = recordAnswer(p, { fact: 'removed-fact', questionId: 'gone', correctness: 0, now: START });
    const queue = practiceQueue(progressBank, p, START + 1000, 10, createRng(3));
    expect(queue).toHaveLength(6);
    expect(queue).not.toContain('gone');
  });

  it('gives the same queue for the same seed and orders never-seen facts by the seed', () => {
    const p = emptyProgress();
    const a = practiceQueue(progressBank, p, START, 6, createRng(42));
    expect(practiceQueue(progressBank, p, START, 6, createRng(42))).toEqual(a);
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed++)
      orders.add(practiceQueue(progressBank, p, START, 6, createRng(seed)).map(factOf).join());
    expect(orders.size).toBeGreaterThan(1);
  });
});
