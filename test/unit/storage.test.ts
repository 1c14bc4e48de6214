import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createMemoryStore,
  createRecordStore,
  STORAGE_PROBLEMS,
  type KeyValueStore,
  type Validator,
} from '../../src/core/storage/index.ts';
import { valibotValidator } from '../../src/core/storage/valibot.ts';
import * as v from 'valibot';

interface Progress {
  best: number;
  seen: string[];
}
const isProgress: Validator<Progress> = (d) => {
  if (typeof d !== 'object' || d === null) return undefined;
  const { best, seen } = d as Partial<Progress>;
  if (typeof best !== 'number' || !Array.isArray(seen) || !seen.every((s) => typeof s === 'string')) {
    return undefined;
  }
  return { best, seen };
};
const noProgress: Progress = { best: 0, seen: [] };
const isString: Validator<string> = (d) => (typeof d === 'string' ? d : undefined);

function quotaError(): Error {
  const err = new Error('The quota has been exceeded.');
  err.name = 'QuotaExceededError';
  return err;
}

/** A store that refuses new writes once it holds `limit` characters, like a browser's quota. */
function cappedStore(limit: number): KeyValueStore {
  const inner = createMemoryStore();
  const size = () => inner.keys().reduce((n, k) => n + k.length + (inner.get(k)?.length ?? 0), 0);
  return {
    ...inner,
    set(key, value) {
      const before = inner.get(key);
      const grow = key.length + value.length - (before === null ? 0 : key.length + before.length);
      if (size() + grow > limit) throw quotaError();
      inner.set(key, value);
    },
  };
}

/** A store that throws on every access, as some private windows do. */
const brokenStore: KeyValueStore = {
  get() {
    throw new Error('SecurityError');
  },
  set() {
    throw new Error('SecurityError');
  },
  remove() {
    throw new Error('SecurityError');
  },
  keys() {
    throw new Error('SecurityError');
  },
};

