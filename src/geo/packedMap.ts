import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { City, Country, MapData } from './mapData.ts';

/**
 * A country whose outline is a few typed arrays instead of thousands of [lon, lat] arrays: the
 * map worker posts these and transfers their buffers, so the page receives them without a copy.
 * (Posted as GeoJSON, the page spent ~35 ms at CPU ×4 reading the message in one task.) The
 * page rebuilds the outlines a few countries per task (`unpackCountry`).
 */
export interface PackedCountry {
  id: string;
  featureId: Feature['id'];
  properties: Feature['properties'];
  bounds: Country['bounds'];
  anchor: Country['anchor'];
  areaSr: number;
  /** A MultiPolygon (else a Polygon). */
  multi: boolean;
  /** lon, lat, lon, lat… of every ring, polygon by polygon. */
  coords: Float64Array;
  /** Points in each ring, in order. */
  rings: Uint32Array;
  /** Rings in each polygon, in order. */
  polygons: Uint32Array;
}

export interface PackedMapData {
  countries: PackedCountry[];
  cities: City[];
}

function packCountry(c: Country): PackedCountry {
  const geom = c.feature.geometry;
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let points = 0;
  let ringCount = 0;
  for (const poly of polys) {
    ringCount += poly.length;
    for (const ring of poly) points += ring.length;
  }
  const coords = new Float64Array(points * 2);
  const rings = new Uint32Array(ringCount);
  const polygons = new Uint32Array(polys.length);
  let at = 0;
  let r = 0;
  polys.forEach((poly, p) => {
    polygons[p] = poly.length;
    for (const ring of poly) {
      rings[r++] = ring.length;
      for (const pos of ring) {
        coords[at++] = pos[0] as number;
        coords[at++] = pos[1] as number;
      }
    }
  });
  return {
    id: c.id,
    featureId: c.feature.id,
    properties: c.feature.properties,
    bounds: c.bounds,
    anchor: c.anchor,
    areaSr: c.areaSr,
    multi: geom.type === 'MultiPolygon',
    coords,
    rings,
    polygons,
  };
}

/** The map as posted by the worker, with the buffers to transfer (not copy) alongside it. */
export function packMapData(data: MapData): { packed: PackedMapData; transfer: ArrayBuffer[] } {
  const countries = data.countries.map(packCountry);
  const transfer = countries.flatMap((c) => [c.coords.buffer, c.rings.buffer, c.polygons.buffer]) as ArrayBuffer[];
  return { packed: { countries, cities: data.cities }, transfer };
}

/** One country as the rest of the game knows it: its GeoJSON feature rebuilt from the packed numbers. */
export function unpackCountry(p: PackedCountry): Country {
  const polys: Position[][][] = [];
  let at = 0;
  let r = 0;
  for (const ringsInPoly of p.polygons) {
    const poly: Position[][] = [];
    for (let k = 0; k < ringsInPoly; k++) {
      const n = p.rings[r++] as number;
      const ring: Position[] = new Array(n);
      for (let i = 0; i < n; i++, at += 2) ring[i] = [p.coords[at] as number, p.coords[at + 1] as number];
      poly.push(ring);
    }
    polys.push(poly);
  }
  const geometry: Polygon | MultiPolygon = p.multi
    ? { type: 'MultiPolygon', coordinates: polys }
    : { type: 'Polygon', coordinates: polys[0] ?? [] };
  const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: p.properties, geometry };
  if (p.featureId !== undefined) feature.id = p.featureId;
  return { id: p.id, feature, bounds: p.bounds, anchor: p.anchor, areaSr: p.areaSr };
}

/** Whether a posted value has the packed map's shape (a worker's message is checked before use). */
export function isPackedMapData(v: unknown): v is PackedMapData {
  const d = v as PackedMapData | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    Array.isArray(d.countries) &&
    Array.isArray(d.cities) &&
    d.countries.every(
      (c) =>
        typeof c?.id === 'string' &&
        c.coords instanceof Float64Array &&
        c.rings instanceof Uint32Array &&
        c.polygons instanceof Uint32Array,
    )
  );
}
