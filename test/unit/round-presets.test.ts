import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random/rng.ts';
import { learningRound, STANDARD_ROUND, standardRound } from '../../src/core/round/presets.ts';
import { fixturePack } from '../fixtures/round-bank.ts';

const typeOf = (id: string | undefined) => fixturePack.questions.find((q) => q.id === id)?.type;

describe('round presets: what Play and practice start', () => {
  it('Play: eight questions of eight facts, timed at 20 s on the student’s scale, scored, explained as it goes', () => {
    const r = standardRound(fixturePack, 2, createRng(3));
    expect(r.questionIds).toHaveLength(STANDARD_ROUND.count);
    expect(STANDARD_ROUND).toEqual({ count: 8, timeLimitMs: 20_000 });
    const facts = r.questionIds.map((id) => fixturePack.questions.find((q) => q.id === id)?.fact);
    expect(new Set(facts).size).toBe(8);
    expect(r).toMatchObject({ timeLimitMs: 20_000, timeScale: 2, scored: true, explainDuringRound: true });
    expect(r.openEnded).toBeUndefined();
  });

  it('Play never opens on a map question (the map may still be loading), whatever the draw', () => {
    let mapDrawn = 0;
    for (let seed = 0; seed < 60; seed++) {
      const ids = standardRound(fixturePack, 1, createRng(seed)).questionIds;
      expect(typeOf(ids[0])).not.toBe('locate');
      if (ids.some((id) => typeOf(id) === 'locate')) mapDrawn++;
    }
    expect(mapDrawn).toBeGreaterThan(0);
  });

  it('the same seed draws the same round; the timer-off scale is kept', () => {
    const a = standardRound(fixturePack, null, createRng(11));
    const b = standardRound(fixturePack, null, createRng(11));
    expect(a).toEqual(b);
    expect(a.timeScale).toBeNull();
  });

  it('learning rounds are untimed and unscored, with the explanation after every answer', () => {
    const missed = learningRound(['leader', 'elected'], false, 1);
    expect(missed).toEqual({
      questionIds: ['leader', 'elected'],
      timeLimitMs: null,
      timeScale: 1,
      explainDuringRound: true,
      scored: false,
    });
    expect(learningRound(['leader'], true, 10)).toMatchObject({ openEnded: true, timeLimitMs: null, scored: false });
  });
});
