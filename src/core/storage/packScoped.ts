/**
 * Records per content pack: progress, the saved round, teachers' rounds, class results… belong to
 * one pack, so two packs with the same question or fact ids never mix. The default pack keeps the
 * game's original namespace, so everything stored before packs existed keeps working unchanged;
 * another pack's records live under `<namespace>@<pack-id>`. Settings stay shared by every pack.
 */
import { LIVE_SEAT_KEY } from '../live/code.ts';
import { SETTINGS_KEY } from '../settings.ts';
import type { KeyValueStore } from './keyValueStore.ts';
import { createRecordStore, type RecordStore } from './recordStore.ts';

/** Keys shared by every pack: the player's settings, and a phone's seat in a live game (of any pack). */
const SHARED_KEYS: readonly string[] = [SETTINGS_KEY, LIVE_SEAT_KEY];

export function packNamespace(namespace: string, packId: string, defaultPackId: string): string {
  return packId === defaultPackId ? namespace : `${namespace}@${packId}`;
}

export function packRecordStore(
  kv: KeyValueStore,
  namespace: string,
  packId: string,
  defaultPackId: string,
): RecordStore {
  const shared = createRecordStore(kv, namespace);
  if (packId === defaultPackId) return shared;
  const own = createRecordStore(kv, packNamespace(namespace, packId, defaultPackId));
  const pick = (key: string) => (SHARED_KEYS.includes(key) ? shared : own);
  return {
    namespace: own.namespace,
    load: (key, validate, defaults, version) => pick(key).load(key, validate, defaults, version),
    save: (key, value, version) => pick(key).save(key, value, version),
    remove: (key) => pick(key).remove(key),
    keys: () => [...new Set([...own.keys(), ...shared.keys().filter((k) => SHARED_KEYS.includes(k))])],
  };
}
