import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authoredStore } from '../../src/core/content/authoredStore.ts';
import type { PackFile } from '../../src/core/content/packFile.ts';
import { createMemoryStore } from '../../src/core/storage/index.ts';
import { mapPlaceIds, packIds } from '../../scripts/content/packs.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const ctx = { placeIds: mapPlaceIds(ROOT), shippedIds: packIds(ROOT) };
const file = JSON.parse(readFileSync(`${ROOT}test/fixtures/pack-file/class-niger-quiz.json`, 'utf8')) as PackFile;
const retitled = (title: string): PackFile => ({
  ...file,
  texts: { ...file.texts, en: { ...file.texts.en, _pack: { ...(file.texts.en?._pack as object), title } } },
});

describe("teachers' packs saved on the device", () => {
  it('saves a checked pack, lists it from its index and reads it back whole', () => {
    const store = authoredStore(createMemoryStore(), ctx);
    const saved = store.save(file, 1000);
    expect(saved.ok).toBe(true);
    expect(store.list().map((s) => [s.id, s.titles.en, s.questionCount, s.factCount])).toEqual([
      ['class-niger-quiz', 'Our class quiz on Niger', 6, new Set(file.questions.map((q) => q.fact)).size],
    ]);
    const read = store.read('class-niger-quiz');
    expect(read.ok && read.check.file).toEqual(file);
  });

  it('asks before replacing a different pack with the same id; the same pack again changes nothing', () => {
    const kv = createMemoryStore();
    const store = authoredStore(kv, ctx);
    store.save(file, 1000);
    expect(store.save(file, 2000).ok).toBe(true);
    const other = retitled('Another teacher’s quiz');
    const asked = store.save(other, 3000);
    expect(asked).toMatchObject({
      ok: false,
      reason: 'exists',
      existing: { titles: { en: 'Our class quiz on Niger' } },
    });
    const read = store.read(file.id);
    expect(read.ok && read.check.file).toEqual(file);
    expect(store.save(other, 4000, { replace: true }).ok).toBe(true);
    expect(store.list()[0]?.titles.en).toBe('Another teacher’s quiz');
  });

  it("refuses a pack that is not valid or takes a shipped pack's id, and keeps nothing of it", () => {
    const kv = createMemoryStore();
    const store = authoredStore(kv, ctx);
    expect(store.save({ ...file, id: 'sahel-geography' }, 1)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(store.save({ ...file, questions: 'nope' }, 1)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(kv.keys()).toEqual([]);
  });

  it('a saved pack damaged on the device is reported unreadable and left where it was', () => {
    const kv = createMemoryStore();
    const store = authoredStore(kv, ctx);
    store.save(file, 1);
    const key = 'sahel-quiz-packs:pack/class-niger-quiz';
    const damaged = (kv.get(key) as string).replace('"choice"', '"chose"');
    kv.set(key, damaged);
    expect(store.read(file.id)).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(kv.get(key)).toBe(damaged);
    expect(store.read('nobody')).toEqual({ ok: false, reason: 'missing' });
    kv.set('sahel-quiz-packs:index', '{"v":1,"data":[{"id":"../evil"},42]}');
    expect(store.list()).toEqual([]);
  });
});
