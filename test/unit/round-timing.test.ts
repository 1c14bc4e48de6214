import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/content/types.ts';
import { questionBaseMs, startRound, submitAnswer, timeLimit } from '../../src/core/round/engine.ts';
import { points, speedFraction } from '../../src/core/round/scoring.ts';
import {
  MIN_QUESTION_MS,
  questionItems,
  questionTimeMs,
  timeWeight,
  timesByType,
  withQuestionTimes,
} from '../../src/core/round/timing.ts';
import type { RoundConfig, TimeScale } from '../../src/core/round/types.ts';
import { fixtureBank, fixturePack } from '../fixtures/round-bank.ts';
import { readFileSync } from 'node:fs';

const pack = JSON.parse(
  readFileSync(new URL('../../content/niger-coup-2023/questions.json', import.meta.url), 'utf8'),
) as {
  questions: Question[];
};
const byId = (id: string) => pack.questions.find((q) => q.id === id);
const find = (f: (q: Question) => boolean) => pack.questions.find(f) as Question;

/** A question of `type` grown or shrunk to `n` items (choices, events, statements, countries). */
function withItems(q: Question, n: number): Question {
  const ids = Array.from({ length: n }, (_, i) => `x${i}`);
  switch (q.type) {
    case 'choice':
      return { ...q, choices: ids, answer: 'x0' };
    case 'timeline':
      return { ...q, order: ids };
    case 'match':
      return { ...q, pairs: ids.map((s) => ({ statement: s, speaker: s })) };
    case 'locate':
      return { ...q, mode: 'countries', targets: ids };
    default:
      return q;
  }
}

describe('the time rule (one place: src/core/round/timing.ts)', () => {
  it('gives a four-statement match and a four-event timeline more time than a true/false or a choice', () => {
    const base = 20_000;
    const tf = questionTimeMs(
      find((q) => q.type === 'truefalse'),
      base,
    );
    const choice = questionTimeMs(
      find((q) => q.type === 'choice'),
      base,
    );
    const match4 = questionTimeMs(
      find((q) => q.type === 'match' && q.pairs.length === 4),
      base,
    );
    const timeline4 = questionTimeMs(
      find((q) => q.type === 'timeline' && q.order.length === 4),
      base,
    );
    expect(tf).toBe(15_000);
    expect(choice).toBe(20_000);
    expect(match4).toBe(50_000);
    expect(timeline4).toBe(42_000);
    expect(match4).toBeGreaterThan(2 * tf);
    expect(timeline4).toBeGreaterThan(choice);
  });

  it('times are whole seconds and never under the minimum', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pack.questions), fc.integer({ min: 1_000, max: 600_000 }), (q, base) => {
        const ms = questionTimeMs(q, base);
        return ms % 1000 === 0 && ms >= MIN_QUESTION_MS;
      }),
    );
  });

  it('property: more items never get less time, at any base', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pack.questions.filter((q) => ['choice', 'timeline', 'match', 'locate'].includes(q.type))),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 5_000, max: 600_000 }),
        (q, n, more, base) => {
          const small = withItems(q, n);
          const big = withItems(q, n + more);
          expect(questionItems(big)).toBeGreaterThanOrEqual(questionItems(small));
          return questionTimeMs(big, base) >= questionTimeMs(small, base) && timeWeight(big) >= timeWeight(small);
        },
      ),
    );
  });

  it('property: a longer base never gives less time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pack.questions),
        fc.integer({ min: 1_000, max: 300_000 }),
        fc.nat(300_000),
        (q, b, d) => questionTimeMs(q, b + d) >= questionTimeMs(q, b),
      ),
    );
  });

  it('a round config carries each question its time, the student scale on top', () => {
    const ids2 = [find((q) => q.type === 'truefalse').id, find((q) => q.type === 'match').id];
    const config = withQuestionTimes(
      { questionIds: ids2, timeLimitMs: 20_000, timeScale: 2, explainDuringRound: true, scored: true },
      byId,
    );
    ids2.forEach((id, i) => {
      const q = byId(id) as Question;
      expect(questionBaseMs(config, i)).toBeCloseTo(questionTimeMs(q, 20_000), 6);
      expect(timeLimit(config, i)).toBeCloseTo(2 * questionTimeMs(q, 20_000), 6);
    });
    const untimed = withQuestionTimes({ ...config, timeLimitMs: null }, byId);
    expect(timeLimit(untimed, 0)).toBeNull();
  });

  it("the builder's summary: each type's shortest and longest time", () => {
    const t = timesByType(pack.questions, 30_000);
    expect(t.get('truefalse')).toEqual({ minMs: 23_000, maxMs: 23_000 });
    expect(t.get('match')?.maxMs).toBe(75_000);
    expect((t.get('timeline')?.minMs ?? 0) < (t.get('timeline')?.maxMs ?? 0)).toBe(true);
  });
});

describe('the speed rule: no time setting scores more than ×1', () => {
  const base: RoundConfig = {
    questionIds: ['leader'],
    timeLimitMs: 20_000,
    timeScale: 1,
    explainDuringRound: true,
    scored: true,
  };
  const scored = (scale: TimeScale, spentMs: number) => {
    const s = startRound(withQuestionTimes({ ...base, timeScale: scale }, fixtureBank.question), 0);
    const o = submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, spentMs);
    return o.ok ? o.state.answers[0]?.points : undefined;
  };

  it('the same answer after the same seconds scores the same at ×1, ×2, ×10 and with the timer off', () => {
    expect(scored(1, 5_000)).toBe(875);
    expect(scored(2, 5_000)).toBe(875);
    expect(scored(10, 5_000)).toBe(875);
    expect(scored(null, 5_000)).toBe(875);
  });

  it('after the ×1 time is used up, a longer clock still takes the answer, for the right-answer part only', () => {
    expect(scored(1, 25_000)).toBeUndefined(); // timed out at ×1
    expect(scored(2, 25_000)).toBe(500);
  });

  it('property: for any answer, time and streak, no scale beats ×1 (where ×1 took the answer)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 1_000, max: 120_000 }),
        fc.constantFrom<TimeScale>(1, 2, 10, null),
        fc.nat(10),
        (c, spent, questionMs, scale, streak) => {
          const x1 = spent <= questionMs ? points(c, speedFraction(spent, questionMs), streak) : 0;
          const limit = scale === null ? Number.POSITIVE_INFINITY : questionMs * scale;
          const other = spent <= limit ? points(c, speedFraction(spent, questionMs), streak) : 0;
          return spent <= questionMs ? other === x1 : other <= points(c, 0, streak);
        },
      ),
    );
  });

  it('property: in the engine, a bigger scale never gives more points for the same answer at the same time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999 }), fc.constantFrom<TimeScale>(2, 10, null), (spent, scale) => {
        return (scored(scale, spent) ?? 0) <= (scored(1, spent) ?? 0);
      }),
    );
  });

  it('a round with no time limit at all gives the flat half speed part', () => {
    expect(speedFraction(3_000, null)).toBeNull();
    expect(points(1, null, 1)).toBe(750);
  });

  it('fixture questions get their weights', () => {
    const c = withQuestionTimes({ ...base, questionIds: fixturePack.questions.map((q) => q.id) }, fixtureBank.question);
    expect(c.timeWeights).toHaveLength(fixturePack.questions.length);
  });
});
