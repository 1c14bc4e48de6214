import { describe, expect, it } from 'vitest';
import {
  currentQuestionId,
  elapsedMs,
  next,
  pause,
  remainingMs,
  resume,
  startRound,
  submitAnswer,
  summarize,
  tick,
  timeLimit,
} from '../../src/core/round/engine.ts';
import type { RoundConfig, RoundState } from '../../src/core/round/types.ts';
import { fixtureBank } from '../fixtures/round-bank.ts';

const config = (over: Partial<RoundConfig> = {}): RoundConfig => ({
  questionIds: ['leader', 'elected', 'where-niger'],
  timeLimitMs: 20_000,
  timeScale: 1,
  explainDuringRound: true,
  scored: true,
  ...over,
});

function ok(o: ReturnType<typeof submitAnswer>): RoundState {
  if (!o.ok) throw new Error(`expected ok, got ${o.error}`);
  return o.state;
}

describe('round engine transitions', () => {
  it('starts asking the first question with full time', () => {
    const s = startRound(config(), 1000);
    expect(s.phase).toBe('asking');
    expect(currentQuestionId(s)).toBe('leader');
    expect(remainingMs(s, 1000)).toBe(20_000);
    expect(remainingMs(s, 6000)).toBe(15_000);
  });

  it('an empty round is finished at once', () => {
    expect(startRound(config({ questionIds: [] }), 0).phase).toBe('finished');
  });

  it('asking → feedback on an answer, → asking the next on next, → finished after the last', () => {
    let s = startRound(config(), 0);
    s = ok(submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, 4000));
    expect(s.phase).toBe('feedback');
    expect(s.answers).toHaveLength(1);
    expect(s.answers[0]).toMatchObject({ questionId: 'leader', correctness: 1, timeMs: 4000 });
    s = next(s, 5000);
    expect(s.phase).toBe('asking');
    expect(currentQuestionId(s)).toBe('elected');
    expect(remainingMs(s, 5000)).toBe(20_000);
    s = ok(submitAnswer(s, fixtureBank, { type: 'truefalse', value: false }, 6000));
    expect(s.answers[1]?.correctness).toBe(0);
    s = next(s, 7000);
    s = ok(submitAnswer(s, fixtureBank, { type: 'locate', places: ['NER'] }, 8000));
    s = next(s, 9000);
    expect(s.phase).toBe('finished');
    expect(summarize(s)).toMatchObject({ correct: 2, total: 3, timeMs: 4000 + 1000 + 1000 });
  });

  it('refuses a second answer to the same question', () => {
    let s = startRound(config(), 0);
    s = ok(submitAnswer(s, fixtureBank, { type: 'choice', choice: 'bazoum' }, 100));
    const again = submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, 200);
    expect(again).toMatchObject({ ok: false, error: 'round/not_asking' });
    expect(again.state.answers).toHaveLength(1);
  });

  it('refuses an answer of the wrong format and keeps asking', () => {
    const s = startRound(config(), 0);
    for (const bad of [
      { type: 'truefalse', value: true },
      { type: 'choice', choice: 'napoleon' },
      { type: 'numeric', value: 3 },
    ] as const) {
      const o = submitAnswer(s, fixtureBank, bad, 100);
      expect(o).toMatchObject({ ok: false, error: 'round/bad_response' });
      expect(o.state.phase).toBe('asking');
    }
  });

  it('next does nothing while asking', () => {
    const s = startRound(config(), 0);
    expect(next(s, 500)).toBe(s);
  });
});

describe('time', () => {
  it('a question times out as a miss and the round moves on to feedback', () => {
    let s = startRound(config(), 0);
    s = tick(s, 19_999);
    expect(s.phase).toBe('asking');
    s = tick(s, 20_000);
    expect(s.phase).toBe('feedback');
    expect(s.answers[0]).toEqual({ questionId: 'leader', response: null, correctness: 0, points: 0, timeMs: 20_000 });
    expect(s.streak).toBe(0);
  });

  it('an answer that arrives after the limit is a time-out, not a score', () => {
    const s = startRound(config(), 0);
    const o = submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, 25_000);
    expect(o.ok).toBe(false);
    expect(o.state.phase).toBe('feedback');
    expect(o.state.answers[0]?.response).toBeNull();
  });

  it('pause stops the clock and resume restarts it where it was', () => {
    let s = startRound(config(), 0);
    s = pause(s, 5000);
    expect(s.phase).toBe('paused');
    expect(tick(s, 60_000).phase).toBe('paused');
    expect(remainingMs(s, 60_000)).toBe(15_000);
    s = resume(s, 60_000);
    expect(s.phase).toBe('asking');
    expect(remainingMs(s, 61_000)).toBe(14_000);
    expect(elapsedMs(s, 61_000)).toBe(6000);
    const o = ok(submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, 62_000));
    expect(o.answers[0]?.timeMs).toBe(7000);
  });

  it('pausing during feedback returns to feedback', () => {
    let s = startRound(config(), 0);
    s = ok(submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, 1000));
    s = resume(pause(s, 2000), 9000);
    expect(s.phase).toBe('feedback');
  });

  it('time scale multiplies the limit; no scale or no limit means untimed', () => {
    expect(timeLimit(config({ timeScale: 2 }))).toBe(40_000);
    expect(timeLimit(config({ timeScale: 10 }))).toBe(200_000);
    expect(timeLimit(config({ timeScale: null }))).toBeNull();
    expect(timeLimit(config({ timeLimitMs: null }))).toBeNull();
    const s = startRound(config({ timeScale: null }), 0);
    expect(tick(s, 10_000_000).phase).toBe('asking');
    expect(remainingMs(s, 5)).toBeNull();
  });
});

