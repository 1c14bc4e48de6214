/**
 * Locate on the map.
 * - `country`: click the one country `targets[0]`.
 * - `city`: click a point within `toleranceKm` of city `targets[0]` (partial credit to 3× that).
 * - `countries`: select every country in `targets` (partial credit), then confirm ("find every…" drills).
 */
import { numberOf } from '../../authoring/edits.ts';
import * as v from 'valibot';
import type { QuestionBase, Response } from '../../content/types.ts';
import { distanceKm, type LonLat } from '../../round/distance.ts';
import type { MapPlace, MapPlaces } from '../../export/items.ts';
import {
  COORD_SCALE,
  noNegZero,
  onlyKeys,
  readTokens,
  RESPONSE_LIMITS,
  tokenList,
  writeTokens,
} from '../../share/responseTokens.ts';
import { duplicates, type MapAsk, type TypeModule } from '../kind.ts';

/** Result-code tags (share/response.ts): places picked, and a point on the map. */
const TAG_PLACES = 4;
const TAG_POINT = 5;
/** How many wrong names a map question offers beside its right ones when exported as a choice. */
export const MAP_DISTRACTORS = 3;
import { FiniteSchema } from '../schema.ts';

const COUNTRY_ID = /^[A-Z]{3}$/;
const CITY_ID = /^[a-z0-9-]+$/;

export interface LocateQuestion extends QuestionBase {
  type: 'locate';
  mode: 'country' | 'city' | 'countries';
  targets: string[];
  toleranceKm?: number;
}

/** The responses that answer it. */
export type LocateResponse = { type: 'locate'; places: string[] } | { type: 'locate-point'; lon: number; lat: number };

export const locate: TypeModule<LocateQuestion, LocateResponse> = {
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
  responses: {
    locate: {
      tags: [TAG_PLACES],
      validate: (x) => {
        const places = onlyKeys(x, ['type', 'places']) ? tokenList(x.places, 0) : null;
        return places ? { type: 'locate', places } : null;
      },
      write: (w, r, dict) => writeTokens(w.uint(TAG_PLACES), r.places, dict),
      read: (r, _tag, dict) => ({ type: 'locate', places: readTokens(r, dict, RESPONSE_LIMITS.maxItems) }),
      text: (r, _q, _words, texts) => r.places.map((p) => texts.place(p)).join(texts.word('listSeparator')),
    },
    'locate-point': {
      tags: [TAG_POINT],
      validate: (x) => {
        const { lon, lat } = x;
        if (!onlyKeys(x, ['type', 'lon', 'lat']) || typeof lon !== 'number' || typeof lat !== 'number') return null;
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return null;
        return { type: 'locate-point', lon: noNegZero(lon), lat: noNegZero(lat) };
      },
      normalise: (r) => ({
        type: 'locate-point',
        lon: noNegZero(Math.round(r.lon * COORD_SCALE) / COORD_SCALE),
        lat: noNegZero(Math.round(r.lat * COORD_SCALE) / COORD_SCALE),
      }),
      write: (w, r) => {
        w.uint(TAG_POINT)
          .int(Math.round(r.lon * COORD_SCALE))
          .int(Math.round(r.lat * COORD_SCALE));
      },
      read: (r) => ({
        type: 'locate-point',
        lon: noNegZero(r.int(180 * COORD_SCALE) / COORD_SCALE),
        lat: noNegZero(r.int(90 * COORD_SCALE) / COORD_SCALE),
      }),
      text: (r, _q, _words, texts) => `${texts.formatNumber(round2(r.lat))}°, ${texts.formatNumber(round2(r.lon))}°`,
    },
  },
  // A city to find is a point, not a shape: it takes a little longer than its one target says.
  time: {
    fixed: 0.75,
    perItem: 0.25,
    items: (q) => (q.mode === 'countries' ? q.targets.length : 1),
    extra: (q) => (q.mode === 'city' ? 0.25 : 0),
  },
  exportItem: (q, { texts, exportWords, places }) => ({
    kind: 'choice',
    multiple: q.mode === 'countries',
    note: exportWords.mapNote,
    options: mapOptions(q, places).map((p) => ({ text: texts.place(p), correct: q.targets.includes(p) })),
  }),
  // A 'countries' question says how many to pick; which ones stays secret.
  publicView: (q, base) => ({
    ...base,
    type: 'locate',
    mode: q.mode,
    targets: q.mode === 'countries' ? q.targets.map(() => '') : [],
  }),
  map: (q) => ({ mode: q.mode, targets: q.targets }),
  live: {
    picks: (r) =>
      r.type === 'locate'
        ? r.places.map((place) => ({ place }))
        : r.type === 'locate-point'
          ? [{ lon: r.lon, lat: r.lat }]
          : [],
  },
  cues: () => null,
  authoring: {
    toDraft: (q) => ({ mode: q.mode, targets: [...q.targets], toleranceKm: String(q.toleranceKm ?? 100) }),
    fromDraft: (d, base) => ({
      ...base,
      type: 'locate',
      mode: d.mode,
      targets: [...d.targets],
      ...(d.mode === 'city' ? { toleranceKm: numberOf(d.toleranceKm) } : {}),
    }),
    standIn: (q) => (q.toleranceKm !== undefined && !Number.isFinite(q.toleranceKm) ? { ...q, toleranceKm: 1 } : q),
  },
};

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The names a map question offers: its targets and the MAP_DISTRACTORS nearest other places of
 * the same kind (countries or cities), sorted by id so the right one's position says nothing.
 */
export function mapOptions(q: MapAsk, places: MapPlaces): string[] {
  const pool = q.mode === 'city' ? places.cities : places.countries;
  const targets = q.mode === 'countries' ? q.targets : q.targets.slice(0, 1);
  const at = targets.map((id) => pool.find((p) => p.id === id)).filter((p): p is MapPlace => p !== undefined);
  const nearest = (p: MapPlace) => Math.min(...at.map((t) => distanceKm(p, t)));
  const others = pool
    .filter((p) => !targets.includes(p.id))
    .map((p) => ({ id: p.id, d: at.length ? nearest(p) : 0 }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, MAP_DISTRACTORS)
    .map((p) => p.id);
  return [...targets, ...others].sort((a, b) => a.localeCompare(b));
}

function locateCorrectness(
  q: LocateQuestion,
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
