import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random/rng.ts';
import {
  dueFacts,
  emptyProgress,
  missedRound,
  practiceQueue,
  recordAnswer,
  validateProgress,
  type Progress,
} from '../../src/core/progress/index.ts';
import { FULLY_RIGHT } from '../../src/core/round/verdict.ts';
import { factOf, progressBank } from '../fixtures/progress-bank.ts';

const START = Date.UTC(2026, 8, 7, 9, 0);
const DAY = 24 * 60 * 60 * 1000;
const questionIds = progressBank.questions.map((q) => q.id);

/** An answer to a fixture question after a gap (minutes to weeks; sometimes a clock set back). */
const answerArb = fc.record({
  questionId: fc.constantFrom(...questionIds),
  correctness: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  gapMs: fc.oneof(fc.integer({ min: 0, max: 30 * DAY }), fc.integer({ min: -DAY, max: 0 })),
  confused: fc.array(fc.tuple(fc.constantFrom('NER', 'MLI', 'niamey'), fc.constantFrom('NER', 'TCD', 'bamako')), {
    maxLength: 2,
  }),
});

type GeneratedAnswer = typeof answerArb extends fc.Arbitrary<infer T> ? T : never;

function play(answers: GeneratedAnswer[]): { progress: Progress; now: number } {
  let progress = emptyProgress();
  let now = START;
  for (const a of answers) {
    now += a.gapMs;
    progress = recordAnswer(progress, {
      fact: factOf(a.questionId),
      questionId: a.questionId,
      correctness: a.correctness,
      now,
      confusedPlaces: a.confused,
    });
  }
  return { progress, now };
}

describe('progress properties', () => {
  it('any sequence of answers keeps boxes in 1..5, due ≥ last seen, counts exact, and a valid record', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 60 }), (answers) => {
        const { progress } = play(answers);
        for (const [fact, f] of Object.entries(progress.facts)) {
          expect(f.box).toBeGreaterThanOrEqual(1);
          expect(f.box).toBeLessThanOrEqual(5);
          expect(f.due).toBeGreaterThanOrEqual(f.lastSeen);
          expect(f.right + f.wrong).toBe(answers.filter((a) => factOf(a.questionId) === fact).length);
        }
        expect(validateProgress(JSON.parse(JSON.stringify(progress)))).toEqual(progress);
      }),
    );
  });

  it('a fact just missed is in box 1 and due at once, first in line', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 40 }), fc.constantFrom(...questionIds), (answers, missedId) => {
        const { progress, now } = play(answers);
        const p = recordAnswer(progress, { fact: factOf(missedId), questionId: missedId, correctness: 0, now });
        expect(p.facts[factOf(missedId)]!.box).toBe(1);
        const due = dueFacts(p, now);
        expect(due).toContain(factOf(missedId));
        // Only other box-1 facts may come before it.
        for (const f of due.slice(0, due.indexOf(factOf(missedId)))) expect(p.facts[f]!.box).toBe(1);
      }),
    );
  });

  it('a practice queue asks distinct facts of the bank, due ones before unseen ones, up to count', () => {
    fc.assert(
      fc.property(
        fc.array(answerArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer(),
        fc.integer({ min: 0, max: 40 * DAY }),
        (answers, count, seed, later) => {
          const { progress, now } = play(answers);
          const at = now + later;
          const queue = practiceQueue(progressBank, progress, at, count, createRng(seed));
          const facts = queue.map(factOf);
          expect(new Set(facts).size).toBe(facts.length);
          expect(queue.length).toBe(Math.min(count, 6));
          const rank = (fact: string) => {
            const f = progress.facts[fact];
            return f === undefined ? 1 : f.due <= at ? 0 : 2;
          };
          const ranks = facts.map(rank);
          expect([...ranks].sort()).toEqual(ranks);
        },
      ),
    );
  });

  it('"Practise what I missed" asks exactly the facts answered below the threshold', () => {
    const roundArb = fc.array(
      fc.record({
        questionId: fc.constantFrom(...questionIds),
        correctness: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(roundArb, fc.integer(), (answers, seed) => {
        const ids = missedRound(progressBank, answers, createRng(seed));
        const missed = new Set(answers.filter((a) => a.correctness < FULLY_RIGHT).map((a) => factOf(a.questionId)));
        expect(ids.length).toBe(missed.size);
        expect(new Set(ids.map(factOf))).toEqual(missed);
      }),
    );
  });
});
