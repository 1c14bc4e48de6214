import { describe, expect, test } from 'vitest';
import { matchRoster } from '../../src/core/classList/match.ts';
import {
  CLASS_LIST_KEY,
  confirmName,
  confirmedKeys,
  emptyClassList,
  loadClassList,
  removeClassList,
  replaceList,
  salvageClassList,
  saveClassList,
} from '../../src/core/classList/record.ts';
import { createMemoryStore, createRecordStore } from '../../src/core/storage/index.ts';

const LIST = ['Awa Diallo', 'Aïcha Ouédraogo', 'Moussa Traoré'];
const key = `sq:${CLASS_LIST_KEY}`;

describe('the class list kept on the device', () => {
  test('a list and a confirmation survive a save and a load (a reload), and still match the near name', () => {
    const kv = createMemoryStore();
    const record = confirmName(replaceList(emptyClassList(), LIST, '4B.csv'), 'Aïcha Ouédraogo', 'aicha ouedraogo');
    expect(saveClassList(createRecordStore(kv, 'sq'), record)).toEqual({ ok: true });
    const loaded = loadClassList(createRecordStore(kv, 'sq'));
    expect(loaded).toEqual({ value: record });
    const m = matchRoster(loaded.value.names, ['Awa Diallo', 'aicha ouedraogo'], confirmedKeys(loaded.value));
    expect(m.rows.map((r) => r.status)).toEqual(['sent', 'sent', 'missing']);
  });

  test('nothing stored: an empty list and no problem', () => {
    expect(loadClassList(createRecordStore(createMemoryStore(), 'sq'))).toEqual({ value: emptyClassList() });
  });

  test('a confirmation is kept once, and only for a name on the list', () => {
    const base = replaceList(emptyClassList(), LIST, 'a.csv');
    const once = confirmName(base, 'Awa Diallo', 'awa dialo');
    expect(confirmName(once, 'Awa Diallo', 'awa dialo')).toBe(once);
    expect(confirmName(base, 'Nobody', 'nobody')).toBe(base);
  });

  test('another list replaces it; confirmations of names still on it stay', () => {
    let r = replaceList(emptyClassList(), LIST, 'a.csv');
    r = confirmName(r, 'Awa Diallo', 'awa dialo');
    r = confirmName(r, 'Moussa Traoré', 'moussa traore');
    const next = replaceList(r, ['Awa Diallo', 'Ali Sow'], 'b.csv');
    expect(next).toEqual({
      names: ['Awa Diallo', 'Ali Sow'],
      file: 'b.csv',
      confirmed: [{ listed: 'Awa Diallo', result: 'awa dialo' }],
    });
  });

  test('a damaged name or confirmation is dropped and counted; the rest is kept and the text set aside', () => {
    const data = {
      names: ['Awa Diallo', 42, '', 'Moussa Traoré'],
      file: '4B.csv',
      confirmed: [
        { listed: 'Awa Diallo', result: 'awa dialo' },
        { listed: 'Aïcha Ouédraogo', result: 'aicha' },
        { listed: 'Moussa Traoré' },
      ],
    };
    expect(salvageClassList(data)?.lost).toBe(4);
    const raw = JSON.stringify({ v: 1, data });
    const kv = createMemoryStore({ [key]: raw });
    const loaded = loadClassList(createRecordStore(kv, 'sq'));
    expect(loaded.problem).toBe('storage/partial');
    expect(loaded.value).toEqual({
      names: ['Awa Diallo', 'Moussa Traoré'],
      file: '4B.csv',
      confirmed: [{ listed: 'Awa Diallo', result: 'awa dialo' }],
    });
    expect(kv.get(`sq:${loaded.aside}`)).toBe(raw);
  });

  test('a record that is not a class list at all is kept aside whole, and an empty list shown', () => {
    for (const raw of ['{"v":1,"data":{"names":"Awa"}}', 'not json {']) {
      const kv = createMemoryStore({ [key]: raw });
      const loaded = loadClassList(createRecordStore(kv, 'sq'));
      expect(loaded.value).toEqual(emptyClassList());
      expect(['storage/invalid', 'storage/corrupt']).toContain(loaded.problem);
      expect(kv.get(`sq:aside/${CLASS_LIST_KEY}`)).toBe(raw);
    }
  });

  test('a record from a newer version is never overwritten nor removed', () => {
    const raw = JSON.stringify({ v: 2, data: { classes: [] } });
    const kv = createMemoryStore({ [key]: raw });
    const store = createRecordStore(kv, 'sq');
    expect(loadClassList(store).problem).toBe('storage/newer');
    expect(saveClassList(store, replaceList(emptyClassList(), LIST, 'a.csv'))).toEqual({
      ok: false,
      problem: 'storage/newer',
    });
    expect(removeClassList(store)).toEqual({ ok: false, problem: 'storage/newer' });
    expect(kv.get(key)).toBe(raw);
  });

  test('removing it (after the teacher confirmed) forgets the list and the confirmations', () => {
    const kv = createMemoryStore();
    const store = createRecordStore(kv, 'sq');
    saveClassList(store, confirmName(replaceList(emptyClassList(), LIST, 'a.csv'), 'Awa Diallo', 'awa dialo'));
    expect(removeClassList(store)).toEqual({ ok: true });
    expect(kv.get(key)).toBeNull();
    expect(loadClassList(store)).toEqual({ value: emptyClassList() });
  });
});
