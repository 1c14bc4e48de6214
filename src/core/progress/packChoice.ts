/**
 * The packs a student can choose on the title screen, each with the student's progress in it
 * (facts mastered, read from that pack's own records).
 */
import type { LoadedPack } from '../content/pack.ts';
import { loadProgress, mastery } from './index.ts';
import type { KeyValueStore } from '../storage/index.ts';
import { packRecordStore } from '../storage/packScoped.ts';

export interface PackChoice {
  id: string;
  loaded: LoadedPack;
  mastered: number;
  total: number;
  active: boolean;
}

export function packChoices(
  kv: KeyValueStore,
  namespace: string,
  all: readonly LoadedPack[],
  activeId: string,
  defaultId: string,
): PackChoice[] {
  return all.map((loaded) => {
    const progress = loadProgress(packRecordStore(kv, namespace, loaded.pack.id, defaultId)).value;
    const rows = mastery(loaded.pack, progress);
    return {
      id: loaded.pack.id,
      loaded,
      mastered: rows.reduce((n, r) => n + r.mastered, 0),
      total: rows.reduce((n, r) => n + r.total, 0),
      active: loaded.pack.id === activeId,
    };
  });
}
