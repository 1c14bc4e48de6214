import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '../../src/core/content/types.ts';
import {
  cityCorrectness,
  correctness,
  numericCorrectness,
  pairsInOrder,
  points,
} from '../../src/core/round/scoring.ts';
import { fixtureBank, fixturePack } from '../fixtures/round-bank.ts';

const q = (id: string): Question => fixturePack.questions.find((x) => x.id === id) as Question;
const coords = (id: string) => fixtureBank.placeCoords(id);

describe('correctness per question type', () => {
  it('multiple choice and true/false: all or nothing', () => {
    expect(correctness(q('leader'), { type: 'choice', choice: 'tchiani' }, coords)).toBe(1);
    expect(correctness(q('leader'), { type: 'choice', choice: 'bazoum' }, coords)).toBe(0);
    expect(correctness(q('elected'), { type: 'truefalse', value: true }, coords)).toBe(1);
    expect(correctness(q('elected'), { type: 'truefalse', value: false }, coords)).toBe(0);
  });

  it('locate a country: the one clicked must be the target', () => {
    expect(correctness(q('where-niger'), { type: 'locate', places: ['NER'] }, coords)).toBe(1);
    expect(correctness(q('where-niger'), { type: 'locate', places: ['TCD'] }, coords)).toBe(0);
    expect(correctness(q('where-niger'), { type: 'locate', places: [] }, coords)).toBeNull();
  });

  it('locate a city: full marks inside the radius, partial to three times it, by real distance', () => {
    const niamey = q('where-niamey');
    expect(correctness(niamey, { type: 'locate-point', lon: 2.2, lat: 13.6 }, coords)).toBe(1);
    const far = correctness(niamey, { type: 'locate-point', lon: 4.0, lat: 13.5 }, coords) as number; // ~203 km east
    expect(far).toBeGreaterThan(0.4);
    expect(far).toBeLessThan(0.6);
    expect(correctness(niamey, { type: 'locate-point', lon: 7.49, lat: 9.06 }, coords)).toBe(0); // Abuja
    expect(correctness(niamey, { type: 'locate', places: ['niamey'] }, coords)).toBe(1); // picked from the list
    expect(correctness(niamey, { type: 'locate', places: ['bamako'] }, coords)).toBe(0);
  });

  it('select every country: right ones count, wrong picks take away, never below zero', () => {
    const n = q('worse-neighbours');
    expect(correctness(n, { type: 'locate', places: ['BFA', 'MLI'] }, coords)).toBe(1);
    expect(correctness(n, { type: 'locate', places: ['BFA'] }, coords)).toBe(0.5);
    expect(correctness(n, { type: 'locate', places: ['BFA', 'MLI', 'TCD'] }, coords)).toBe(0.5);
    expect(correctness(n, { type: 'locate', places: ['TCD', 'NGA', 'BEN'] }, coords)).toBe(0);
  });

  it('numeric: full inside the tolerance, less the further away', () => {
    const t = q('troops');
    expect(correctness(t, { type: 'numeric', value: 1500 }, coords)).toBe(1);
    expect(correctness(t, { type: 'numeric', value: 1600 }, coords)).toBe(1);
    expect(correctness(t, { type: 'numeric', value: 2100 }, coords)).toBe(0.5); // 500 off: (500-100)/1000
    expect(correctness(t, { type: 'numeric', value: 4000 }, coords)).toBe(0);
    expect(correctness(t, { type: 'numeric', value: Number.NaN }, coords)).toBeNull();
  });

  it('timeline: share of pairs in the right order', () => {
    const w = q('week');
    expect(correctness(w, { type: 'timeline', order: ['held', 'tv', 'abuja'] }, coords)).toBe(1);
    expect(correctness(w, { type: 'timeline', order: ['tv', 'held', 'abuja'] }, coords)).toBeCloseTo(2 / 3);
    expect(correctness(w, { type: 'timeline', order: ['abuja', 'tv', 'held'] }, coords)).toBe(0);
    expect(correctness(w, { type: 'timeline', order: ['held', 'tv'] }, coords)).toBeNull();
  });

  it('who said it: share of statements matched to the right speaker', () => {
    const m = q('said');
    expect(correctness(m, { type: 'match', pairs: { s1: 'macron', s2: 'touray' } }, coords)).toBe(1);
    expect(correctness(m, { type: 'match', pairs: { s1: 'touray', s2: 'touray' } }, coords)).toBe(0.5);
    expect(correctness(m, { type: 'match', pairs: { s1: 'putin', s2: 'touray' } }, coords)).toBeNull();
    expect(correctness(m, { type: 'match', pairs: { s1: 'macron' } }, coords)).toBeNull();
  });
});

describe('points', () => {
  it('500 for being right plus up to 500 for speed, scaled by correctness', () => {
    expect(points(1, 1, 1)).toBe(1000);
    expect(points(1, 0, 1)).toBe(500);
    expect(points(0.5, 0.5, 0)).toBe(375);
    expect(points(0, 1, 0)).toBe(0);
  });
  it('untimed answers get a flat half speed bonus', () => {
    expect(points(1, null, 1)).toBe(750);
  });
  it('streak bonus grows 10% a step and stops at +50%', () => {
    expect(points(1, 1, 2)).toBe(1100);
    expect(points(1, 1, 6)).toBe(1500);
    expect(points(1, 1, 40)).toBe(1500);
  });
  it('never negative, never more than 1500', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.double({ min: -1, max: 2, noNaN: true })),
        fc.nat(100),
        (c, r, s) => {
          const p = points(c, r, s);
          return p >= 0 && p <= 1500;
        },
      ),
    );
  });
});

describe('helpers', () => {
  it('city and numeric curves are monotone', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (a, b) => {
          const [near, far] = a < b ? [a, b] : [b, a];
          return (
            cityCorrectness(near, 100) >= cityCorrectness(far, 100) &&
            numericCorrectness(1500 + near, 1500, 100, 5000) >= numericCorrectness(1500 + far, 1500, 100, 5000)
          );
        },
      ),
    );
  });
  it('pairs in order is 1 only for the right order', () => {
    expect(pairsInOrder(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(pairsInOrder(['a', 'b', 'd', 'c'], ['a', 'b', 'c', 'd'])).toBeCloseTo(5 / 6);
  });
});
