import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, createRecordStore } from '../../src/core/storage/index.ts';
import type { Question } from '../../src/core/content/types.ts';
import { next, startRound, submitAnswer } from '../../src/core/round/engine.ts';
import { BESTS_KEY, BESTS_VERSION, loadBests, recordBest, updateBest } from '../../src/core/round/personalBest.ts';
import { answerBreakdown, celebrationLevel, kmOff, roundResult, streakInfo } from '../../src/core/round/reward.ts';
import { pointsBreakdown } from '../../src/core/round/scoring.ts';
import { distanceKm } from '../../src/core/round/distance.ts';
import { withQuestionTimes } from '../../src/core/round/timing.ts';
import type { RoundConfig, RoundState } from '../../src/core/round/types.ts';
import { fixtureBank } from '../fixtures/round-bank.ts';

const q = (id: string) => fixtureBank.question(id) as Question;

function play(
  ids: string[],
  answers: { r: Parameters<typeof submitAnswer>[2]; at: number }[],
  over: Partial<RoundConfig> = {},
) {
  const config = withQuestionTimes(
    { questionIds: ids, timeLimitMs: 20_000, timeScale: 1, explainDuringRound: true, scored: true, ...over },
    fixtureBank.question,
  );
  let s: RoundState = startRound(config, 0);
  let t = 0;
  for (const a of answers) {
    const o = submitAnswer(s, fixtureBank, a.r, t + a.at);
    if (!o.ok) throw new Error(o.error);
    t += a.at + 1000;
    s = next(o.state, t);
  }
  return s;
}

describe('points breakdown', () => {
  it('right + speed + streak add up to the points, for any answer', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        fc.nat(20),
        (c, speed, streak) => {
          const b = pointsBreakdown(c, speed, streak);
          return b.right + b.speed + b.streak === b.total && b.right >= 0 && b.speed >= 0 && b.streak >= 0;
        },
      ),
    );
  });

  it('third right answer in a row: +20 % on top, shown as such', () => {
    expect(pointsBreakdown(1, 1, 3)).toEqual({ right: 500, speed: 500, streak: 200, streakShare: 0.2, total: 1200 });
    expect(streakInfo(3)).toEqual({ count: 3, bonusPercent: 20 });
    expect(streakInfo(9)).toEqual({ count: 9, bonusPercent: 50 });
  });

  it('partly right: no streak bonus, the right part in proportion', () => {
    expect(pointsBreakdown(0.5, 0.5, 4)).toEqual({ right: 250, speed: 125, streak: 0, streakShare: 0, total: 375 });
  });

  it("each answer's breakdown in a played round equals the points the engine gave", () => {
    const s = play(
      ['leader', 'elected', 'where-niger'],
      [
        { r: { type: 'choice', choice: 'tchiani' }, at: 4000 },
        { r: { type: 'truefalse', value: true }, at: 2000 },
        { r: { type: 'locate', places: ['NER'] }, at: 9000 },
      ],
    );
    s.answers.forEach((a, i) => {
      expect(answerBreakdown(s, i)?.total).toBe(a.points);
    });
    expect(answerBreakdown(s, 1)?.streak).toBeGreaterThan(0);
  });

  it('no breakdown for a time-out or a practice answer', () => {
    const s = play(['leader'], [{ r: { type: 'choice', choice: 'tchiani' }, at: 1000 }], { scored: false });
    expect(answerBreakdown(s, 0)).toBeUndefined();
  });
});

