import type { ContentPack, Question } from '../content/types.ts';
import type { Bank } from './engine.ts';

/** The bank a round asks from: a pack's questions by id, and the map's cities by id. */
export function bankOf(pack: ContentPack, cities: Readonly<Record<string, { lon: number; lat: number }>>): Bank {
  const byId = new Map<string, Question>(pack.questions.map((q) => [q.id, q]));
  return {
    question: (id) => byId.get(id),
    placeCoords: (id) => {
      const c = cities[id];
      return c ? { lon: c.lon, lat: c.lat } : undefined;
    },
  };
}
