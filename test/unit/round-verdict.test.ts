import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionOf } from '../../src/core/live/distribution.ts';
import { emptyProgress, factProgress, recordAnswer } from '../../src/core/progress/index.ts';
import { markOf } from '../../src/core/results/classTable.ts';
import { FULLY_RIGHT, isFullyRight, isVerdict, verdictOf } from '../../src/core/round/verdict.ts';
import type { Question } from '../../src/core/content/types.ts';

describe('the verdict on an answer, one rule', () => {
  it('right, partly right, wrong, or no answer in time', () => {
    const r = { type: 'numeric', value: 1 };
    expect(verdictOf(r, 1)).toBe('right');
    expect(verdictOf(r, 1 / 3 + 1 / 3 + 1 / 3)).toBe('right');
    expect(verdictOf(r, 0.999)).toBe('partial');
    expect(verdictOf(r, 0)).toBe('wrong');
    expect(verdictOf(null, 0)).toBe('timeout');
    // Credit earned without a response (never made by the engine) is credit, not a time-out.
    expect(verdictOf(null, 0.5)).toBe('partial');
    expect(isVerdict('partial')).toBe(true);
    expect(isVerdict('Niger')).toBe(false);
  });

  it('is "fully right" for the score, the class table and the learning record alike', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (c) => {
        const right = c >= FULLY_RIGHT;
        expect(isFullyRight(c)).toBe(right);
        const answer = {
          questionId: 'q',
          response: { type: 'numeric' as const, value: 1 },
          correctness: c,
          points: 0,
          timeMs: 1000,
        };
        expect(markOf(answer) === 'right').toBe(right);
        // Only a fully right answer moves a fact up from box 1.
        const p = recordAnswer(emptyProgress(), { fact: 'f', questionId: 'q', correctness: c, now: 0 });
        expect((factProgress(p, 'f')?.box ?? 1) > 1).toBe(right);
      }),
    );
  });

  it('counts a live class the same way: right, partly right and wrong for the open types', () => {
    const q = { id: 'q', type: 'numeric' } as unknown as Question;
    const answer = (correctness: number) => ({
      questionId: 'q',
      response: { type: 'numeric' as const, value: 1 },
      correctness,
      points: 0,
      timeMs: 1000,
    });
    const d = distributionOf(q, [answer(1), answer(0.5), answer(0), undefined]);
    expect(d.counts).toEqual({ right: 1, partial: 1, wrong: 1 });
    expect(d.missed).toBe(1);
  });
});
