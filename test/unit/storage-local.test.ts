import { describe, expect, it } from 'vitest';
import { createLocalStore, type WebStorage } from '../../src/platform/localStore.ts';
import { createRecordStore, type StorageProblem } from '../../src/core/storage/index.ts';

/** A Web Storage look-alike; `quota` in characters (keys + values), like a browser's. */
function fakeWebStorage(quota = Infinity): WebStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      const old = data.get(k);
      if (used() - (old === undefined ? 0 : k.length + old.length) + k.length + v.length > quota) {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      }
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
}

function throwingWebStorage(): WebStorage {
  const fail = () => {
    throw Object.assign(new Error('denied'), { name: 'SecurityError' });
  };
  return {
    get length(): number {
      return fail();
    },
    key: fail,
    getItem: fail,
    setItem: fail,
    removeItem: fail,
  };
}

describe('local store', () => {
  it('reads and writes the browser storage when it works', () => {
    const web = fakeWebStorage();
    const problems: StorageProblem[] = [];
    const store = createLocalStore({ getStorage: () => web, onProblem: (p) => problems.push(p) });
    store.set('sq:a', '1');
    expect(web.data.get('sq:a')).toBe('1');
    expect(store.get('sq:a')).toBe('1');
    expect(store.keys()).toEqual(['sq:a']);
    store.remove('sq:a');
    expect(web.data.size).toBe(0);
    expect(store.problem).toBeNull();
    expect(problems).toEqual([]);
  });

  it('falls back to memory, once, when localStorage is missing', () => {
    const problems: StorageProblem[] = [];
    const store = createLocalStore({ getStorage: () => undefined, onProblem: (p) => problems.push(p) });
    store.set('k', 'v');
    expect(store.get('k')).toBe('v');
    expect(store.problem).toBe('storage/unavailable');
    expect(problems).toEqual(['storage/unavailable']);
  });

  it('falls back to memory when merely touching localStorage throws', () => {
    const store = createLocalStore({
      getStorage: () => {
        throw new Error('SecurityError');
      },
    });
    store.set('k', 'v');
    expect(store.get('k')).toBe('v');
    expect(store.problem).toBe('storage/unavailable');
  });

  it('falls back to memory when localStorage throws on every use', () => {
    const problems: StorageProblem[] = [];
    const store = createLocalStore({ getStorage: throwingWebStorage, onProblem: (p) => problems.push(p) });
    expect(() => store.set('k', 'v')).not.toThrow();
    expect(store.get('k')).toBe('v');
    expect(store.keys()).toEqual(['k']);
    expect(problems).toEqual(['storage/unavailable']);
  });

  it('lets a full quota through so the record store says storage/full, and keeps using storage', () => {
    const web = fakeWebStorage(40);
    const store = createLocalStore({ getStorage: () => web });
    const records = createRecordStore(store, 'sq');
    expect(records.save('a', 'x')).toEqual({ ok: true });
    expect(records.save('b', 'y'.repeat(100))).toEqual({ ok: false, problem: 'storage/full' });
    expect(store.problem).toBeNull();
    expect(records.load('a', (d) => (typeof d === 'string' ? d : undefined), '')).toEqual({ value: 'x' });
  });

  it('treats a zero quota (old Safari private window) as unavailable, not full', () => {
    const web = fakeWebStorage(0);
    const records = createRecordStore(createLocalStore({ getStorage: () => web }), 'sq');
    expect(records.save('a', 'x')).toEqual({ ok: true });
    expect(records.load('a', (d) => (typeof d === 'string' ? d : undefined), '')).toEqual({ value: 'x' });
  });
});
