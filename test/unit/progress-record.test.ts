import { describe, expect, it } from 'vitest';
import {
  clearProgress,
  emptyProgress,
  loadProgress,
  recordAnswer,
  saveProgress,
  validateProgress,
} from '../../src/core/progress/index.ts';
import { createMemoryStore, createRecordStore, type KeyValueStore } from '../../src/core/storage/index.ts';

/** A record store whose progress record holds `data` (as the game would have saved it) or raw `text`. */
function storeWith(raw: string | null): { kv: KeyValueStore; store: ReturnType<typeof createRecordStore> } {
  const kv = createMemoryStore(raw === null ? {} : { 'sahel:progress': raw });
  return { kv, store: createRecordStore(kv, 'sahel') };
}
const saved = (data: unknown, v = 1) => JSON.stringify({ v, data });

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 8, 7, 9, 0);

function sample() {
  let p = emptyProgress();
  p = recordAnswer(p, {
    fact: 'capital',
    questionId: 'capital-map',
    correctness: 0,
    now: START,
    confusedPlaces: [['niamey', 'bamako']],
  });
  p = recordAnswer(p, { fact: 'date', questionId: 'date-choice-1', correctness: 1, now: START + DAY });
  return p;
}

describe('progress record', () => {
  it('survives a save and load through the browser store unchanged', () => {
    const p = sample();
    expect(validateProgress(JSON.parse(JSON.stringify(p)))).toEqual(p);
    const { store } = storeWith(null);
    expect(saveProgress(store, p)).toEqual({ ok: true });
    expect(loadProgress(store)).toEqual({ value: p });
    expect(clearProgress(store)).toEqual({ ok: true });
    expect(loadProgress(store)).toEqual({ value: emptyProgress() });
  });

  it('starts empty without a message when nothing was saved', () => {
    expect(loadProgress(storeWith(null).store)).toEqual({ value: emptyProgress() });
    expect(validateProgress(emptyProgress())).toEqual(emptyProgress());
  });

  it('starts afresh with a message for a record from another version of the game', () => {
    const p = JSON.parse(JSON.stringify(sample()));
    expect(loadProgress(storeWith(saved({ ...p, version: 0 }, 0)).store)).toMatchObject({
      value: emptyProgress(),
      problem: 'storage/version',
    });
    expect(loadProgress(storeWith(saved({ ...p, version: 0 }, 1)).store)).toMatchObject({
      value: emptyProgress(),
      problem: 'storage/invalid',
    });
  });

  it('rejects an old, newer or unversioned record', () => {
    const p = JSON.parse(JSON.stringify(sample()));
    expect(validateProgress({ ...p, version: 0 })).toBeNull();
    expect(validateProgress({ ...p, version: 2 })).toBeNull();
    const { version: _, ...unversioned } = p;
    expect(validateProgress(unversioned)).toBeNull();
  });

  it('starts afresh with a message when the saved text is not JSON', () => {
    expect(loadProgress(storeWith('{"v":1,"data":{"version":1,').store)).toMatchObject({
      value: emptyProgress(),
      problem: 'storage/corrupt',
    });
  });

  it.each([
    ['not an object', '"hello"'],
    ['null', 'null'],
    ['an array', '[]'],
    ['facts missing', '{"version":1,"confusions":{}}'],
  ])('keeps a record that is not progress at all (%s) aside, starts afresh and says so', (_, text) => {
    expect(validateProgress(JSON.parse(text))).toBeNull();
    const raw = saved(JSON.parse(text));
    const { kv, store } = storeWith(raw);
    const loaded = loadProgress(store);
    expect(loaded).toMatchObject({ value: emptyProgress(), problem: 'storage/invalid' });
    expect(kv.get(`sahel:${loaded.aside}`)).toBe(raw);
  });

  it.each([
    ['box 0', fact({ box: 0 })],
    ['box 6', fact({ box: 6 })],
    ['box 2.5', fact({ box: 2.5 })],
    ['due before last seen', fact({ due: START - 1 })],
    ['a time as text', fact({ lastSeen: '2026-09-07' })],
    ['negative count', fact({ wrong: -1 })],
    ['never answered', fact({ right: 0, wrong: 0 })],
    ['no last question', fact({ lastQuestionId: '' })],
    [
      'bad confusion count',
      JSON.stringify({ version: 1, facts: {}, confusions: { NER: { MLI: { count: 0, last: START } } } }),
    ],
    ['confusion row not an object', JSON.stringify({ version: 1, facts: {}, confusions: { NER: 3 } })],
  ])('drops only the damaged entry (%s), keeps the rest, and says so', (_, text) => {
    expect(validateProgress(JSON.parse(text))).toBeNull();
    expect(loadProgress(storeWith(saved(JSON.parse(text))).store)).toMatchObject({
      value: emptyProgress(),
      problem: 'storage/partial',
      lost: 1,
    });
  });

  it('a record of 9 facts with one damaged entry keeps the 8 good ones; the next answer does not shrink it to 1', () => {
    let p = emptyProgress();
    for (let i = 0; i < 9; i++)
      p = recordAnswer(p, { fact: `fact-${i}`, questionId: `q-${i}`, correctness: 1, now: START + i });
    const data = JSON.parse(JSON.stringify(p));
    data.facts['fact-4'].box = 'two';
    const raw = saved(data);
    const { kv, store } = storeWith(raw);
    const loaded = loadProgress(store);
    expect(loaded.problem).toBe('storage/partial');
    expect(Object.keys(loaded.value.facts)).toHaveLength(8);
    expect(loaded.value.facts['fact-4']).toBeUndefined();
    // The whole record as it was is kept aside before anything is saved over it.
    expect(kv.get(`sahel:${loaded.aside}`)).toBe(raw);
    const next = recordAnswer(loaded.value, { fact: 'fact-9', questionId: 'q-9', correctness: 1, now: START + DAY });
    expect(saveProgress(store, next)).toEqual({ ok: true });
    expect(Object.keys(loadProgress(store).value.facts)).toHaveLength(9);
    expect(kv.get(`sahel:${loaded.aside}`)).toBe(raw);
  });

  it('leaves a record from a newer version untouched: nothing is saved over it', () => {
    const raw = saved({ version: 2, facts: { x: { box: 9 } }, whatever: true }, 2);
    const { kv, store } = storeWith(raw);
    const loaded = loadProgress(store);
    expect(loaded).toEqual({ value: emptyProgress(), problem: 'storage/newer' });
    const next = recordAnswer(loaded.value, { fact: 'f', questionId: 'q', correctness: 1, now: START });
    expect(saveProgress(store, next)).toEqual({ ok: false, problem: 'storage/newer' });
    expect(kv.get('sahel:progress')).toBe(raw);
  });

  it('drops unknown fields and keeps "__proto__" keys as plain data', () => {
    const text =
      '{"version":1,"extra":1,"facts":{"__proto__":{"box":2,"lastSeen":1,"due":2,"right":1,"wrong":0,"lastQuestionId":"q","x":1}},"confusions":{}}';
    const p = validateProgress(JSON.parse(text))!;
    expect(p).not.toBeNull();
    expect(Object.keys(p)).toEqual(['version', 'facts', 'confusions']);
    expect(Object.keys(p.facts)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(p.facts)).toBe(Object.prototype);
    expect(Object.keys(p.facts['__proto__']!)).not.toContain('x');
  });
});

function fact(overrides: Record<string, unknown>): string {
  const base = { box: 2, lastSeen: START, due: START + DAY, right: 1, wrong: 0, lastQuestionId: 'q' };
  return JSON.stringify({ version: 1, facts: { capital: { ...base, ...overrides } }, confusions: {} });
}