describe('city answers say how far off they were', () => {
  it('one great-circle distance: Niamey to Abuja is about 790 km, both ways', () => {
    const niamey = { lon: 2.1098, lat: 13.5116 };
    const abuja = { lon: 7.4951, lat: 9.0579 };
    expect(distanceKm(niamey, abuja)).toBeGreaterThan(760);
    expect(distanceKm(niamey, abuja)).toBeLessThan(820);
    expect(distanceKm(abuja, niamey)).toBeCloseTo(distanceKm(niamey, abuja), 9);
    expect(distanceKm(niamey, niamey)).toBe(0);
    // A quarter of the equator: 2π R / 4.
    expect(distanceKm({ lon: 0, lat: 0 }, { lon: 90, lat: 0 })).toBeCloseTo((Math.PI * 6371.0088) / 2, 6);
  });

  it('kmOff: whole km from the city for a point or a listed city, nothing for other types', () => {
    const niamey = q('where-niamey');
    const off = kmOff(niamey, { type: 'locate-point', lon: 4.0, lat: 13.5 }, fixtureBank.placeCoords);
    expect(off).toBeGreaterThan(190);
    expect(off).toBeLessThan(215);
    expect(Number.isInteger(off)).toBe(true);
    expect(kmOff(niamey, { type: 'locate', places: ['niamey'] }, fixtureBank.placeCoords)).toBe(0);
    expect(kmOff(niamey, null, fixtureBank.placeCoords)).toBeUndefined();
    expect(kmOff(q('where-niger'), { type: 'locate', places: ['NER'] }, fixtureBank.placeCoords)).toBeUndefined();
  });
});

describe('celebration level (for the Phaser scene) and the round result', () => {
  const right = { r: { type: 'choice' as const, choice: 'tchiani' }, at: 1000 };
  const wrong = { r: { type: 'choice' as const, choice: 'bazoum' }, at: 1000 };
  it('grows with the share of credit earned', () => {
    expect(celebrationLevel(play(['leader'], [wrong]))).toBe(0);
    expect(celebrationLevel(play(['leader'], [right]))).toBe(3);
    const s = play(['leader', 'elected'], [right, { r: { type: 'truefalse', value: true }, at: 1000 }]);
    expect(roundResult(s).celebration).toBe(celebrationLevel(s));
    expect(roundResult(s).correct + roundResult(s).partlyRight).toBeLessThanOrEqual(2);
  });
  it('an empty round celebrates nothing', () => {
    expect(
      celebrationLevel(
        startRound({ questionIds: [], timeLimitMs: null, timeScale: 1, explainDuringRound: true, scored: true }, 0),
      ),
    ).toBe(0);
  });
});

describe('personal bests on the device', () => {
  const store = () => createRecordStore(createMemoryStore(), 'test');
  it('the first round with points is a new best; a tie or less is not; a higher score is', () => {
    const s = store();
    expect(updateBest(s, 'standard', { score: 3000, correct: 4, total: 8 }, 1).isNew).toBe(true);
    expect(updateBest(s, 'standard', { score: 3000, correct: 5, total: 8 }, 2).isNew).toBe(false);
    const beat = updateBest(s, 'standard', { score: 4200, correct: 6, total: 8 }, 3);
    expect(beat.isNew).toBe(true);
    expect(beat.previous?.score).toBe(3000);
    expect(loadBests(s).value.standard).toEqual({ score: 4200, correct: 6, total: 8, at: 3 });
  });
  it('kinds are kept apart; zero points is no best', () => {
    const s = store();
    updateBest(s, 'standard', { score: 900, correct: 1, total: 8 }, 1);
    expect(updateBest(s, 'assigned:abc', { score: 0, correct: 0, total: 3 }, 2).isNew).toBe(false);
    expect(updateBest(s, 'assigned:abc', { score: 100, correct: 1, total: 3 }, 2).isNew).toBe(true);
    expect(Object.keys(loadBests(s).value).sort()).toEqual(['assigned:abc', 'standard']);
  });
  it('a damaged or tampered record reads as no bests, with a problem code, and is replaced by the next best', () => {
    const s = store();
    s.save(BESTS_KEY, { standard: { score: 'lots', correct: 1, total: 1, at: 0 } }, BESTS_VERSION);
    const loaded = loadBests(s);
    expect(loaded.value).toEqual({});
    expect(loaded.problem).toBeDefined();
    expect(updateBest(s, 'standard', { score: 10, correct: 1, total: 1 }, 5).isNew).toBe(true);
    expect(loadBests(s).value.standard?.score).toBe(10);
  });
  it('keeps at most 50 kinds, the newest', () => {
    let bests = {};
    for (let i = 0; i < 60; i++) bests = recordBest(bests, `k${i}`, { score: 1, correct: 1, total: 1 }, i).bests;
    expect(Object.keys(bests)).toHaveLength(50);
    expect(Object.keys(bests)).toContain('k59');
    expect(Object.keys(bests)).not.toContain('k0');
  });
});
