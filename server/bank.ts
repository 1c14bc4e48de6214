/**
 * The question banks the live server scores against: every pack the game ships, read from content/<pack-id>/
 * on the Node side (scripts/content/packs.ts, the reader content:check and the build use), so a room plays
 * the pack its host chose. A pack folder that does not check stops the server with its problems listed.
 */
import { fileURLToPath } from 'node:url';
import places from '../assets/map/places.json' with { type: 'json' };
import { loadPack, packIds } from '../scripts/content/packs.ts';
import type { ContentPack } from '../src/core/content/types.ts';
import type { PackId } from '../src/core/live/protocol.ts';
import { bankOf } from '../src/core/round/bank.ts';
import type { Bank } from '../src/core/round/engine.ts';

/** The pack a host page from before packs (which names none) means. */
export const DEFAULT_PACK_ID = 'niger-coup-2023';

export interface ServedPack {
  pack: ContentPack;
  bank: Bank;
}

const root = fileURLToPath(new URL('../', import.meta.url));
const cities = places.cities as Record<string, { lon: number; lat: number }>;

export const servedPacks: ReadonlyMap<string, ServedPack> = new Map(
  packIds(root).map((id) => {
    const { pack } = loadPack(root, id);
    return [id, { pack, bank: bankOf(pack, cities) }];
  }),
);

/** The pack a host asks for (id and version), or why it cannot be served: an i18n key under live.errors. */
export function servedPack(
  asked: PackId | undefined,
): { ok: true; value: ServedPack } | { ok: false; error: 'live/unknown_pack' | 'live/other_version' } {
  const served = servedPacks.get(asked?.id ?? DEFAULT_PACK_ID);
  if (!served) return { ok: false, error: 'live/unknown_pack' };
  if (asked && asked.version !== served.pack.version) return { ok: false, error: 'live/other_version' };
  return { ok: true, value: served };
}
