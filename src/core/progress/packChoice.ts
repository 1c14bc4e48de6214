/**
 * The packs a student can choose on the title screen, each with the student's progress in it
 * (facts mastered, read from that pack's own records). Needs no pack's questions, only how many facts
 * it has: its records hold only its own facts (a fact dropped by a newer version of the pack still
 * counts until the student plays it again, never beyond the total).
 */
import type { PackMeta } from '../content/pack.ts';
import type { KeyValueStore } from '../storage/index.ts';
import { packRecordStore } from '../storage/packScoped.ts';
import { loadProgress } from './index.ts';
import { MASTERED_BOX } from './report.ts';

/** A pack as the title lists it (app/packs.ts's PackEntry). */
export interface PackListing {
  id: string;
  meta: PackMeta;
  /** How many facts it asks about. */
  factCount: number;
  /** A teacher's pack saved on this device. */
  authored: boolean;
}

export interface PackChoice {
  id: string;
  meta: PackMeta;
  /** A teacher's pack saved on this device ("by your teacher"). */
  authored: boolean;
  mastered: number;
  total: number;
  active: boolean;
}

export function packChoices(
  kv: KeyValueStore,
  namespace: string,
  all: readonly PackListing[],
  activeId: string,
  defaultId: string,
): PackChoice[] {
  return all.map((entry) => {
    const progress = loadProgress(packRecordStore(kv, namespace, entry.id, defaultId)).value;
    const mastered = Object.values(progress.facts).filter((f) => (f?.box ?? 0) >= MASTERED_BOX).length;
    return {
      id: entry.id,
      meta: entry.meta,
      authored: entry.authored,
      mastered: Math.min(mastered, entry.factCount),
      total: entry.factCount,
      active: entry.id === activeId,
    };
  });
}
