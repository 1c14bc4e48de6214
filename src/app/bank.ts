import pack from '../../assets/content/niger-coup-2023.json';
import places from '../../assets/map/places.json';
import stage from '../../assets/content/niger-coup-2023.stage.json';
import type { ContentPack, Question } from '../core/content/types.ts';
import type { Bank } from '../core/round/engine.ts';
import type { StageData } from '../geo/stage.ts';

/** The article's question bank, checked at build time (see scripts/vite-plugin-content.ts). */
export const contentPack = pack as ContentPack;

const byId = new Map<string, Question>(contentPack.questions.map((q) => [q.id, q]));
const cities = places.cities as Record<string, { lon: number; lat: number }>;

export const bank: Bank = {
  question: (id) => byId.get(id),
  placeCoords: (id) => {
    const c = cities[id];
    return c ? { lon: c.lon, lat: c.lat } : undefined;
  },
};

/** What the map frames and names for each fact of the pack (see geo/stage.ts). */
export const stageData = stage as unknown as StageData;
