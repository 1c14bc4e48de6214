import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentHash, validateAssignment, type Assignment } from '../../src/core/share/assignment.ts';
import { assignmentArb, questionIds } from '../fixtures/share-pack.ts';

const base: Assignment = {
  v: 1,
  title: 'Niger, July 2023',
  questionIds: questionIds.slice(0, 10),
  timeLimitMs: 30_000,
  allowTimeChange: true,
  language: null,
  shuffle: false,
  explainDuringRound: true,
};

describe('validateAssignment', () => {
  it('accepts every generated assignment and returns an equal copy', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        expect(validateAssignment(a)).toEqual(a);
      }),
    );
  });

  it.each([
    ['a title over 80 characters', { title: 'x'.repeat(81) }],
    ['a control character in the title', { title: 'Quiz\u0007' }],
    ['a bidi override in the title', { title: 'abc\u202Edef' }],
    ['no questions', { questionIds: [] }],
    ['61 questions', { questionIds: Array.from({ length: 61 }, (_, i) => `q${i}`) }],
    ['a repeated question', { questionIds: ['q1', 'q1'] }],
    ['a question id with capitals', { questionIds: ['Q1'] }],
    ['a time limit under a second', { timeLimitMs: 999 }],
    ['a fractional time limit', { timeLimitMs: 1500.5 }],
    ['a language that is not a tag', { language: 'French!' }],
    ['a string for a flag', { shuffle: 'yes' }],
    ['another version', { v: 2 }],
    ['an unknown field', { extra: 1 }],
  ])('refuses %s', (_, change) => {
    expect(validateAssignment({ ...base, ...change })).toBeNull();
  });

  it('keeps HTML in a title as the plain text it is', () => {
    const title = '<img src=x onerror=alert(1)> & co';
    expect(validateAssignment({ ...base, title })?.title).toBe(title);
  });
});

describe('assignmentHash', () => {
  it('is 8 Crockford symbols and ignores field order', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as unknown as Assignment;
    expect(assignmentHash(base)).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(assignmentHash(reordered)).toBe(assignmentHash(base));
  });

  it('changes when anything a student would notice changes', () => {
    const variants: Partial<Assignment>[] = [
      { title: 'Niger, July 2023.' },
      { questionIds: [...base.questionIds].reverse() },
      { questionIds: base.questionIds.slice(1) },
      { timeLimitMs: 31_000 },
      { timeLimitMs: null },
      { allowTimeChange: false },
      { language: 'fr' },
      { shuffle: true },
      { explainDuringRound: false },
    ];
    const hashes = new Set([assignmentHash(base), ...variants.map((v) => assignmentHash({ ...base, ...v }))]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('rarely collides across many random rounds', () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const key = JSON.stringify(a);
        const h = assignmentHash(a);
        const before = seen.get(h);
        if (before !== undefined) expect(before).toBe(key);
        seen.set(h, key);
      }),
      { numRuns: 2000 },
    );
  });
});
