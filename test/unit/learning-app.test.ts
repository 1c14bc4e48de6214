import { describe, expect, it } from 'vitest';
import { Learning } from '../../src/app/learning.ts';
import { correctResponse } from '../../src/core/content/describe.ts';
import type { Question } from '../../src/core/content/types.ts';
import { RoundSession } from '../../src/app/roundSession.ts';
import { PROGRESS_KEY, PROGRESS_VERSION, loadProgress } from '../../src/core/progress/index.ts';
import { createRng } from '../../src/core/random/rng.ts';
import { createMemoryStore, createRecordStore, type KeyValueStore } from '../../src/core/storage/index.ts';
import { fixtureBank, fixturePack } from '../fixtures/round-bank.ts';
import { nextTask } from '../../src/ports/nextTask.ts';

const DAY = 24 * 60 * 60 * 1000;
const store = (initial: Record<string, string> = {}) => createRecordStore(createMemoryStore(initial), 'test');
const key = `test:${PROGRESS_KEY}`;

describe('Learning: the game keeping the student record', () => {
  it('a damaged or old record gives a fresh start and a storage message, never a crash', () => {
    for (const bad of [
      '{not json',
      JSON.stringify({ v: PROGRESS_VERSION + 1, data: {} }),
      JSON.stringify({ v: PROGRESS_VERSION, data: { facts: 3 } }),
    ]) {
      const l = new Learning(store({ [key]: bad }), fixturePack, fixtureBank, () => 0);
      expect(l.standing().answered).toBe(0);
      expect(l.takeProblem()).toMatch(/^storage\//);
      expect(l.takeProblem()).toBeNull();
    }
  });

  it('records every answer of a round on the wall clock, saved in the task after it, with map mix-ups', async () => {
    const records = store();
    let wall = Date.UTC(2026, 8, 7);
    const l = new Learning(records, fixturePack, fixtureBank, () => wall);
    const s = new RoundSession(
      fixtureBank,
      {
        questionIds: ['leader', 'where-niger'],
        timeLimitMs: 20_000,
        timeScale: 1,
        explainDuringRound: true,
        scored: true,
      },
      () => 0,
    );
    l.follow(s, createRng(1));
    s.answer({ type: 'choice', choice: 'tchiani' });
    s.next();
    wall += 1000;
    s.answer({ type: 'locate', places: ['MLI'] });
    // Saved in the task after the answer, not in the tap's own.
    expect(loadProgress(records).value.facts.niger).toBeUndefined();
    await nextTask();
    const saved = loadProgress(records).value;
    expect(saved.facts.leader).toMatchObject({ box: 2, right: 1, lastSeen: Date.UTC(2026, 8, 7) });
    expect(saved.facts.niger).toMatchObject({ box: 1, wrong: 1, lastSeen: Date.UTC(2026, 8, 7) + 1000 });
    expect(l.standing().confused).toEqual([
      { expected: 'NER', picked: 'MLI', count: 1, last: Date.UTC(2026, 8, 7) + 1000 },
    ]);
    // What was missed comes back through another question.
    expect(l.missedQuestions(s.state, createRng(2))).toHaveLength(1);
  });

  it('a resumed round does not record its earlier answers twice', async () => {
    const records = store();
    const l = new Learning(records, fixturePack, fixtureBank, () => 5);
    const s = new RoundSession(
      fixtureBank,
      { questionIds: ['leader', 'elected'], timeLimitMs: null, timeScale: 1, explainDuringRound: true, scored: false },
      () => 0,
    );
    s.answer({ type: 'choice', choice: 'bazoum' });
    l.follow(new RoundSession(fixtureBank, s.state, () => 0), createRng(1));
    await nextTask();
    expect(loadProgress(records).value.facts).toEqual({});
  });

  it('keeps open-ended practice going, one new fact after another, until Stop', () => {
    const l = new Learning(store(), fixturePack, fixtureBank, () => 10 * DAY);
    const first = l.firstPracticeQuestion(createRng(4)) as string;
    const s = new RoundSession(
      fixtureBank,
      {
        questionIds: [first],
        timeLimitMs: null,
        timeScale: 1,
        explainDuringRound: true,
        scored: false,
        openEnded: true,
      },
      () => 0,
    );
    l.follow(s, createRng(5));
    const facts: string[] = [];
    for (let i = 0; i < 4; i++) {
      const q = fixtureBank.question(s.state.config.questionIds[s.state.index] as string);
      facts.push(q?.fact as string);
      expect(s.answer(correctResponse(q as Question))).toBeNull();
      expect(s.state.phase).toBe('feedback');
      expect(s.state.config.questionIds.length).toBe(i + 2);
      s.next();
    }
    expect(new Set(facts).size).toBe(4);
    s.stop();
    expect(s.state.phase).toBe('finished');
    expect(s.state.config.questionIds).toHaveLength(4);
    expect(l.standing().answered).toBe(4);
  });

  /** One unscored round of the 'leader' question, followed by `l`, answered right. */
  const answerLeader = (l: Learning) => {
    const s = new RoundSession(
      fixtureBank,
      { questionIds: ['leader'], timeLimitMs: null, timeScale: 1, explainDuringRound: true, scored: false },
      () => 0,
    );
    l.follow(s, createRng(1));
    s.answer({ type: 'choice', choice: 'tchiani' });
  };

  it('forget empties the record in memory and in the store', async () => {
    const kv: KeyValueStore = createMemoryStore();
    const records = createRecordStore(kv, 'test');
    const l = new Learning(records, fixturePack, fixtureBank, () => 0);
    answerLeader(l);
    await nextTask();
    expect(kv.get(key)).not.toBeNull();
    expect(l.forget()).toBeNull();
    expect(kv.get(key)).toBeNull();
    expect(l.standing().answered).toBe(0);
  });

  it('forgetting right after an answer leaves nothing to be written back later', async () => {
    const kv: KeyValueStore = createMemoryStore();
    const l = new Learning(createRecordStore(kv, 'test'), fixturePack, fixtureBank, () => 0);
    answerLeader(l);
    l.forget();
    await nextTask();
    expect(kv.get(key)).toBeNull();
  });
});
