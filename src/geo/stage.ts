import { countryAt } from './hitTest.ts';
import { distanceKm, EARTH_RADIUS_KM } from '../core/round/distance.ts';
import { FOCUS, type LonLatBox } from './frame.ts';
import type { MapData } from './mapData.ts';

/**
 * The map as the stage: what each question shows on the map, decided from question data alone.
 * Pure and serialisable in and out (plain objects), so it can run in a worker; the map scene
 * only flies to the frame it is given and labels the names it is given.
 *
 * - A question that is not a map question frames the places its story names (Niamey for the
 *   protests, Abuja for the summit…), with room around them, and names them.
 * - A map question must not give its answer away: it frames one of a few fixed regions of the
 *   pack, chosen so that every target is in view among its neighbours and away from the centre
 *   (never a frame centred on the answer). Names of the kind it asks for are hidden.
 * - The reveal frames the answer tightly (and the player's pick, so a miss is seen) and names it.
 */

/** The fields of a question the stage needs (a subset of core's Question). */
export interface StageQuestion {
  fact: string;
  /** A map question's kind of place (its type's module says which questions are on the map); absent: not on the map. */
  mode?: 'country' | 'city' | 'countries';
  targets?: string[];
}

/** The pack's stage data (content/<pack-id>/stage.json). */
export interface StageData {
  /** Regions a map question may frame, [west, south, east, north] in degrees. */
  regions: [number, number, number, number][];
  /** Fact → the places its story names (ids of places.json), first the main one. */
  facts: Record<string, string[]>;
}

export interface StageRequest {
  question: StageQuestion;
  phase: 'asking' | 'reveal';
  /** What the player picked, for the reveal. */
  given?: string[];
  point?: { lon: number; lat: number };
}

export interface StagePlan {
  /** What the camera should show whole. */
  frame: LonLatBox;
  /** Places to name (they win label space over every other name). */
  name: string[];
  /** Kinds of names hidden because the question asks for a place of that kind. */
  hide: { countries: boolean; cities: boolean };
}

const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;
/** A story about one city still shows its neighbours: a frame is at least this many degrees wide. */
const MIN_STORY_DEG = 14;
const MIN_REVEAL_DEG = 7;
/** A story frames its main place and the named places within this distance of it. */
const STORY_RADIUS_KM = 2200;
/** A map question's frame keeps its centre this share of its smaller side away from each target. */
export const CENTRE_CLEARANCE = 0.15;

/** A place's box in degrees: a city's point, or a country's bounds trimmed to its main land (no far islands). */
export function placeBox(geo: MapData, id: string): LonLatBox | undefined {
  const city = geo.cities.find((c) => c.id === id);
  if (city) return { west: city.lon, east: city.lon, south: city.lat, north: city.lat };
  const c = geo.countries.find((x) => x.id === id);
  if (!c) return undefined;
  const half = (1.5 * Math.sqrt(c.areaSr) * EARTH_RADIUS_KM) / KM_PER_DEG;
  const [[w, s], [e, n]] = c.bounds;
  const [ax, ay] = c.anchor;
  return {
    west: Math.max(w, ax - half),
    east: Math.min(e, ax + half),
    south: Math.max(s, ay - half),
    north: Math.min(n, ay + half),
  };
}

/** Where a place's name or marker is (a country's label point). */
function placePoint(geo: MapData, id: string): { lon: number; lat: number } | undefined {
  const city = geo.cities.find((c) => c.id === id);
  if (city) return city;
  const c = geo.countries.find((x) => x.id === id);
  return c ? { lon: c.anchor[0], lat: c.anchor[1] } : undefined;
}

export function union(boxes: readonly LonLatBox[]): LonLatBox | undefined {
  if (boxes.length === 0) return undefined;
  return {
    west: Math.min(...boxes.map((b) => b.west)),
    east: Math.max(...boxes.map((b) => b.east)),
    south: Math.min(...boxes.map((b) => b.south)),
    north: Math.max(...boxes.map((b) => b.north)),
  };
}

/** Box grown by `share` of its size on each side, and to at least `minDeg` wide and tall. */
export function pad(b: LonLatBox, share: number, minDeg: number): LonLatBox {
  const cx = (b.west + b.east) / 2;
  const cy = (b.south + b.north) / 2;
  const w = Math.max(minDeg, (b.east - b.west) * (1 + 2 * share));
  const h = Math.max(minDeg * 0.75, (b.north - b.south) * (1 + 2 * share));
  return { west: cx - w / 2, east: cx + w / 2, south: cy - h / 2, north: cy + h / 2 };
}

function contains(outer: LonLatBox, inner: LonLatBox, margin: number): boolean {
  const mx = (outer.east - outer.west) * margin;
  const my = (outer.north - outer.south) * margin;
  return (
    inner.west >= outer.west + mx &&
    inner.east <= outer.east - mx &&
    inner.south >= outer.south + my &&
    inner.north <= outer.north - my
  );
}

