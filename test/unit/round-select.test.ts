import { describe, expect, it } from 'vitest';
import { selectQuestions } from '../../src/core/round/select.ts';
import { createRng, shuffle } from '../../src/core/random/rng.ts';
import { fixturePack } from '../fixtures/round-bank.ts';

describe('drawing a round', () => {
  it('the same seed gives the same round; another seed another order', () => {
    const a = selectQuestions(fixturePack, { count: 6 }, createRng(42));
    const b = selectQuestions(fixturePack, { count: 6 }, createRng(42));
    expect(a).toEqual(b);
    const others = [1, 2, 3, 4, 5].map((s) => selectQuestions(fixturePack, { count: 6 }, createRng(s)).join());
    expect(new Set([a.join(), ...others]).size).toBeGreaterThan(1);
  });

  it('never asks one fact twice', () => {
    for (let seed = 0; seed < 50; seed++) {
      const ids = selectQuestions(fixturePack, { count: 20 }, createRng(seed));
      const facts = ids.map((id) => fixturePack.questions.find((q) => q.id === id)?.fact);
      expect(new Set(facts).size).toBe(facts.length);
      expect(ids.length).toBe(8); // 9 questions, 8 facts
    }
  });

  it('mixes types: six questions from a bank with six types use all six', () => {
    const ids = selectQuestions(fixturePack, { count: 6 }, createRng(7));
    const types = new Set(ids.map((id) => fixturePack.questions.find((q) => q.id === id)?.type));
    expect(types.size).toBe(6);
  });

  it('honours topic, type and difficulty filters', () => {
    const geo = selectQuestions(fixturePack, { count: 10, topics: ['geography'] }, createRng(1));
    expect(geo.sort()).toEqual(['where-niamey', 'where-niger', 'worse-neighbours']);
    const tf = selectQuestions(fixturePack, { count: 10, types: ['truefalse'], difficulties: [1] }, createRng(1));
    expect(tf.sort()).toEqual(['elected', 'leader-tf']);
    const hard = selectQuestions(fixturePack, { count: 10, difficulties: [3] }, createRng(1));
    expect(hard.sort()).toEqual(['said', 'week']);
  });

  it('shuffle keeps every item', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const s = shuffle(items, createRng(3));
    expect([...s].sort((x, y) => x - y)).toEqual(items);
    expect(s).not.toEqual(items);
  });
});

describe('the first question of a standard round', async () => {
  const { mapQuestionNotFirst } = await import('../../src/core/round/select.ts');
  it('is not a map question when the round has another kind', () => {
    expect(mapQuestionNotFirst(['where-niger', 'where-niamey', 'leader', 'troops'], fixturePack)).toEqual([
      'leader',
      'where-niger',
      'where-niamey',
      'troops',
    ]);
    expect(mapQuestionNotFirst(['leader', 'where-niger'], fixturePack)).toEqual(['leader', 'where-niger']);
  });
  it('keeps every question, and a round of map questions only as it is', () => {
    expect(mapQuestionNotFirst(['where-niger', 'where-niamey'], fixturePack)).toEqual(['where-niger', 'where-niamey']);
    for (let seed = 0; seed < 30; seed++) {
      const ids = selectQuestions(fixturePack, { count: 8 }, createRng(seed));
      const out = mapQuestionNotFirst(ids, fixturePack);
      expect([...out].sort()).toEqual([...ids].sort());
      expect(fixturePack.questions.find((q) => q.id === out[0])?.type).not.toBe('locate');
    }
  });
});
