/**
 * The player's settings: plain data, with defaults and validation, saved as one record.
 * Each field is checked on its own, so one bad value (say a volume of "loud") falls back to its
 * default without taking the player's other choices with it.
 */
import { isRecord } from './isRecord.ts';
import type { TimeScale } from './round/types.ts';
import { salvaged, type Loaded, type RecordStore, type SaveResult } from './storage/index.ts';

export interface Settings {
  /** An i18next language code ('en', 'fr', 'fr-CA'); null = detect from the browser. */
  language: string | null;
  muted: boolean;
  /** 0..1 */
  effectsVolume: number;
  /** 0..1 */
  musicVolume: number;
  /** null = follow the operating system's prefers-reduced-motion. */
  reducedMotion: boolean | null;
  largeText: boolean;
  /** Multiplier of the question timer; null = timer off. */
  timeScale: TimeScale;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;
export const TIME_SCALES: readonly TimeScale[] = [1, 2, 10, null];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: null,
  muted: false,
  effectsVolume: 0.8,
  musicVolume: 0.4,
  reducedMotion: null,
  largeText: false,
  timeScale: 1,
});

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS };
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function isVolume(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
}

/**
 * Settings from anything (a saved record, a settings form): every valid field kept, every
 * missing or invalid one replaced by its default. Undefined only when `data` is not an object.
 */
export function normalizeSettings(data: unknown): Settings | undefined {
  if (!isRecord(data)) return undefined;
  const d = data;
  const s = defaultSettings();
  if (d.language === null || (typeof d.language === 'string' && LANGUAGE_CODE.test(d.language))) {
    s.language = d.language;
  }
  if (typeof d.muted === 'boolean') s.muted = d.muted;
  if (isVolume(d.effectsVolume)) s.effectsVolume = d.effectsVolume;
  if (isVolume(d.musicVolume)) s.musicVolume = d.musicVolume;
  if (d.reducedMotion === null || typeof d.reducedMotion === 'boolean') s.reducedMotion = d.reducedMotion;
  if (typeof d.largeText === 'boolean') s.largeText = d.largeText;
  if ((TIME_SCALES as unknown[]).includes(d.timeScale)) s.timeScale = d.timeScale as TimeScale;
  return s;
}

/** A volume brought into 0..1 (a slider's NaN or overshoot becomes the nearest valid value). */
export function clampVolume(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

/**
 * The settings with `change` applied; volumes clamped to 0..1, any other invalid value
 * ignored (the field keeps its current value).
 */
export function updateSettings(current: Settings, change: Partial<Settings>): Settings {
  const next: Settings = { ...current };
  for (const key of Object.keys(change) as (keyof Settings)[]) {
    let wanted: unknown = change[key];
    if ((key === 'effectsVolume' || key === 'musicVolume') && typeof wanted === 'number') {
      wanted = clampVolume(wanted);
    }
    const checked = normalizeSettings({ [key]: wanted });
    if (checked && checked[key] === wanted) (next as Record<keyof Settings, unknown>)[key] = wanted;
  }
  return next;
}

/** How many of the fields present in `data` were not valid (and fell back to their default). */
function unreadableFields(data: Record<string, unknown>, kept: Settings): number {
  return (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter(
    (k) => Object.hasOwn(data, k) && data[k] !== kept[k],
  ).length;
}

/**
 * The saved settings, or the defaults with a problem code when they could not be read. A field
 * that was saved but is not valid falls back to its default and makes it 'storage/partial'
 * (the saved text is kept aside), so the player is told instead of silently losing it.
 */
export function loadSettings(store: RecordStore): Loaded<Settings> {
  return store.load(
    SETTINGS_KEY,
    (data) => {
      const s = normalizeSettings(data);
      return s && isRecord(data) ? salvaged(s, unreadableFields(data, s)) : undefined;
    },
    defaultSettings(),
    SETTINGS_VERSION,
  );
}

export function saveSettings(store: RecordStore, settings: Settings): SaveResult {
  return store.save(SETTINGS_KEY, settings, SETTINGS_VERSION);
}

/** Forgets the saved settings; returns the defaults to use from now on. */
export function resetSettings(store: RecordStore): { value: Settings } & SaveResult {
  return { value: defaultSettings(), ...store.remove(SETTINGS_KEY) };
}
