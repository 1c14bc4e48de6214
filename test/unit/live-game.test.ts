import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, makeJoinCode, normaliseJoinCode } from '../../src/core/live/code.ts';
import { LiveGame } from '../../src/core/live/game.ts';
import { cleanName, uniqueName } from '../../src/core/live/names.ts';
import { LIVE_LIMITS } from '../../src/core/live/protocol.ts';
import { publicQuestion } from '../../src/core/live/publicQuestion.ts';
import { liveAssignment, liveResultRecords, liveSetupOf } from '../../src/core/live/results.ts';
import { validateResult } from '../../src/core/share/result.ts';
import { createRng } from '../../src/core/random/rng.ts';
import { fixtureBank, fixturePack } from '../fixtures/round-bank.ts';

const LIMIT = 20_000;

function game(ids = ['leader', 'elected', 'where-niger']) {
  return new LiveGame('ACE347', { questionIds: ids, timeLimitMs: LIMIT }, fixtureBank, createRng(1));
}

function joined(g: LiveGame, name: string) {
  const out = g.join(`seat-${name}-0123456789`, name);
  if (!out.ok) throw new Error(out.error);
  return out.player;
}

describe('join codes', () => {
  it('are six symbols without look-alikes, and typing is forgiving', () => {
    const code = makeJoinCode(createRng(7));
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    for (const c of '0O1IL2Z5S8B') expect(CODE_ALPHABET).not.toContain(c);
    expect(normaliseJoinCode(` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `)).toBe(code);
    expect(normaliseJoinCode('ABC0EF')).toBeNull();
  });
});

describe('names', () => {
  it('drops invisible characters, refuses rude or empty names, and makes names unique', () => {
    expect(cleanName('  Awa\u202E  Diallo\u0000 ')).toEqual({ ok: true, name: 'Awa Diallo' });
    expect(cleanName('\u200B ')).toEqual({ ok: false, error: 'live/name_empty' });
    expect(cleanName('Mer de')).toEqual({ ok: false, error: 'live/name_blocked' });
    expect(uniqueName('awa', ['Awa', 'Awa 2'])).toBe('awa 3');
    expect(cleanName('x'.repeat(100))).toEqual({ ok: true, name: 'x'.repeat(24) });
  });
});

describe('the question a phone sees', () => {
  it('never holds the answer', () => {
    for (const q of fixturePack.questions) {
      const shown = JSON.stringify(publicQuestion(q, createRng(3)));
      if (q.type === 'choice') expect(JSON.parse(shown).answer).toBe('');
      if (q.type === 'truefalse') expect(JSON.parse(shown).answer).toBe(false);
      if (q.type === 'locate') expect(JSON.parse(shown).targets.filter(Boolean)).toEqual([]);
      if (q.type === 'numeric') expect(JSON.parse(shown).answer).toBe(q.min);
    }
  });
});

