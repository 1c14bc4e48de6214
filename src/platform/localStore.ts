/**
 * A KeyValueStore over the browser's localStorage that never leaves the game without storage.
 *
 * Some browsers throw on merely touching `localStorage` (blocked cookies, some private windows),
 * or have none. Then — at start or the first time any access throws other than for a full
 * quota — it switches to memory for the rest of the page's life and reports
 * 'storage/unavailable' once, through `onProblem` and `problem`.
 * A full quota is not "unavailable": set() rethrows it so the record store reports 'storage/full'
 * (unless the store is empty: a zero quota means no storage at all).
 */
import { createMemoryStore, isQuotaError } from '../core/storage/index.ts';
import type { KeyValueStore, StorageProblem } from '../ports/storage.ts';

/** The part of the Web Storage API this uses. */
export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface LocalStore extends KeyValueStore {
  /** 'storage/unavailable' once the store has fallen back to memory; else null. */
  readonly problem: StorageProblem | null;
}

export interface LocalStoreOptions {
  /** Where to find the Web Storage; by default `window.localStorage` (which may throw). */
  getStorage?: () => WebStorage | null | undefined;
  /** Called once, when the store falls back to memory. */
  onProblem?: (problem: StorageProblem) => void;
}

function defaultStorage(): WebStorage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

function isEmpty(web: WebStorage): boolean {
  try {
    return web.length === 0;
  } catch {
    return true;
  }
}

/** The browser's storage when it can be used; null when it is missing or throws on use. */
function probe(getStorage: () => WebStorage | null | undefined): WebStorage | null {
  try {
    const found = getStorage();
    // Touch it once: some browsers hand out an object that throws on every use.
    found?.getItem('__probe__');
    return found ?? null;
  } catch {
    return null;
  }
}

export function createLocalStore(options: LocalStoreOptions = {}): LocalStore {
  const { getStorage = defaultStorage, onProblem } = options;
  let web: WebStorage | null = null;
  let memory: KeyValueStore | null = null;
  let problem: StorageProblem | null = null;

  const fallBack = (): KeyValueStore => {
    if (!memory) {
      memory = createMemoryStore();
      web = null;
      problem = 'storage/unavailable';
      onProblem?.(problem);
    }
    return memory;
  };

  web = probe(getStorage);
  if (!web) fallBack();

  return {
    get problem() {
      return problem;
    },
    get(key) {
      if (web) {
        try {
          return web.getItem(key);
        } catch {
          // fall through to memory
        }
      }
      return fallBack().get(key);
    },
    set(key, value) {
      if (web) {
        try {
          web.setItem(key, value);
          return;
        } catch (err) {
          // A quota error on an empty store is a store with no room at all (old Safari private
          // windows): unavailable, not full.
          if (isQuotaError(err) && !isEmpty(web)) throw err;
        }
      }
      fallBack().set(key, value);
    },
    remove(key) {
      if (web) {
        try {
          web.removeItem(key);
          return;
        } catch {
          // fall through to memory
        }
      }
      fallBack().remove(key);
    },
    keys() {
      if (web) {
        try {
          const out: string[] = [];
          for (let i = 0; i < web.length; i++) {
            const k = web.key(i);
            if (k !== null) out.push(k);
          }
          return out;
        } catch {
          // fall through to memory
        }
      }
      return fallBack().keys();
    },
  };
}
