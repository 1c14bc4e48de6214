import { describe, expect, it } from 'vitest';
import {
  CLASS_RESULTS_KEY,
  addResults,
  clearRound,
  emptyClassResults,
  loadClassResults,
  removeResult,
  roundTable,
  saveClassResults,
  type ClassResults,
} from '../../src/core/results/classRecord.ts';
import type { ResultEntry } from '../../src/core/results/classTable.ts';
import type { AnswerRecord } from '../../src/core/round/types.ts';
import type { ResultRecord } from '../../src/core/share/result.ts';
import { decodeResultCode, encodeResultCode } from '../../src/core/share/resultCode.ts';
import { createMemoryStore, createRecordStore } from '../../src/core/storage/index.ts';
import { questionIds, shareRef } from '../fixtures/share-pack.ts';

const [Q1, Q2] = questionIds as [string, string];
const ans = (questionId: string, correctness: number): AnswerRecord => ({
  questionId,
  response: { type: 'truefalse', value: correctness === 1 },
  correctness,
  points: correctness === 1 ? 800 : 0,
  timeMs: 3_000,
});
function result(name: string, right: number, assignment = 'K3M9T2QX'): ResultRecord {
  const answers = [ans(Q1, right >= 1 ? 1 : 0), ans(Q2, right >= 2 ? 1 : 0)];
  return { v: 1, name, assignment, timeScale: 1, answers, score: answers.reduce((s, a) => s + a.points, 0) };
}
const entry = (r: ResultRecord, source = r.name): ResultEntry => ({ source, decoded: { ok: true, value: r } });
const code = (r: ResultRecord) => {
  const c = encodeResultCode(r, shareRef);
  if (!c.ok) throw new Error(c.error);
  return c.value;
};

describe('class results kept round by round', () => {
  it('pasting new codes adds to the class: the earlier students stay', () => {
    const first = addResults(emptyClassResults(), [entry(result('Amina', 2)), entry(result('Bako', 1))]);
    const second = addResults(first.value, [entry(result('Chaibou', 0))]);
    expect(second.added.map((r) => r.name)).toEqual(['Chaibou']);
    expect(roundTable(second.value, 'K3M9T2QX').students.map((s) => s.name)).toEqual(['Amina', 'Bako', 'Chaibou']);
  });

  it('a result already in its round is counted once and said so; results of other rounds are kept, not dropped', () => {
    const a = addResults(emptyClassResults(), [entry(result('Amina', 2))]);
    const b = addResults(a.value, [entry(result('Amina', 2), 'line 1'), entry(result('Dan', 1, 'ZZZZ2222'), 'line 2')]);
    expect(b.flags).toEqual([{ source: 'line 1', reason: 'results/already_in', name: 'Amina', sameAs: 'Amina' }]);
    expect(b.value.rounds.map((r) => [r.assignment, r.results.length])).toEqual([
      ['K3M9T2QX', 1],
      ['ZZZZ2222', 1],
    ]);
    const other = roundTable(b.value, 'ZZZZ2222');
    expect(other.students.map((s) => s.name)).toEqual(['Dan']);
    expect(other.rounds).toEqual([
      { assignment: 'K3M9T2QX', count: 1 },
      { assignment: 'ZZZZ2222', count: 1 },
    ]);
  });

  it('unreadable lines are flagged with their cause and change nothing', () => {
    const a = addResults(emptyClassResults(), [
      { source: 'line 1', decoded: decodeResultCode('hello world', shareRef) },
    ]);
    expect(a.flags).toEqual([{ source: 'line 1', reason: 'result/not_code' }]);
    expect(a.value).toEqual(emptyClassResults());
  });

  it('removes one student, or clears one round, only when asked', () => {
    const a = addResults(emptyClassResults(), [
      entry(result('Amina', 2)),
      entry(result('Bako', 1)),
      entry(result('Dan', 1, 'ZZZZ2222')),
    ]).value;
    const table = roundTable(a, 'K3M9T2QX');
    const bako = table.students.find((s) => s.name === 'Bako');
    const without = removeResult(a, 'K3M9T2QX', bako?.id as number);
    expect(roundTable(without, 'K3M9T2QX').students.map((s) => s.name)).toEqual(['Amina']);
    expect(roundTable(without, 'ZZZZ2222').students.map((s) => s.name)).toEqual(['Dan']);
    const cleared = clearRound(without, 'K3M9T2QX');
    expect(cleared.rounds.map((r) => r.assignment)).toEqual(['ZZZZ2222']);
  });
});

describe('class results on the device', () => {
  const decode = (c: string) => decodeResultCode(c, shareRef);

  it('survive a save and a load', () => {
    const kv = createMemoryStore();
    const store = createRecordStore(kv, 'sq');
    const record = addResults(emptyClassResults(), [entry(result('Amina', 2)), entry(result('Bako', 1))]).value;
    expect(saveClassResults(store, record)).toEqual({ ok: true });
    expect(loadClassResults(createRecordStore(kv, 'sq'), decode)).toEqual({ value: record, flags: [] });
  });

  it('one damaged result is set aside; every other result is kept and the teacher is told', () => {
    const record = addResults(emptyClassResults(), [entry(result('Amina', 2)), entry(result('Bako', 1))]).value;
    const data = JSON.parse(JSON.stringify(record)) as ClassResults;
    (data.rounds[0]?.results[1] as unknown as Record<string, unknown>).score = 'lots';
    const raw = JSON.stringify({ v: 2, data });
    const kv = createMemoryStore({ [`sq:${CLASS_RESULTS_KEY}`]: raw });
    const loaded = loadClassResults(createRecordStore(kv, 'sq'), decode);
    expect(loaded.problem).toBe('storage/partial');
    expect(loaded.value.rounds[0]?.results.map((r) => r.name)).toEqual(['Amina']);
    expect(kv.get(`sq:${loaded.aside}`)).toBe(raw);
  });

  it('the codes kept by the first version (a text box) are carried over, and that text is kept aside', () => {
    const text = `${code(result('Amina', 2))}\nnot a code\n${code(result('Bako', 1))}\n`;
    const raw = JSON.stringify({ v: 1, data: text });
    const kv = createMemoryStore({ [`sq:${CLASS_RESULTS_KEY}`]: raw });
    const loaded = loadClassResults(createRecordStore(kv, 'sq'), decode);
    expect(loaded.migrated).toBe(true);
    expect(loaded.value.rounds[0]?.results.map((r) => r.name)).toEqual(['Amina', 'Bako']);
    expect(kv.get(`sq:aside/${CLASS_RESULTS_KEY}`)).toBe(raw);
  });

  it('a record from a newer version is left untouched', () => {
    const raw = JSON.stringify({ v: 3, data: { classes: [] } });
    const kv = createMemoryStore({ [`sq:${CLASS_RESULTS_KEY}`]: raw });
    const store = createRecordStore(kv, 'sq');
    expect(loadClassResults(store, decode).problem).toBe('storage/newer');
    expect(saveClassResults(store, emptyClassResults())).toEqual({ ok: false, problem: 'storage/newer' });
    expect(kv.get(`sq:${CLASS_RESULTS_KEY}`)).toBe(raw);
  });
});