describe('a live game on a fake clock', () => {
  it('scores every student with the round engine and closes when all have answered', () => {
    const g = game();
    const awa = joined(g, 'Awa');
    const ben = joined(g, 'Ben');
    g.start(1000);
    expect(g.playerView(awa.id, 1000)?.correct).toBeNull();
    expect(g.answer(awa.id, 0, { type: 'choice', choice: 'tchiani' }, 3000).ok).toBe(true);
    expect(g.answer(awa.id, 0, { type: 'choice', choice: 'bazoum' }, 3100)).toEqual({
      ok: false,
      error: 'live/answered',
    });
    expect(g.hostView(3000).answered).toBe(1);
    expect(g.tick(4000)).toBe(false);
    expect(g.answer(ben.id, 0, { type: 'choice', choice: 'bazoum' }, 5000).ok).toBe(true);
    expect(g.tick(5000)).toBe(true);
    expect(g.phase).toBe('reveal');
    const view = g.playerView(awa.id, 5000);
    // 2 s of 20 used: 500 base + 450 speed, as in the solo game.
    expect(view?.verdict).toMatchObject({ correctness: 1, points: 950 });
    expect(view?.correct).toEqual({ type: 'choice', choice: 'tchiani' });
    expect(view?.rank).toBe(1);
    const host = g.hostView(5000);
    expect(host.distribution?.counts).toMatchObject({ tchiani: 1, bazoum: 1 });
    expect(host.top.map((t) => t.name)).toEqual(['Awa', 'Ben']);
  });

  it('counts a silent student as missed when the time runs out, and refuses late answers', () => {
    const g = game();
    const awa = joined(g, 'Awa');
    g.start(0);
    expect(g.tick(LIMIT - 1)).toBe(false);
    expect(g.hostView(LIMIT / 2).remainingMs).toBe(LIMIT / 2);
    expect(g.tick(LIMIT)).toBe(true);
    expect(g.answer(awa.id, 0, { type: 'choice', choice: 'tchiani' }, LIMIT + 1)).toEqual({
      ok: false,
      error: 'live/not_open',
    });
    expect(g.playerView(awa.id, LIMIT)?.verdict).toEqual({ correctness: 0, points: 0, response: null });
  });

  it('gives time x2 without a speed penalty and waits for that student', () => {
    const g = game();
    const awa = joined(g, 'Awa');
    const ben = joined(g, 'Ben');
    const cy = joined(g, 'Cy');
    g.setTimeScale(ben.id, 2);
    g.setTimeScale(cy.id, 2);
    g.start(0);
    g.answer(awa.id, 0, { type: 'choice', choice: 'tchiani' }, 10_000);
    g.answer(ben.id, 0, { type: 'choice', choice: 'tchiani' }, 10_000);
    // The question waits for the students with more time.
    expect(g.tick(LIMIT + 1)).toBe(false);
    const late = g.answer(cy.id, 0, { type: 'choice', choice: 'tchiani' }, LIMIT + 5_000);
    expect(late.ok).toBe(true);
    g.tick(2 * LIMIT);
    // The same answer after the same seconds scores the same, whatever the time setting (the one speed rule,
    // core/round/scoring.ts): more time is never a bonus...
    expect(g.playerView(ben.id, 2 * LIMIT)?.verdict?.points).toBe(g.playerView(awa.id, 2 * LIMIT)?.verdict?.points);
    // ...nor a penalty: an answer after the class's time still earns its full credit, only no speed points.
    expect(g.playerView(cy.id, 2 * LIMIT)?.verdict?.points).toBe(500);
  });

  it('pauses, extends, skips, lets a late student in at the next question and keeps a returning seat', () => {
    const g = game();
    const awa = joined(g, 'Awa');
    g.start(0);
    g.setPaused(true, 5000);
    expect(g.answer(awa.id, 0, { type: 'truefalse', value: true }, 6000)).toEqual({
      ok: false,
      error: 'live/not_open',
    });
    g.setPaused(false, 60_000);
    expect(g.hostView(60_000).remainingMs).toBe(15_000);
    g.extend(10_000, 60_000);
    expect(g.hostView(60_000).remainingMs).toBe(LIMIT);
    const late = joined(g, 'Late');
    expect(g.playerView(late.id, 60_000)?.playing).toBe(false);
    g.close(61_000);
    expect(g.playerView(awa.id, 61_000)?.verdict?.response).toBeNull();
    g.next(62_000);
    expect(g.playerView(late.id, 62_000)?.playing).toBe(true);
    expect(g.answer(late.id, 1, { type: 'truefalse', value: true }, 63_000).ok).toBe(true);
    expect(g.answer(awa.id, 0, { type: 'truefalse', value: true }, 63_000)).toEqual({
      ok: false,
      error: 'live/wrong_question',
    });
    g.leave(late.id);
    const back = g.join('seat-Late-0123456789', 'someone else');
    expect(back.ok && back.player.id === late.id && back.player.round?.score).toBeGreaterThan(0);
    g.end(64_000);
    const results = g.results();
    expect(results.find((r) => r.name === 'Late')?.answers.map((a) => a.questionId)).toEqual(['elected']);
    expect(results.find((r) => r.name === 'Awa')?.answers).toHaveLength(2);
  });

  it('lets the host remove a player, who cannot come back', () => {
    const g = game();
    const awa = joined(g, 'Awa');
    g.remove(awa.id);
    expect(g.join('seat-Awa-0123456789', 'Awa')).toEqual({ ok: false, error: 'live/removed' });
    expect(g.hostView(0).players).toHaveLength(0);
  });
});

describe('live results and rounds from the builder', () => {
  it('turns a builder round into a live setup within the live limits, shuffled only when asked', () => {
    const a = { ...liveAssignment('ACE347', ['leader', 'elected', 'where-niger'], LIMIT), timeLimitMs: null };
    expect(liveSetupOf({ ...a, shuffle: false }, 1)).toEqual({
      questionIds: ['leader', 'elected', 'where-niger'],
      timeLimitMs: LIVE_LIMITS.maxTimeLimitMs,
    });
    expect(liveSetupOf({ ...a, timeLimitMs: 1000, shuffle: true }, 1).timeLimitMs).toBe(LIVE_LIMITS.minTimeLimitMs);
    expect(new Set(liveSetupOf({ ...a, shuffle: true }, 1).questionIds)).toEqual(new Set(a.questionIds));
  });

  it('gives each student the result record a result code carries, late students with what they played', () => {
    const g = game();
    const awa = joined(g, 'Awa');
    g.start(0);
    g.answer(awa.id, 0, { type: 'choice', choice: 'tchiani' }, 1000);
    g.next(2000);
    joined(g, 'Late');
    g.next(3000);
    g.end(4000);
    const records = liveResultRecords(g.results(), liveAssignment('ACE347', g.setup.questionIds, LIMIT));
    for (const r of records) expect(validateResult(r)).toEqual(r);
    expect(records.map((r) => [r.name, r.answers.length])).toEqual([
      ['Awa', 3],
      ['Late', 1],
    ]);
    expect(records[0]?.score).toBe(records[0]?.answers.reduce((s, a) => s + a.points, 0));
  });
});