export function centre(b: LonLatBox): { lon: number; lat: number } {
  return { lon: (b.west + b.east) / 2, lat: (b.south + b.north) / 2 };
}

/**
 * A region of the pack that shows every target among its neighbours without centring any: it
 * holds each target whole, its centre lies in none of them and is at least CENTRE_CLEARANCE of
 * its smaller side from each target's label point or city. The smallest such region wins; if
 * none fits, the whole focus area.
 */
export function mapQuestionFrame(geo: MapData, targets: readonly string[], regions: StageData['regions']): LonLatBox {
  const boxes = targets.map((id) => placeBox(geo, id)).filter((b): b is LonLatBox => b !== undefined);
  const points = targets.map((id) => placePoint(geo, id)).filter((p) => p !== undefined);
  // Smallest first, and the costly test (which country holds the centre) last, for the first
  // candidates only: a question staged on a slow phone must not be a long task (issue 20).
  const fit = regions
    .map(([west, south, east, north]) => ({ west, south, east, north }))
    .filter((r) => boxes.every((b) => contains(r, b, 0.04)))
    .sort((a, b) => (a.east - a.west) * (a.north - a.south) - (b.east - b.west) * (b.north - b.south))
    .find((r) => {
      const c = centre(r);
      const side = Math.min(r.east - r.west, r.north - r.south);
      if (!points.every((p) => Math.hypot(p.lon - c.lon, p.lat - c.lat) >= CENTRE_CLEARANCE * side)) return false;
      const inTarget = countryUnder(geo, c);
      return !(inTarget && targets.includes(inTarget));
    });
  return fit ?? FOCUS;
}

/** The country holding a region's centre ([west, south, east, north]): remembered, so it can be asked ahead. */
export function regionCentreCountry(
  geo: MapData,
  [west, south, east, north]: StageData['regions'][number],
): string | null {
  return countryUnder(geo, centre({ west, south, east, north }));
}

/** The country at a point, remembered per map (the regions' centres are asked about again and again). */
const UNDER = new WeakMap<MapData, Map<string, string | null>>();
function countryUnder(geo: MapData, p: { lon: number; lat: number }): string | null {
  const known = UNDER.get(geo) ?? new Map<string, string | null>();
  UNDER.set(geo, known);
  const key = `${p.lon},${p.lat}`;
  const id = known.get(key) ?? (known.has(key) ? null : countryAt(geo.countries, p.lon, p.lat));
  known.set(key, id);
  return id;
}

/** The places a question's story names, found in the stage data, plus its targets. */
export function namedPlaces(q: StageQuestion, data: StageData): string[] {
  return [...new Set([...(data.facts[q.fact] ?? []), ...(q.targets ?? [])])];
}

function isCountry(id: string): boolean {
  return /^[A-Z]{3}$/.test(id);
}

export function stagePlan(req: StageRequest, geo: MapData, data: StageData): StagePlan {
  const q = req.question;
  const onMap = (id: string) => placeBox(geo, id) !== undefined;
  const named = namedPlaces(q, data).filter(onMap);
  const map = q.mode !== undefined;
  if (map && req.phase === 'asking') {
    const hide = { countries: q.mode !== 'city', cities: true };
    return {
      frame: mapQuestionFrame(geo, q.targets ?? [], data.regions),
      name: named.filter((id) => !(isCountry(id) ? hide.countries : hide.cities)),
      hide,
    };
  }
  const hide = { countries: false, cities: false };
  if (map) {
    const focus = [...(q.targets ?? []), ...(req.given ?? [])].filter(onMap);
    const boxes = focus.map((id) => placeBox(geo, id)).filter((b): b is LonLatBox => b !== undefined);
    if (req.point) boxes.push({ west: req.point.lon, east: req.point.lon, south: req.point.lat, north: req.point.lat });
    const box = union(boxes);
    return { frame: box ? pad(box, 0.25, MIN_REVEAL_DEG) : FOCUS, name: [...new Set([...named, ...focus])], hide };
  }
  // The story's main place (listed first) and the named places near it; a far one (France in a
  // story about Niamey) is named when in view but does not pull the camera away.
  const main = named[0] ? placePoint(geo, named[0]) : undefined;
  const near = named.filter((id) => {
    const p = placePoint(geo, id);
    return main && p && distanceKm(main, p) <= STORY_RADIUS_KM;
  });
  const box = union(near.map((id) => placeBox(geo, id)).filter((b): b is LonLatBox => b !== undefined));
  return { frame: box ? pad(box, 0.2, MIN_STORY_DEG) : FOCUS, name: named, hide };
}