describe('scoring in a round', () => {
  it('a faster right answer scores more; a wrong one scores nothing', () => {
    const fast = ok(submitAnswer(startRound(config(), 0), fixtureBank, { type: 'choice', choice: 'tchiani' }, 2000));
    const slow = ok(submitAnswer(startRound(config(), 0), fixtureBank, { type: 'choice', choice: 'tchiani' }, 18_000));
    const wrong = ok(submitAnswer(startRound(config(), 0), fixtureBank, { type: 'choice', choice: 'touray' }, 2000));
    expect(fast.score).toBe(950); // 500 + 500 × 18/20
    expect(slow.score).toBe(550); // 500 + 500 × 2/20
    expect(wrong.score).toBe(0);
  });

  it('a streak of right answers adds 10% a step and is remembered as the best streak', () => {
    let s = startRound(config(), 0);
    s = next(ok(submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, 0)), 0);
    expect(s.score).toBe(1000);
    s = next(ok(submitAnswer(s, fixtureBank, { type: 'truefalse', value: true }, 0)), 0);
    expect(s.score).toBe(1000 + 1100);
    expect(s.streak).toBe(2);
    s = ok(submitAnswer(s, fixtureBank, { type: 'locate', places: ['MLI'] }, 0));
    expect(s.streak).toBe(0);
    expect(s.bestStreak).toBe(2);
  });

  it('practice rounds are unscored', () => {
    const s = ok(
      submitAnswer(startRound(config({ scored: false }), 0), fixtureBank, { type: 'choice', choice: 'tchiani' }, 1),
    );
    expect(s.answers[0]?.correctness).toBe(1);
    expect(s.score).toBe(0);
  });
});

describe('saved rounds', async () => {
  const { validateSavedRound } = await import('../../src/core/round/saved.ts');
  const known = (id: string) => ['leader', 'elected', 'where-niger'].includes(id);
  it('a round saved mid-way is accepted as it was', () => {
    let s = startRound(config(), 0);
    s = ok(submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, 10));
    const saved = JSON.parse(JSON.stringify({ state: s, seed: 4 }));
    expect(validateSavedRound(saved, known)).toEqual({ state: s, seed: 4 });
    expect(validateSavedRound({ state: pause(s, 20), seed: 4 }, known)).toBeTruthy();
  });
  it('damaged, finished or foreign saves are refused', () => {
    const s = startRound(config(), 0);
    expect(validateSavedRound(null, known)).toBeUndefined();
    expect(validateSavedRound({ state: s }, known)).toBeUndefined();
    expect(validateSavedRound({ state: { ...s, index: 7 }, seed: 1 }, known)).toBeUndefined();
    expect(validateSavedRound({ state: { ...s, phase: 'finished' }, seed: 1 }, known)).toBeUndefined();
    expect(
      validateSavedRound({ state: { ...s, config: { ...s.config, questionIds: ['gone'] } }, seed: 1 }, known),
    ).toBeUndefined();
    expect(validateSavedRound({ state: { ...s, answers: [{}] }, seed: 1 }, known)).toBeUndefined();
    expect(validateSavedRound({ state: { ...s, score: 'lots' }, seed: 1 }, known)).toBeUndefined();
  });
  it('checks a saved round all the way down: its answers and settings, not only its top level', () => {
    const s = ok(submitAnswer(startRound(config(), 0), fixtureBank, { type: 'choice', choice: 'tchiani' }, 10));
    const good = JSON.parse(JSON.stringify({ state: s, seed: 4 }));
    const bad = (change: (x: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return validateSavedRound(copy, known);
    };
    expect(bad(() => {})).toBeTruthy();
    expect(bad((x) => (x.state.answers[0].correctness = 2))).toBeUndefined();
    expect(bad((x) => (x.state.answers[0].response = { type: 'choice', choice: '<img onerror>' }))).toBeUndefined();
    expect(bad((x) => (x.state.answers[0].response = { type: 'teleport' }))).toBeUndefined();
    expect(bad((x) => (x.state.answers[0].timeMs = -5))).toBeUndefined();
    expect(bad((x) => (x.state.config.timeScale = 3))).toBeUndefined();
    expect(bad((x) => (x.state.config.scored = 'yes'))).toBeUndefined();
    expect(bad((x) => (x.state.config.timeLimitMs = 'fast'))).toBeUndefined();
    expect(bad((x) => (x.state.streak = -1))).toBeUndefined();
    expect(bad((x) => (x.state.extra = 1))).toBeUndefined();
  });
});
