/**
 * Locate on the map.
 * - `country`: click the one country `targets[0]`.
 * - `city`: click a point within `toleranceKm` of city `targets[0]` (partial credit to 3× that).
 * - `countries`: select every country in `targets` (partial credit), then confirm ("find every…" drills).
 */
import * as v from 'valibot';
import type { Response } from '../../content/types.ts';
import { distanceKm, type LonLat } from '../../round/distance.ts';
import { duplicates, type QuestionKind, type QuestionOf } from '../kind.ts';
import { FiniteSchema } from '../schema.ts';

const COUNTRY_ID = /^[A-Z]{3}$/;
const CITY_ID = /^[a-z0-9-]+$/;

export const locate: QuestionKind<'locate'> = {
  type: 'locate',
  schema: {
    mode: v.picklist(['country', 'city', 'countries']),
    targets: v.array(v.string()),
    toleranceKm: v.optional(FiniteSchema),
  },
  problems(q, ctx) {
    const out: string[] = [];
    if (q.targets.length === 0) out.push('has no map target');
    if (q.mode !== 'countries' && q.targets.length > 1)
      out.push(`${q.mode} mode takes one target, has ${q.targets.length}`);
    for (const t of duplicates(q.targets)) out.push(`map target ${t} listed twice`);
    for (const t of q.targets) {
      if (!ctx.placeIds.has(t)) out.push(`map target ${t} is not on the map`);
      else if (q.mode === 'city' && !CITY_ID.test(t)) out.push(`city mode needs a city, ${t} is a country`);
      else if (q.mode !== 'city' && !COUNTRY_ID.test(t)) out.push(`${q.mode} mode needs countries, ${t} is a city`);
    }
    if (q.mode === 'city' && !(q.toleranceKm !== undefined && q.toleranceKm > 0)) {
      out.push('city mode needs a toleranceKm above 0');
    }
    return out;
  },
  textGroups: () => ({}),
  hasUnit: false,
  score: locateCorrectness,
  correctResponse: (q) => ({
    type: 'locate',
    places: q.mode === 'countries' ? [...q.targets] : [q.targets[0] as string],
  }),
  tokens: (q) => q.targets,
};

function locateCorrectness(
  q: QuestionOf<'locate'>,
  r: Response,
  placeCoords: (id: string) => LonLat | undefined,
): number | null {
  const target = q.targets[0];
  if (target === undefined) return null;
  if (q.mode === 'city') {
    let point: LonLat | undefined;
    if (r.type === 'locate-point') point = { lon: r.lon, lat: r.lat };
    else if (r.type === 'locate' && r.places.length === 1) point = placeCoords(r.places[0] as string);
    const goal = placeCoords(target);
    if (!point || !goal || !Number.isFinite(point.lon) || !Number.isFinite(point.lat)) return null;
    return cityCorrectness(distanceKm(point, goal), q.toleranceKm ?? 100);
  }
  if (r.type !== 'locate') return null;
  if (q.mode === 'country') {
    if (r.places.length !== 1) return null;
    return r.places[0] === target ? 1 : 0;
  }
  const picked = new Set(r.places);
  const targets = new Set(q.targets);
  let hits = 0;
  let misses = 0;
  for (const p of picked) targets.has(p) ? hits++ : misses++;
  return Math.max(0, (hits - misses) / targets.size);
}

/** Full marks within the tolerance, then linearly down to 0 at three times the tolerance. */
export function cityCorrectness(km: number, toleranceKm: number): number {
  if (km <= toleranceKm) return 1;
  if (km >= 3 * toleranceKm) return 0;
  return 1 - (km - toleranceKm) / (2 * toleranceKm);
}
