/**
 * The smallest storage the game needs: string keys to string values.
 * The browser's localStorage fits it (see src/platform/localStore.ts); tests use the memory store.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  /** May throw: a full store throws an error named 'QuotaExceededError'. */
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Every key currently stored. */
  keys(): string[];
}

/** A store that lives as long as the page: for tests, and where the browser allows no storage. */
export function createMemoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const map = new Map<string, string>(Object.entries(initial));
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => {
      map.set(key, String(value));
    },
    remove: (key) => {
      map.delete(key);
    },
    keys: () => [...map.keys()],
  };
}
