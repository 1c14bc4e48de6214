import { describe, expect, it } from 'vitest';
import {
  appendQuestion,
  currentQuestionId,
  next,
  pause,
  startRound,
  stopRound,
  submitAnswer,
  summarize,
} from '../../src/core/round/engine.ts';
import type { RoundConfig, RoundState } from '../../src/core/round/types.ts';
import { fixtureBank } from '../fixtures/round-bank.ts';

const practice: RoundConfig = {
  questionIds: ['leader'],
  timeLimitMs: null,
  timeScale: 1,
  explainDuringRound: true,
  scored: false,
  openEnded: true,
};

function answered(s: RoundState, choice: string, now: number): RoundState {
  const o = submitAnswer(s, fixtureBank, { type: 'choice', choice }, now);
  if (!o.ok) throw new Error(o.error);
  return o.state;
}

describe('open-ended practice rounds', () => {
  it('goes on to an appended question instead of finishing', () => {
    let s = startRound(practice, 0);
    s = answered(s, 'tchiani', 1000);
    s = appendQuestion(s, 'elected');
    s = next(s, 2000);
    expect(s.phase).toBe('asking');
    expect(currentQuestionId(s)).toBe('elected');
    expect(s.config.questionIds).toEqual(['leader', 'elected']);
  });

  it('finishes after the last question when nothing was appended', () => {
    let s = answered(startRound(practice, 0), 'tchiani', 1000);
    s = next(s, 2000);
    expect(s.phase).toBe('finished');
  });

  it('does not queue the same waiting question twice, and never extends a finished round', () => {
    let s = answered(startRound(practice, 0), 'tchiani', 1000);
    s = appendQuestion(appendQuestion(s, 'elected'), 'elected');
    expect(s.config.questionIds).toEqual(['leader', 'elected']);
    // The question just answered may come back later (it is not waiting).
    expect(appendQuestion(s, 'leader').config.questionIds).toEqual(['leader', 'elected', 'leader']);
    const done = stopRound(s);
    expect(appendQuestion(done, 'where-niger')).toBe(done);
  });

  it('Stop ends on the answers given: the question on screen is dropped, not counted as missed', () => {
    let s = answered(startRound(practice, 0), 'tchiani', 1000);
    s = next(appendQuestion(s, 'elected'), 2000);
    s = stopRound(s);
    expect(s.phase).toBe('finished');
    expect(s.config.questionIds).toEqual(['leader']);
    expect(summarize(s)).toMatchObject({ correct: 1, total: 1, score: 0 });
  });

  it('Stop works while paused and before any answer (an empty summary)', () => {
    const s = stopRound(pause(startRound(practice, 0), 500));
    expect(s.phase).toBe('finished');
    expect(s.pausedFrom).toBeNull();
    expect(summarize(s)).toMatchObject({ correct: 0, total: 0 });
  });
});
