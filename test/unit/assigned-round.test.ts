import { describe, expect, it } from 'vitest';
import {
  assignedRoundConfig,
  checkStudentName,
  effectiveTimeScale,
  resultOfRound,
} from '../../src/core/assigned/round.ts';
import { next, startRound, submitAnswer, tick } from '../../src/core/round/engine.ts';
import { assignmentHash, type Assignment } from '../../src/core/share/assignment.ts';
import { validateResult } from '../../src/core/share/result.ts';
import { decodeResultCode, encodeResultCode } from '../../src/core/share/resultCode.ts';
import { fixtureBank, fixturePack } from '../fixtures/round-bank.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { questionIds } from '../fixtures/share-pack.ts';

const base: Assignment = {
  v: 1,
  title: 'Niger, week 3',
  questionIds: questionIds.slice(0, 10),
  timeLimitMs: 30_000,
  allowTimeChange: false,
  language: null,
  shuffle: false,
  explainDuringRound: false,
};

describe('assigned round config', () => {
  it("asks exactly the teacher's questions in the set order, with the set time and explanation rule", () => {
    const c = assignedRoundConfig(base, 10, 42);
    expect(c).toEqual({
      questionIds: base.questionIds,
      timeLimitMs: 30_000,
      timeScale: 1,
      explainDuringRound: false,
      scored: true,
    });
    expect(c.questionIds).not.toBe(base.questionIds);
    expect(assignedRoundConfig({ ...base, explainDuringRound: true }, 1, 1).explainDuringRound).toBe(true);
  });

  it('shuffles from the seed when the teacher chose shuffle: same seed same order, same questions', () => {
    const a = { ...base, shuffle: true };
    const one = assignedRoundConfig(a, 1, 7).questionIds;
    expect(assignedRoundConfig(a, 1, 7).questionIds).toEqual(one);
    expect(one).not.toEqual(base.questionIds);
    expect([...one].sort()).toEqual([...base.questionIds].sort());
    const orders = new Set([1, 2, 3, 4, 5].map((s) => assignedRoundConfig(a, 1, s).questionIds.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('lets the student change the timer only when allowed; an untimed round has no timer at all', () => {
    expect(effectiveTimeScale(base, null)).toBe(1);
    expect(effectiveTimeScale(base, 10)).toBe(1);
    const allowed = { ...base, allowTimeChange: true };
    expect(effectiveTimeScale(allowed, 2)).toBe(2);
    expect(effectiveTimeScale(allowed, null)).toBe(null);
    expect(effectiveTimeScale({ ...base, timeLimitMs: null }, 10)).toBe(null);
    expect(assignedRoundConfig({ ...allowed, timeLimitMs: 5_000 }, 10, 1)).toMatchObject({
      timeLimitMs: 5_000,
      timeScale: 10,
    });
  });
});

describe('student name', () => {
  it('trims and squeezes spaces, and refuses empty, too long and control characters with a reason', () => {
    expect(checkStudentName('  Aïcha   Moussa ')).toEqual({ ok: true, value: 'Aïcha Moussa' });
    expect(checkStudentName('<b>Ali</b>')).toEqual({ ok: true, value: '<b>Ali</b>' });
    expect(checkStudentName('   ')).toEqual({ ok: false, error: 'name/empty' });
    expect(checkStudentName('x'.repeat(41))).toEqual({ ok: false, error: 'name/too_long' });
    expect(checkStudentName('x'.repeat(40))).toMatchObject({ ok: true });
    expect(checkStudentName('Ali\u202Eevil')).toEqual({ ok: false, error: 'name/bad_characters' });
    expect(checkStudentName('Ali\u0007')).toEqual({ ok: false, error: 'name/bad_characters' });
  });
});

describe('result of an assigned round', () => {
  it('carries name, round hash, time scale, every answer as the engine recorded it, and the score; it fits a code', () => {
    const ids = ['leader', 'elected', 'troops'];
    const a: Assignment = { ...base, questionIds: ids, allowTimeChange: true };
    let s = startRound(assignedRoundConfig(a, 2, 1), 0);
    const first = submitAnswer(s, fixtureBank, { type: 'choice', choice: 'tchiani' }, 3_000);
    expect(first.ok).toBe(true);
    s = next(first.state, 4_000);
    s = next(submitAnswer(s, fixtureBank, { type: 'truefalse', value: false }, 9_000).state, 10_000);
    s = next(tick(s, 10_000 + 60_000), 71_000); // times out (30 s × 2)
    expect(s.phase).toBe('finished');
    const r = resultOfRound(s, 'Ali', a);
    expect(r).toEqual({
      v: 1,
      name: 'Ali',
      assignment: assignmentHash(a),
      timeScale: 2,
      answers: s.answers,
      score: s.score,
    });
    expect(r.answers.map((x) => x.timeMs)).toEqual([3_000, 5_000, 60_000]);
    expect(r.answers[2]?.response).toBeNull();
    expect(validateResult(r)).toEqual(r);
    expect(r.score).toBeGreaterThan(0);
    const ref = packRef(fixturePack);
    const code = encodeResultCode(r, ref);
    if (!code.ok) throw new Error(code.error);
    const back = decodeResultCode(code.value, ref);
    expect(back.ok && back.value.score).toBe(r.score);
  });

  it('records no time scale for an untimed round', () => {
    const a: Assignment = { ...base, timeLimitMs: null, questionIds: questionIds.slice(0, 1) };
    const s = startRound(assignedRoundConfig(a, 10, 1), 0);
    expect(resultOfRound(s, 'Bea', a).timeScale).toBeNull();
  });
});
