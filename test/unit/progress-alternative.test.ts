import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random/rng.ts';
import { alternativeQuestion, missedRound } from '../../src/core/progress/index.ts';
import { factOf, progressBank } from '../fixtures/progress-bank.ts';

const typeOf = (id: string | null) => progressBank.questions.find((q) => q.id === id)?.type;
const seeds = Array.from({ length: 30 }, (_, i) => i);

describe('alternativeQuestion', () => {
  it('turns a missed map question into a choice one, and a missed choice question into a map one', () => {
    for (const seed of seeds) {
      expect(alternativeQuestion(progressBank, 'capital', 'capital-map', createRng(seed))).toBe('capital-choice');
      expect(alternativeQuestion(progressBank, 'capital', 'capital-choice', createRng(seed))).toBe('capital-map');
    }
  });

  it('picks among all the other types when there are several, never the missed type', () => {
    const got = new Set(seeds.map((s) => alternativeQuestion(progressBank, 'location', 'location-map', createRng(s))));
    expect(got).toEqual(new Set(['location-choice', 'location-tf']));
  });

  it('falls back to another question of the same type, then to the same question', () => {
    for (const seed of seeds) {
      expect(alternativeQuestion(progressBank, 'date', 'date-choice-1', createRng(seed))).toBe('date-choice-2');
      expect(alternativeQuestion(progressBank, 'leader', 'leader-choice', createRng(seed))).toBe('leader-choice');
    }
  });

  it('gives any question of the fact when the one to avoid is unknown, and null for an unknown fact', () => {
    const got = new Set(seeds.map((s) => alternativeQuestion(progressBank, 'location', '', createRng(s))));
    expect(got).toEqual(new Set(['location-map', 'location-choice', 'location-tf']));
    expect(alternativeQuestion(progressBank, 'no-such-fact', 'x', createRng(1))).toBeNull();
  });
});

describe('missedRound', () => {
  const round = [
    { questionId: 'capital-map', correctness: 0.6 }, // partial credit: missed
    { questionId: 'date-choice-1', correctness: 1 },
    { questionId: 'location-choice', correctness: 0 },
    { questionId: 'leader-choice', correctness: 0 }, // time ran out
    { questionId: 'ecowas-choice', correctness: 1 },
    { questionId: 'protest-tf', correctness: 1 },
  ];

  it('asks exactly the missed facts, in the order missed, each through another question', () => {
    for (const seed of seeds) {
      const ids = missedRound(progressBank, round, createRng(seed));
      expect(ids.map(factOf)).toEqual(['capital', 'location', 'leader']);
      expect(ids[0]).toBe('capital-choice');
      expect(typeOf(ids[1]!)).not.toBe('choice');
      expect(ids[2]).toBe('leader-choice'); // the only question of its fact
    }
  });

  it('is empty after a perfect round, and ignores questions not in the bank', () => {
    expect(
      missedRound(
        progressBank,
        round.filter((a) => a.correctness === 1),
        createRng(1),
      ),
    ).toEqual([]);
    expect(missedRound(progressBank, [{ questionId: 'gone', correctness: 0 }], createRng(1))).toEqual([]);
  });

  it('asks a fact missed twice only once', () => {
    const twice = [
      { questionId: 'location-map', correctness: 0 },
      { questionId: 'location-tf', correctness: 0 },
    ];
    const ids = missedRound(progressBank, twice, createRng(5));
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe('location-map');
  });
});
