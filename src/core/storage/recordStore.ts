/**
 * Typed, versioned records over a KeyValueStore.
 *
 * Each record is its own key, `<namespace>:<key>`, holding `{"v": <version>, "data": …}`, so one
 * damaged record never takes the others with it. Nothing here throws to the caller: a read
 * that fails gives the defaults and a problem code; a write that fails says why.
 *
 * Nothing a player made is lost: a record that cannot be read (damaged, from an older version,
 * or with some bad entries) is first copied as it was to `<namespace>:aside/<key>` before
 * anything can overwrite it; a record written by a NEWER version is left untouched, and saves
 * over it are refused ('storage/newer'), so rolling a deploy back never eats it.
 */
import { isRecord } from '../isRecord.ts';
import type { KeyValueStore } from './keyValueStore.ts';
import { isQuotaError, type StorageProblem } from './problems.ts';

/** What a validator returns when it kept the good entries of a record and dropped `lost` bad ones. */
export class Salvaged<T> {
  constructor(
    readonly value: T,
    readonly lost: number,
  ) {}
}

/** Marks a value as repaired: `lost` entries of the stored data could not be read. */
export function salvaged<T>(value: T, lost: number): Salvaged<T> {
  return new Salvaged(value, lost);
}

/**
 * Checks (and may tidy) data read back from storage: returns the value, undefined when the data
 * is not acceptable, or `salvaged(value, lost)` when it kept what it could. It may also throw;
 * that counts as undefined.
 */
export type Validator<T> = (data: unknown) => T | Salvaged<T> | undefined;

/** The Validator of a record read by a salvaging reader: what it kept and how many entries it lost. */
export function salvaging<T>(salvage: (data: unknown) => { value: T; lost: number } | null | undefined): Validator<T> {
  return (data) => {
    const s = salvage(data);
    return s ? salvaged(s.value, s.lost) : undefined;
  };
}

export interface Loaded<T> {
  value: T;
  /** Set when the saved record could not be used (whole or in part). */
  problem?: StorageProblem;
  /** For 'storage/partial': how many entries were dropped. */
  lost?: number;
  /** Where the unreadable text was kept (a key of this namespace), when it was. */
  aside?: string;
}

export interface LoadOptions {
  /**
   * false for records the game never writes over once they are there (one key per item, such
   * as a teacher's saved round): an unreadable one stays where it is instead of being copied.
   */
  aside?: boolean;
}

export type SaveResult = { ok: true } | { ok: false; problem: StorageProblem };

export interface RecordStore {
  readonly namespace: string;
  /**
   * The record under `key`, checked by `validate`. Missing → defaults, no problem.
   * Unreadable, another version, or failing `validate` → defaults and a problem code (the text
   * kept aside first, unless it is from a newer version, which is left as it is).
   */
  load<T>(key: string, validate: Validator<T>, defaults: T, version?: number, options?: LoadOptions): Loaded<T>;
  /** Stores `value` (JSON-serialisable) as version `version` (default 1); never over a newer version's record. */
  save(key: string, value: unknown, version?: number): SaveResult;
  /** Forgets the record under `key` (an explicit choice of the player). */
  remove(key: string): SaveResult;
  /** The keys of this namespace's records (without the namespace prefix). */
  keys(): string[];
}

const DEFAULT_VERSION = 1;
/** Records kept aside live under this prefix (inside the namespace). */
export const ASIDE_PREFIX = 'aside/';
const MAX_ASIDE_COPIES = 9;

interface Envelope {
  v: number;
  data: unknown;
}

function parseEnvelope(text: string): Envelope | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const { v } = parsed;
  if (typeof v !== 'number' || !Number.isInteger(v) || !('data' in parsed)) return undefined;
  return { v, data: parsed.data };
}

/**
 * The version a stored text was written under. Every save checks it, and parsing a whole record
 * (the student's progress grows with every answer) to read one number cost each answer's task: a
 * text this store wrote starts `{"v":N,"data":` and is read from there; any other text is parsed.
 */
