/** The question bank the live server scores against: the same content the game ships. */
import pack from '../assets/content/niger-coup-2023.json' with { type: 'json' };
import places from '../assets/map/places.json' with { type: 'json' };
import type { ContentPack, Question } from '../src/core/content/types.ts';
import type { Bank } from '../src/core/round/engine.ts';

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
