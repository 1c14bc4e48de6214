/**
 * Typed, versioned records over a KeyValueStore.
 *
 * Each record is its own key, `<namespace>:<key>`, holding `{"v": <version>, "data": …}`, so one
 * damaged record never takes the others with it. Nothing here throws to the caller: a read
 * that fails gives the defaults and a problem code; a write that fails says why.
 */
import type { KeyValueStore } from './keyValueStore.ts';
import { isQuotaError, type StorageProblem } from './problems.ts';

/**
 * Checks (and may tidy) data read back from storage: returns the value, or undefined when the
 * data is not acceptable. It may also throw; that counts as undefined.
 */
export type Validator<T> = (data: unknown) => T | undefined;

export interface Loaded<T> {
  value: T;
  /** Set when the saved record could not be used and `value` is the defaults. */
  problem?: StorageProblem;
}

export type SaveResult = { ok: true } | { ok: false; problem: StorageProblem };

export interface RecordStore {
  readonly namespace: string;
  /**
   * The record under `key`, checked by `validate`. Missing → defaults, no problem.
   * Unreadable, another version, or failing `validate` → defaults and a problem code.
   */
  load<T>(key: string, validate: Validator<T>, defaults: T, version?: number): Loaded<T>;
  /** Stores `value` (JSON-serialisable) as version `version` (default 1). */
  save(key: string, value: unknown, version?: number): SaveResult;
  /** Forgets the record under `key`. */
  remove(key: string): SaveResult;
  /** The keys of this namespace's records (without the namespace prefix). */
  keys(): string[];
}

const DEFAULT_VERSION = 1;

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
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { v } = parsed as { v?: unknown };
  if (typeof v !== 'number' || !Number.isInteger(v) || !('data' in parsed)) return undefined;
  return { v, data: (parsed as { data: unknown }).data };
}

function fresh<T>(defaults: T): T {
  // A copy, so that a caller changing what it got cannot change the defaults for next time.
  try {
    return structuredClone(defaults);
  } catch {
    return defaults;
  }
}

export function createRecordStore(kv: KeyValueStore, namespace: string): RecordStore {
  const prefix = `${namespace}:`;
  const fullKey = (key: string) => prefix + key;

  return {
    namespace,

    load<T>(key: string, validate: Validator<T>, defaults: T, version = DEFAULT_VERSION): Loaded<T> {
      let text: string | null;
      try {
        text = kv.get(fullKey(key));
      } catch {
        return { value: fresh(defaults), problem: 'storage/unavailable' };
      }
      if (text === null || text === undefined) return { value: fresh(defaults) };
      if (typeof text !== 'string') return { value: fresh(defaults), problem: 'storage/corrupt' };

      const envelope = parseEnvelope(text);
      if (!envelope) return { value: fresh(defaults), problem: 'storage/corrupt' };
      if (envelope.v !== version) return { value: fresh(defaults), problem: 'storage/version' };

      let value: T | undefined;
      try {
        value = validate(envelope.data);
      } catch {
        value = undefined;
      }
      if (value === undefined) return { value: fresh(defaults), problem: 'storage/invalid' };
      return { value };
    },

    save(key: string, value: unknown, version = DEFAULT_VERSION): SaveResult {
      if (value === undefined) return { ok: false, problem: 'storage/invalid' };
      let text: string;
      try {
        text = JSON.stringify({ v: version, data: value });
      } catch {
        // Not serialisable (a cycle, a BigInt): a programming error, but never a crash for the player.
        return { ok: false, problem: 'storage/invalid' };
      }
      try {
        kv.set(fullKey(key), text);
        return { ok: true };
      } catch (err) {
        return { ok: false, problem: isQuotaError(err) ? 'storage/full' : 'storage/unavailable' };
      }
    },

    remove(key: string): SaveResult {
      try {
        kv.remove(fullKey(key));
        return { ok: true };
      } catch {
        return { ok: false, problem: 'storage/unavailable' };
      }
    },

    keys(): string[] {
      try {
        return kv
          .keys()
          .filter((k) => typeof k === 'string' && k.startsWith(prefix))
          .map((k) => k.slice(prefix.length));
      } catch {
        return [];
      }
    },
  };
}
