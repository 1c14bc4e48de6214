/**
 * The class results page without a DOM: reading codes and files, the round shown, removing a
 * student, clearing a round, a live game's codes sent twice, and what is kept on the device.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/core/round/types.ts';
import type { ResultRecord } from '../../src/core/share/result.ts';
import { encodeResultCode } from '../../src/core/share/resultCode.ts';
import { encodeResultFile } from '../../src/core/share/resultFile.ts';
import { createMemoryStore, createRecordStore, type KeyValueStore } from '../../src/core/storage/index.ts';
import { initI18n, t } from '../../src/i18n/index.ts';
import { ClassResultsController } from '../../src/ui/screens/classResults/classResultsController.ts';
import { questionIds, sharePack, shareRef } from '../fixtures/share-pack.ts';

const [Q1, Q2] = questionIds as [string, string];
const ans = (questionId: string, right: boolean): AnswerRecord => ({
  questionId,
  response: { type: 'truefalse', value: right },
  correctness: right ? 1 : 0,
  points: right ? 800 : 0,
  timeMs: 3_000,
});
function result(name: string, right: number, assignment = 'K3M9T2QX'): ResultRecord {
  const answers = [ans(Q1, right >= 1), ans(Q2, right >= 2)];
  return { v: 1, name, assignment, timeScale: 1, answers, score: answers.reduce((s, a) => s + a.points, 0) };
}
const code = (r: ResultRecord) => {
  const c = encodeResultCode(r, shareRef);
  if (!c.ok) throw new Error(c.error);
  return c.value;
};
const names = (c: ClassResultsController) => c.table().students.map((s) => s.name);
const page = (kv: KeyValueStore = createMemoryStore()) =>
  new ClassResultsController(createRecordStore(kv, 'sq'), sharePack);

beforeAll(async () => {
  await initI18n('en', ['en']);
});

describe('class results controller', () => {
  it('reads the pasted codes, clears the box, shows their round and keeps them for the next visit', () => {
    const kv = createMemoryStore();
    const c = page(kv);
    c.input.codes = `${code(result('Amina', 2))}\n\nnot a code\n${code(result('Bako', 1, 'ZZZZ2222'))}`;
    expect(c.readCodes()).toBeNull();
    expect(c.input.codes).toBe('');
    expect(c.input.status?.added).toBe(2);
    expect(c.input.status?.flags.map((f) => f.source)).toEqual([t('classResults.line', { n: 3 })]);
    expect(c.input.round).toBe('K3M9T2QX');
    expect(names(c)).toEqual(['Amina']);
    c.chooseRound('ZZZZ2222');
    expect(names(c)).toEqual(['Bako']);
    expect(
      page(kv)
        .record()
        .rounds.map((r) => r.assignment),
    ).toEqual(['K3M9T2QX', 'ZZZZ2222']);
  });

  it('reads result files; an unreadable or oversized one is flagged by name, never read whole', async () => {
    const c = page();
    const file = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });
    const problem = await c.readFiles([
      file('amina.json', encodeResultFile(result('Amina', 2), shareRef)),
      { name: 'broken.json', size: 10, text: () => Promise.reject(new Error('gone')) },
      { name: 'huge.json', size: 10_000_000, text: () => Promise.reject(new Error('must not be read')) },
    ]);
    expect(problem).toBeNull();
    expect(names(c)).toEqual(['Amina']);
    expect(c.input.status?.flags.map((f) => f.source)).toEqual(['broken.json', 'huge.json']);
  });

  it('removes one student and clears a round, each kept on the device', () => {
    const kv = createMemoryStore();
    const c = page(kv);
    c.input.codes = [result('Amina', 2), result('Bako', 1), result('Dan', 0, 'ZZZZ2222')].map(code).join('\n');
    c.readCodes();
    const bako = c.table().students.find((s) => s.name === 'Bako');
    expect(c.removeResult('K3M9T2QX', bako?.id as number)).toBeNull();
    expect(names(page(kv))).toEqual(['Amina']);
    expect(c.clearRound('K3M9T2QX')).toBeNull();
    expect(c.input.round).toBeNull();
    expect(names(c)).toEqual(['Dan']);
    expect(
      page(kv)
        .record()
        .rounds.map((r) => r.assignment),
    ).toEqual(['ZZZZ2222']);
  });

  it("a live game's codes sent again replace its earlier ones: no student counted twice", () => {
    const c = page();
    const first = [code(result('Amina', 1)), code(result('Bako', 0))];
    expect(c.addCodes(first)).toBe(true);
    const again = [code(result('Amina', 2)), code(result('Bako', 1))];
    expect(c.addCodes(again, first)).toBe(true);
    expect(c.table().students.map((s) => [s.name, s.correct])).toEqual([
      ['Amina', 2],
      ['Bako', 1],
    ]);
  });

  it('a full device says so, and the results stay on the page', () => {
    const kv = createMemoryStore();
    kv.set = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    const c = page(kv);
    c.input.codes = code(result('Amina', 2));
    expect(c.readCodes()).toBe(t('storage.full'));
    expect(names(c)).toEqual(['Amina']);
    expect(c.addCodes([code(result('Bako', 1))])).toBe(false);
  });

  it('a kept record that cannot be read is named; the class list can be replaced and forgotten', () => {
    const kv = createMemoryStore();
    const c = page(kv);
    c.input.codes = code(result('Amina', 2));
    c.readCodes();
    for (const key of kv.keys()) kv.set(key, '{not json');
    const damaged = page(kv);
    expect(damaged.resultsProblem).not.toBeNull();
    expect(damaged.classListProblem).toBeNull();
    expect(c.updateClassList({ ...c.classList(), names: ['Amina'] })).toBeNull();
    expect(page(kv).classList().names).toEqual(['Amina']);
    expect(c.removeClassList()).toBeNull();
    expect(page(kv).classList().names).toEqual([]);
  });
});