describe('record store', () => {
  it('gives back what was saved, in a later session over the same store', () => {
    const kv = createMemoryStore();
    const saved = { best: 1200, seen: ['q-niamey', 'q-date'] };
    expect(createRecordStore(kv, 'sq').save('progress', saved)).toEqual({ ok: true });

    const later = createRecordStore(kv, 'sq').load('progress', isProgress, noProgress);
    expect(later).toEqual({ value: saved });
  });

  it('gives the defaults and no problem for a record never saved', () => {
    const loaded = createRecordStore(createMemoryStore(), 'sq').load('progress', isProgress, noProgress);
    expect(loaded).toEqual({ value: noProgress });
    expect(loaded.problem).toBeUndefined();
  });

  it('stores each record under its own namespaced key as {v, data}', () => {
    const kv = createMemoryStore();
    createRecordStore(kv, 'sq').save('name', 'Aïcha', 3);
    expect(kv.keys()).toEqual(['sq:name']);
    expect(JSON.parse(kv.get('sq:name') ?? '')).toEqual({ v: 3, data: 'Aïcha' });
  });

  it('never overwrites what a newer version wrote, however the text is spaced; an older or equal one is replaced', () => {
    for (const there of ['{"v":4,"data":{"big":[1,2,3]}}', '{ "v": 4, "data": "x" }', '{"data":"x","v":4}']) {
      const kv = createMemoryStore();
      kv.set('sq:progress', there);
      expect(createRecordStore(kv, 'sq').save('progress', 'mine', 3), there).toEqual({
        ok: false,
        problem: 'storage/newer',
      });
      expect(kv.get('sq:progress')).toBe(there);
    }
    for (const there of ['{"v":3,"data":"old"}', '{"v":2,"data":"old"}', 'not json', '{"v":"9","data":1}']) {
      const kv = createMemoryStore();
      kv.set('sq:progress', there);
      expect(createRecordStore(kv, 'sq').save('progress', 'mine', 3), there).toEqual({ ok: true });
    }
  });

  it('keeps namespaces apart', () => {
    const kv = createMemoryStore();
    createRecordStore(kv, 'a').save('x', 'from a');
    createRecordStore(kv, 'b').save('x', 'from b');
    expect(createRecordStore(kv, 'a').load('x', isString, '').value).toBe('from a');
    expect(createRecordStore(kv, 'b').keys()).toEqual(['x']);
  });

  it('isolates a corrupt record: the others still load', () => {
    const kv = createMemoryStore();
    const store = createRecordStore(kv, 'sq');
    store.save('progress', { best: 5, seen: [] });
    store.save('name', 'Moussa');
    kv.set('sq:progress', '{"v":1,"data":{"best":5,'); // cut off mid-write

    expect(store.load('progress', isProgress, noProgress)).toMatchObject({
      value: noProgress,
      problem: 'storage/corrupt',
    });
    expect(store.load('name', isString, '')).toEqual({ value: 'Moussa' });
  });

  it('reports text that is JSON but not a record as corrupt', () => {
    const kv = createMemoryStore({ 'sq:a': '42', 'sq:b': '{"data":1}', 'sq:c': '[1,2]', 'sq:d': '{"v":"1","data":1}' });
    const store = createRecordStore(kv, 'sq');
    for (const key of ['a', 'b', 'c', 'd']) {
      expect(store.load(key, isString, 'dflt')).toMatchObject({ value: 'dflt', problem: 'storage/corrupt' });
    }
  });

  it('gives the defaults and storage/invalid when the data fails validation', () => {
    const kv = createMemoryStore({ 'sq:progress': JSON.stringify({ v: 1, data: { best: 'lots' } }) });
    expect(createRecordStore(kv, 'sq').load('progress', isProgress, noProgress)).toMatchObject({
      value: noProgress,
      problem: 'storage/invalid',
    });
  });

  it('treats a validator that throws as failed validation', () => {
    const kv = createMemoryStore({ 'sq:x': JSON.stringify({ v: 1, data: 1 }) });
    const throwing: Validator<number> = () => {
      throw new Error('bug');
    };
    expect(createRecordStore(kv, 'sq').load('x', throwing, 0)).toMatchObject({ value: 0, problem: 'storage/invalid' });
  });

  it('gives the defaults and storage/version for a record of another version', () => {
    const kv = createMemoryStore();
    const store = createRecordStore(kv, 'sq');
    store.save('progress', { best: 9, seen: [] }, 1);
    expect(store.load('progress', isProgress, noProgress, 2)).toMatchObject({
      value: noProgress,
      problem: 'storage/version',
    });
    expect(store.load('progress', isProgress, noProgress, 1).value.best).toBe(9);
  });

  it('reports a full store on save and keeps the records already there', () => {
    const kv = cappedStore(60);
    const store = createRecordStore(kv, 'sq');
    expect(store.save('name', 'Fatouma')).toEqual({ ok: true });
    expect(store.save('progress', { best: 1, seen: Array(50).fill('q-long-question-id') })).toEqual({
      ok: false,
      problem: 'storage/full',
    });
    expect(store.load('name', isString, '')).toEqual({ value: 'Fatouma' });
  });

  it('recognises the quota error of older Firefox (code 1014)', () => {
    const kv = createMemoryStore();
    kv.set = () => {
      throw Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 });
    };
    expect(createRecordStore(kv, 'sq').save('x', 1)).toEqual({ ok: false, problem: 'storage/full' });
  });

  it('never throws when the store throws on access; says storage/unavailable', () => {
    const store = createRecordStore(brokenStore, 'sq');
    expect(store.load('progress', isProgress, noProgress)).toEqual({
      value: noProgress,
      problem: 'storage/unavailable',
    });
    expect(store.save('progress', noProgress)).toEqual({ ok: false, problem: 'storage/unavailable' });
    expect(store.remove('progress')).toEqual({ ok: false, problem: 'storage/unavailable' });
    expect(store.keys()).toEqual([]);
  });

  it('refuses to save what JSON cannot hold, without throwing', () => {
    const store = createRecordStore(createMemoryStore(), 'sq');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(store.save('x', cyclic)).toEqual({ ok: false, problem: 'storage/invalid' });
    expect(store.save('y', undefined)).toEqual({ ok: false, problem: 'storage/invalid' });
    expect(store.save('z', 10n)).toEqual({ ok: false, problem: 'storage/invalid' });
  });

  it('hands out a copy of the defaults, so changing it cannot change the next load', () => {
    const store = createRecordStore(createMemoryStore(), 'sq');
    store.load('progress', isProgress, noProgress).value.seen.push('mutated');
    expect(store.load('progress', isProgress, noProgress).value.seen).toEqual([]);
  });

  it('removes one record only', () => {
    const store = createRecordStore(createMemoryStore(), 'sq');
    store.save('a', 'A');
    store.save('b', 'B');
    expect(store.remove('a')).toEqual({ ok: true });
    expect(store.keys()).toEqual(['b']);
  });

  it('works with a valibot schema as validator', () => {
    const schema = v.object({ best: v.number(), seen: v.array(v.string()) });
    const store = createRecordStore(createMemoryStore(), 'sq');
    store.save('p', { best: 3, seen: ['a'] });
    store.save('bad', { best: '3' });
    expect(store.load('p', valibotValidator(schema), noProgress)).toEqual({ value: { best: 3, seen: ['a'] } });
    expect(store.load('bad', valibotValidator(schema), noProgress).problem).toBe('storage/invalid');
  });

  it('never throws, whatever garbage is in the store', () => {
    const garbage = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((data) => JSON.stringify({ v: 1, data })),
      fc.record({ v: fc.oneof(fc.integer(), fc.double(), fc.string()), data: fc.anything() }).map((r) => {
        try {
          return JSON.stringify(r) ?? '';
        } catch {
          return '';
        }
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('progress', 'name', 'x'), garbage), (entries) => {
        const kv = createMemoryStore(Object.fromEntries(Object.entries(entries).map(([k, t]) => [`sq:${k}`, t])));
        const store = createRecordStore(kv, 'sq');
        for (const key of ['progress', 'name', 'x', 'missing']) {
          const loaded = store.load(key, isProgress, noProgress);
          // Either a valid record or the defaults with a problem code.
          if (loaded.problem) {
            expect(STORAGE_PROBLEMS).toContain(loaded.problem);
            expect(loaded.value).toEqual(noProgress);
          } else {
            expect(isProgress(loaded.value)).toEqual(loaded.value);
          }
        }
        const own = store.keys().filter((k) => !k.startsWith('aside/'));
        expect(own.sort()).toEqual(Object.keys(entries).sort());
        // Whatever could not be read was kept aside as it was, never lost.
        for (const [k, text] of Object.entries(entries)) {
          const loaded = store.load(k, isProgress, noProgress);
          if (loaded.aside) expect(kv.get(`sq:${loaded.aside}`)).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