function versionOf(text: string): number | undefined {
  const start = /^\{"v":(\d+),"data":/.exec(text);
  if (start) return Number(start[1]);
  return parseEnvelope(text)?.v;
}

function fresh<T>(defaults: T): T {
  // A copy, so that a caller changing what it got cannot change the defaults for next time.
  try {
    return structuredClone(defaults);
  } catch {
    return defaults;
  }
}

/**
 * Copies `text` to the first free (or identical) aside slot of `key`; the slot's key, or undefined
 * (then `key` is held: its unreadable text is never overwritten).
 */
function keepAsideIn(
  kv: KeyValueStore,
  prefix: string,
  held: Map<string, StorageProblem>,
  key: string,
  text: string,
): string | undefined {
  for (let n = 1; n <= MAX_ASIDE_COPIES; n++) {
    const slot = `${ASIDE_PREFIX}${key}${n === 1 ? '' : `#${n}`}`;
    try {
      const there = kv.get(prefix + slot);
      if (there === text) return slot;
      if (there !== null && there !== undefined) continue;
      kv.set(prefix + slot, text);
      return slot;
    } catch (err) {
      held.set(key, isQuotaError(err) ? 'storage/full' : 'storage/unavailable');
      return undefined;
    }
  }
  held.set(key, 'storage/full');
  return undefined;
}

/** Writes `value` under its version at `fullKey`, unless a newer version of the game wrote what is there. */
function saveIn(kv: KeyValueStore, fullKey: string, value: unknown, version: number): SaveResult {
  let text: string;
  try {
    text = JSON.stringify({ v: version, data: value });
  } catch {
    // Not serialisable (a cycle, a BigInt): a programming error, but never a crash for the player.
    return { ok: false, problem: 'storage/invalid' };
  }
  try {
    const before = kv.get(fullKey);
    const there = typeof before === 'string' ? versionOf(before) : undefined;
    if (there !== undefined && there > version) return { ok: false, problem: 'storage/newer' };
    kv.set(fullKey, text);
    return { ok: true };
  } catch (err) {
    return { ok: false, problem: isQuotaError(err) ? 'storage/full' : 'storage/unavailable' };
  }
}

/** The keys of the records under `prefix` (none when the store cannot list them). */
function keysIn(kv: KeyValueStore, prefix: string): string[] {
  try {
    return kv
      .keys()
      .filter((k) => typeof k === 'string' && k.startsWith(prefix))
      .map((k) => k.slice(prefix.length));
  } catch {
    return [];
  }
}

export function createRecordStore(kv: KeyValueStore, namespace: string): RecordStore {
  const prefix = `${namespace}:`;
  const fullKey = (key: string) => prefix + key;
  /** Keys whose unreadable text could not be kept aside: they are never overwritten either. */
  const held = new Map<string, StorageProblem>();

  const keepAside = (key: string, text: string) => keepAsideIn(kv, prefix, held, key, text);

  const failAside = <T>(key: string, text: string, defaults: T, problem: StorageProblem): Loaded<T> => {
    const aside = keepAside(key, text);
    return aside ? { value: fresh(defaults), problem, aside } : { value: fresh(defaults), problem };
  };

  return {
    namespace,

    load<T>(
      key: string,
      validate: Validator<T>,
      defaults: T,
      version = DEFAULT_VERSION,
      options?: LoadOptions,
    ): Loaded<T> {
      const failed = <D>(_: string, text: string, dflt: D, problem: StorageProblem): Loaded<D> =>
        options?.aside === false ? { value: fresh(dflt), problem } : failAside(key, text, dflt, problem);
      let text: string | null;
      try {
        text = kv.get(fullKey(key));
      } catch {
        return { value: fresh(defaults), problem: 'storage/unavailable' };
      }
      if (text === null || text === undefined) return { value: fresh(defaults) };
      if (typeof text !== 'string') return { value: fresh(defaults), problem: 'storage/corrupt' };

      const envelope = parseEnvelope(text);
      if (!envelope) return failed(key, text, defaults, 'storage/corrupt');
      if (envelope.v > version) return { value: fresh(defaults), problem: 'storage/newer' };
      if (envelope.v !== version) return failed(key, text, defaults, 'storage/version');

      let value: T | Salvaged<T> | undefined;
      try {
        value = validate(envelope.data);
      } catch {
        value = undefined;
      }
      if (value === undefined) return failed(key, text, defaults, 'storage/invalid');
      if (value instanceof Salvaged) {
        if (value.lost === 0) return { value: value.value };
        const aside = options?.aside === false ? undefined : keepAside(key, text);
        return { value: value.value, problem: 'storage/partial', lost: value.lost, ...(aside ? { aside } : {}) };
      }
      return { value };
    },

    save(key: string, value: unknown, version = DEFAULT_VERSION): SaveResult {
      if (value === undefined) return { ok: false, problem: 'storage/invalid' };
      const hold = held.get(key);
      return hold ? { ok: false, problem: hold } : saveIn(kv, fullKey(key), value, version);
    },

    remove(key: string): SaveResult {
      try {
        kv.remove(fullKey(key));
        held.delete(key);
        return { ok: true };
      } catch {
        return { ok: false, problem: 'storage/unavailable' };
      }
    },

    keys(): string[] {
      return keysIn(kv, prefix);
    },
  };
}
