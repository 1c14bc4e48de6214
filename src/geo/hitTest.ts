import { mercY } from './camera.ts';
import type { Country } from './mapData.ts';
import type { MapProjection } from './projection.ts';
import { sphericalContains } from './sphericalContains.ts';

/** The country whose polygon truly contains the point (spherical test), or null over sea / off the map. */
export function countryAt(countries: readonly Country[], lon: number, lat: number): string | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  for (const c of countries) {
    const [[w, s], [e, n]] = c.bounds;
    if (lat < s || lat > n || lon < w || lon > e) continue;
    if (sphericalContains(c.feature, [lon, lat])) return c.id;
  }
  return null;
}

/** A country's rings in screen pixels for one projection: what is drawn, and what near-misses are measured against. */
export interface ScreenCountry {
  id: string;
  /** Each ring as [x0, y0, x1, y1, …]; exterior and hole rings alike. */
  rings: number[][];
  /** Rings grouped per polygon: polygons[i] = indexes into rings, exterior first. */
  polygons: number[][];
  box: { x0: number; y0: number; x1: number; y1: number };
  /** Screen area of its exterior rings, px². */
  areaPx: number;
}

export function projectCountries(countries: readonly Country[], projection: MapProjection): ScreenCountry[] {
  const m = projection.mercator;
  return countries.map((c) => (m ? projectMercator(c, m) : projectCountry(c, projection)));
}

/** Each country's rings as Mercator units [λ0, μ0, λ1, μ1, …] per polygon, computed once. */
const MERCATOR = new WeakMap<Country, number[][][]>();

/** Computes and keeps a country's Mercator rings (a caller can do it ahead, a country per step: createGame). */
export function mercatorRings(c: Country): number[][][] {
  let polys = MERCATOR.get(c);
  if (polys) return polys;
  const geom = c.feature.geometry;
  const source = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  polys = source.map((poly) =>
    poly.map((ring) => {
      const flat: number[] = [];
      for (const pos of ring) flat.push((pos[0] as number) * (Math.PI / 180), mercY(pos[1] as number));
      return flat;
    }),
  );
  MERCATOR.set(c, polys);
  return polys;
}

/** A country on the screen, camera.ts's Mercator: a scale and a shift per point of its cached Mercator units. */
function projectMercator(c: Country, m: NonNullable<MapProjection['mercator']>): ScreenCountry {
  const { s, ox, oy, cx, cy } = m;
  return onScreen(c.id, mercatorRings(c), (u, v, out) => {
    out[0] = ox + s * (u - cx);
    out[1] = oy - s * (v - cy);
  });
}

/** A country on the screen through any projection, from its longitudes and latitudes. */
function projectCountry(c: Country, projection: MapProjection): ScreenCountry {
  const geom = c.feature.geometry;
  const source = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const polys = source.map((poly) => poly.map((ring) => ring.flatMap((pos) => [pos[0] as number, pos[1] as number])));
  return onScreen(c.id, polys, (lon, lat, out) => {
    const { x, y } = projection.project(lon, lat);
    out[0] = x;
    out[1] = y;
  });
}

/** Rings of flat [a0, b0, a1, b1, …] per polygon, each point put on the screen by `place`; with their box and area. */
function onScreen(
  id: string,
  polys: readonly (readonly number[])[][],
  place: (a: number, b: number, out: number[]) => void,
): ScreenCountry {
  const rings: number[][] = [];
  const polygons: number[][] = [];
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const p = [0, 0];
  let areaPx = 0;
  for (const poly of polys) {
    const idx: number[] = [];
    poly.forEach((src, k) => {
      const flat = new Array<number>(src.length);
      for (let i = 0; i + 1 < src.length; i += 2) {
        place(src[i] as number, src[i + 1] as number, p);
        const x = p[0] as number;
        const y = p[1] as number;
        flat[i] = x;
        flat[i + 1] = y;
        if (x < box.x0) box.x0 = x;
        if (x > box.x1) box.x1 = x;
        if (y < box.y0) box.y0 = y;
        if (y > box.y1) box.y1 = y;
      }
      if (k === 0) areaPx += Math.abs(shoelace(flat));
      idx.push(rings.length);
      rings.push(flat);
    });
    polygons.push(idx);
  }
  return { id, rings, polygons, box, areaPx };
}

export interface NearOptions {
  /** How far outside its border a click still counts for a small country (px). */
  tolerancePx: number;
  /** Countries smaller than this on screen (px²) win clicks within the tolerance over the big neighbour they sit in. Default 1500. */
  smallAreaPx?: number;
  /** …but only when also smaller than this fraction of that neighbour (Gambia is 1/18 of Senegal). Default 0.1. */
  smallRatio?: number;
  /**
   * …and only within this share of the neighbour's size (√area) of the small country: on a phone's
   * whole map Senegal is 28 px tall, and a full 16 px touch tolerance would give its middle to Gambia. Default 0.25.
   */
  smallReach?: number;
}

/**
 * The country a click or tap at screen (x, y) means. In order:
 * 1. a small country (e.g. Gambia) within `tolerancePx` of the point, when it is far smaller than the
 *    country the point is in — it is otherwise too fine a target — and the point is not deep inside
 *    that country (`smallReach`): a tap on Senegal's middle is Senegal, however small the map;
 * 2. the country truly containing the point;
 * 3. over the sea just off a coast, the nearest country within `tolerancePx`;
 * else null.
 */
export function countryNear(
  countries: readonly Country[],
  screen: readonly ScreenCountry[],
  projection: MapProjection,
  x: number,
  y: number,
  options: NearOptions,
): string | null {
  const tol = options.tolerancePx;
  const small = options.smallAreaPx ?? 1500;
  const ratio = options.smallRatio ?? 0.1;
  const { lon, lat } = projection.invert(x, y);
  const exact = countryAt(countries, lon, lat);
  const exactArea = screen.find((s) => s.id === exact)?.areaPx ?? Infinity;
  const reach = Math.min(tol, (options.smallReach ?? 0.25) * Math.sqrt(exactArea));
  let nearest: string | null = null;
  let nearestD = Infinity;
  let smallest: string | null = null;
  let smallestD = Infinity;
  for (const s of screen) {
    if (x < s.box.x0 - tol || x > s.box.x1 + tol || y < s.box.y0 - tol || y > s.box.y1 + tol) continue;
    const d = s.id === exact ? 0 : distanceToRings(s.rings, x, y);
    if (d > tol) continue;
    if (s.id !== exact && s.areaPx < small && s.areaPx < exactArea * ratio && d <= reach && d < smallestD) {
      smallest = s.id;
      smallestD = d;
    }
    if (d < nearestD) {
      nearest = s.id;
      nearestD = d;
    }
  }
  return smallest ?? exact ?? nearest;
}

function distanceToRings(rings: readonly number[][], x: number, y: number): number {
  let min = Infinity;
  for (const r of rings) {
    for (let i = 0; i + 3 < r.length; i += 2) {
      const d = segmentDistance(x, y, r[i]!, r[i + 1]!, r[i + 2]!, r[i + 3]!);
      if (d < min) min = d;
    }
  }
  return min;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function shoelace(flat: readonly number[]): number {
  let s = 0;
  for (let i = 0; i + 3 < flat.length; i += 2) s += flat[i]! * flat[i + 3]! - flat[i + 2]! * flat[i + 1]!;
  return s / 2;
}
