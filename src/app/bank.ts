import places from '../../assets/map/places.json';
import type { ContentPack, Question } from '../core/content/types.ts';
import type { Bank } from '../core/round/engine.ts';
import { activePack } from './packs.ts';

/** The pack being played (content/<pack-id>/, checked at build time: see scripts/vite-plugin-content.ts). */
export const contentPack: ContentPack = activePack().pack;

const byId = new Map<string, Question>(contentPack.questions.map((q) => [q.id, q]));
const cities = places.cities as Record<string, { lon: number; lat: number }>;

export const bank: Bank = {
  question: (id) => byId.get(id),
  placeCoords: (id) => {
    const c = cities[id];
    return c ? { lon: c.lon, lat: c.lat } : undefined;
  },
};
