import places from '../../assets/map/places.json';
import type { ContentPack } from '../core/content/types.ts';
import type { Bank } from '../core/round/engine.ts';
import { bankOf } from '../core/round/bank.ts';

/** The round engine's bank for a pack (content/<pack-id>/ checked at build time, or a teacher's pack checked when read). */
export function bankFor(pack: ContentPack): Bank {
  return bankOf(pack, places.cities as Record<string, { lon: number; lat: number }>);
}
