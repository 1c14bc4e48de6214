import places from '../../assets/map/places.json';
import type { ContentPack } from '../core/content/types.ts';
import type { Bank } from '../core/round/engine.ts';
import type { StageData } from '../geo/stage.ts';
import { bankOf } from '../core/round/bank.ts';
import { activePack, DEFAULT_PACK_ID } from './packs.ts';

/** The pack being played (content/<pack-id>/, checked at build time: see scripts/vite-plugin-content.ts). */
export const contentPack: ContentPack = activePack().pack;

export const bank: Bank = bankOf(contentPack, places.cities as Record<string, { lon: number; lat: number }>);

/** What the map frames and names for each fact of the pack (see geo/stage.ts). */
const stages = import.meta.glob<StageData>('/content/*/stage.json', { eager: true, import: 'default' });

/**
 * How the map stages the active pack's questions (content/<pack-id>/stage.json: the places each
 * fact's story names, and the map's regions). A pack without one keeps the default pack's regions,
 * so its map questions still frame a region, and frames other questions on the whole area.
 */
export const stageData: StageData = stages[`/content/${contentPack.id}/stage.json`] ?? {
  regions: stages[`/content/${DEFAULT_PACK_ID}/stage.json`]?.regions ?? [],
  facts: {},
};
