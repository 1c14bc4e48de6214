/**
 * Builds the committed map data from Natural Earth (world-atlas, 1:50m):
 *   assets/map/sahel.topo.json  countries clipped to EXTENT, keyed by ISO alpha-3, simplified and quantized
 *   assets/map/places.json      a label anchor per country and the capitals with their coordinates
 * Run: npm run prepare-map
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterWeight, sphericalRingArea } from 'topojson-simplify';
import { geoArea, geoContains } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { EXTENT } from '../src/geo/frame.ts';
import { SAHEL_COUNTRIES } from '../src/geo/importance.ts';
import { clipRing } from './map/clip.ts';
import { ISO_NUMERIC_TO_ALPHA3, UNCODED_BY_NAME } from './map/iso-numeric.ts';
import { CAPITALS } from './map/capitals.ts';
import { labelPoint, LABEL_OVERRIDES } from './map/label-point.ts';

/** Share of the 50m vertices kept (by Visvalingam weight). */
const KEEP = 0.7;
/** Islands smaller than this (steradians; 1e-6 sr ≈ 40 km²) are dropped unless they are a whole country. */
const MIN_ISLAND_SR = 4e-6;
const QUANTIZATION = 1e4;
/** Micro-states that are under a pixel at any size the game is played at. */
const DROP = new Set(['VAT', 'SMR', 'MCO']);

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;

// 1. Group Natural Earth shapes by alpha-3, dissolving breakaway regions into their state.
const groups = new Map<string, GeometryCollection<{ name: string }>['geometries']>();
for (const g of world.objects.countries.geometries) {
  const name = (g.properties as { name?: string } | undefined)?.name ?? '';
  const id = g.id !== undefined ? ISO_NUMERIC_TO_ALPHA3[String(g.id)] : UNCODED_BY_NAME[name];
  const key = id ?? `?${String(g.id)}:${name}`;
  groups.set(key, [...(groups.get(key) ?? []), g]);
}

// 2. Clip each country to EXTENT; keep those with something left.
const features: Feature<MultiPolygon, Record<string, never>>[] = [];
for (const [id, geoms] of groups) {
  const merged = geoms.length > 1 ? merge(world, geoms as never) : (feature(world, geoms[0]!) as Feature).geometry;
  if (!merged || (merged.type !== 'Polygon' && merged.type !== 'MultiPolygon')) continue;
  const polygons: Position[][][] = merged.type === 'Polygon' ? [merged.coordinates] : merged.coordinates;
  const clipped: Position[][][] = [];
  for (const poly of polygons) {
    const outer = clipRing(poly[0] as [number, number][], EXTENT);
    if (!outer) continue;
    const holes = poly
      .slice(1)
      .map((r) => clipRing(r as [number, number][], EXTENT))
      .filter((r) => r !== null);
    clipped.push([outer, ...holes]);
  }
  if (clipped.length === 0) continue;
  if (id.startsWith('?')) throw new Error(`No alpha-3 code for ${id}: add it to scripts/map/iso-numeric.ts`);
  if (DROP.has(id)) continue;
  features.push({ type: 'Feature', id, properties: {}, geometry: { type: 'MultiPolygon', coordinates: clipped } });
}
features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
for (const id of SAHEL_COUNTRIES) if (!features.some((f) => f.id === id)) throw new Error(`Missing ${id}`);

// 3. Topology (shared borders become shared arcs, so simplification never opens gaps), simplify, quantize.
const fc: FeatureCollection = { type: 'FeatureCollection', features };
let topo = topology({ countries: fc }) as Topology<{ countries: GeometryCollection }>;
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, KEEP));
// Drop small islands (Cabo Verde, São Tomé, Comoros are big enough to stay).
const keepRing = filterWeight(topo, MIN_ISLAND_SR, sphericalRingArea as unknown as Parameters<typeof filterWeight>[2]);
topo = filter(topo, (ring, interior) => interior || keepRing(ring, interior)) as typeof topo;
const emptied = features.filter(
  (f) => !topo.objects.countries.geometries.some((g) => g.id === f.id && g.type !== null),
);
if (emptied.length > 0)
  console.log(`dropped (only small islands inside the extent): ${emptied.map((f) => f.id).join(', ')}`);
topo = quantize(topo, QUANTIZATION);
topo.objects.countries.geometries = topo.objects.countries.geometries.filter((g) => g.type !== null);

// 4. Places: a label anchor per country, capitals with their country.
const finalFeatures = feature(topo, topo.objects.countries).features;
const countries: Record<string, { anchor: [number, number]; areaSr: number }> = {};
for (const f of finalFeatures) {
  const id = String(f.id);
  const anchor = LABEL_OVERRIDES[id] ?? labelPoint(f.geometry as Polygon | MultiPolygon);
  countries[id] = { anchor: [round(anchor[0]), round(anchor[1])], areaSr: Number(geoArea(f).toExponential(3)) };
}
const cities: Record<string, { country: string; lon: number; lat: number; capital: true }> = {};
for (const [id, country, lon, lat] of CAPITALS) {
  const home = finalFeatures.find((f) => f.id === country);
  if (!home) throw new Error(`${id}: country ${country} not on the map`);
  if (!geoContains(home, [lon, lat])) console.warn(`${id} falls outside ${country} after simplification`);
  cities[id] = { country, lon, lat, capital: true };
}

mkdirSync('assets/map', { recursive: true });
const topoText = JSON.stringify(topo);
writeFileSync('assets/map/sahel.topo.json', topoText + '\n');
writeFileSync('assets/map/places.json', JSON.stringify({ countries, cities }, null, 1) + '\n');
const arcsPoints = topo.arcs.reduce((n, a) => n + a.length, 0);
console.log(
  `sahel.topo.json: ${finalFeatures.length} countries, ${arcsPoints} points, ${topoText.length} B, ${gzipSync(topoText).length} B gzipped`,
);

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
