import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  resetSettings,
  saveSettings,
  SETTINGS_VERSION,
  updateSettings,
  type Settings,
} from '../../src/core/settings.ts';
import { createMemoryStore, createRecordStore } from '../../src/core/storage/index.ts';

const mine: Settings = {
  language: 'fr',
  muted: true,
  effectsVolume: 0.25,
  musicVolume: 0,
  reducedMotion: true,
  largeText: true,
  timeScale: 10,
};

function storeWith(raw?: string) {
  const kv = createMemoryStore(raw === undefined ? {} : { 'sq:settings': raw });
  return { kv, store: createRecordStore(kv, 'sq') };
}

describe('settings', () => {
  it('start as: detect language, sound on, follow the OS for motion, normal timer', () => {
    const { value, problem } = loadSettings(storeWith().store);
    expect(problem).toBeUndefined();
    expect(value).toEqual({
      language: null,
      muted: false,
      effectsVolume: DEFAULT_SETTINGS.effectsVolume,
      musicVolume: DEFAULT_SETTINGS.musicVolume,
      reducedMotion: null,
      largeText: false,
      timeScale: 1,
    });
    expect(value.musicVolume).toBeLessThan(value.effectsVolume); // music stays in the background
  });

  it('are remembered across sessions', () => {
    const { kv, store } = storeWith();
    expect(saveSettings(store, mine)).toEqual({ ok: true });
    expect(loadSettings(createRecordStore(kv, 'sq'))).toEqual({ value: mine });
  });

  it('remember "timer off" and "detect language" (null), not just their absence', () => {
    const { kv, store } = storeWith();
    saveSettings(store, { ...mine, timeScale: null, language: null, reducedMotion: false });
    const { value } = loadSettings(createRecordStore(kv, 'sq'));
    expect(value.timeScale).toBeNull();
    expect(value.language).toBeNull();
    expect(value.reducedMotion).toBe(false);
  });

  it('keep the good fields when one saved field is bad, say so, and keep the saved text aside', () => {
    const raw = JSON.stringify({ v: SETTINGS_VERSION, data: { ...mine, effectsVolume: 'loud', timeScale: 3 } });
    const { kv, store } = storeWith(raw);
    const { value, problem, lost, aside } = loadSettings(store);
    expect(problem).toBe('storage/partial');
    expect(lost).toBe(2);
    expect(kv.get(`sq:${aside}`)).toBe(raw);
    expect(value).toEqual({
      ...mine,
      effectsVolume: DEFAULT_SETTINGS.effectsVolume,
      timeScale: DEFAULT_SETTINGS.timeScale,
    });
  });

  it('fill in fields missing from an older save', () => {
    const raw = JSON.stringify({ v: SETTINGS_VERSION, data: { muted: true } });
    expect(loadSettings(storeWith(raw).store).value).toEqual({ ...DEFAULT_SETTINGS, muted: true });
  });

  it('fall back to the defaults, with a problem, when the record is damaged', () => {
    expect(loadSettings(storeWith('{"v":1,"data":{"mu').store)).toMatchObject({
      value: { ...DEFAULT_SETTINGS },
      problem: 'storage/corrupt',
    });
    expect(loadSettings(storeWith(JSON.stringify({ v: 1, data: 'muted' })).store).problem).toBe('storage/invalid');
    expect(loadSettings(storeWith(JSON.stringify({ v: 0, data: mine })).store).problem).toBe('storage/version');
    expect(loadSettings(storeWith(JSON.stringify({ v: 99, data: mine })).store).problem).toBe('storage/newer');
  });

  it('reject volumes outside 0..1 and language codes that are not codes', () => {
    const s = normalizeSettings({ effectsVolume: 1.5, musicVolume: -0.1, language: '<script>' });
    expect(s?.effectsVolume).toBe(DEFAULT_SETTINGS.effectsVolume);
    expect(s?.musicVolume).toBe(DEFAULT_SETTINGS.musicVolume);
    expect(s?.language).toBeNull();
    expect(normalizeSettings({ language: 'fr-CA' })?.language).toBe('fr-CA');
  });

  it('reset: forgets the saved settings and gives the defaults', () => {
    const { kv, store } = storeWith();
    saveSettings(store, mine);
    const reset = resetSettings(store);
    expect(reset).toEqual({ value: { ...DEFAULT_SETTINGS }, ok: true });
    expect(loadSettings(createRecordStore(kv, 'sq')).value).toEqual({ ...DEFAULT_SETTINGS });
  });

  it('update: clamps a slider overshoot and ignores an invalid value, keeping the current one', () => {
    const next = updateSettings(mine, { effectsVolume: 1.2, musicVolume: Number.NaN });
    expect(next.effectsVolume).toBe(1);
    expect(next.musicVolume).toBe(0);
    const same = updateSettings(mine, { timeScale: 5 as never, language: 'fr-CA' });
    expect(same.timeScale).toBe(10);
    expect(same.language).toBe('fr-CA');
    expect(mine.language).toBe('fr'); // not mutated
  });

  it('always give a complete, valid Settings, whatever was saved', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const s = normalizeSettings(data);
        if (s === undefined) return;
        expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect(s.effectsVolume).toBeGreaterThanOrEqual(0);
        expect(s.effectsVolume).toBeLessThanOrEqual(1);
        expect([1, 2, 10, null]).toContain(s.timeScale);
      }),
    );
  });
});
