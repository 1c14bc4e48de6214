/**
 * The sahel-geography pack is computed from the map data the game ships, never typed by hand:
 * regenerating it gives the files on disk, and every fact is recomputed here by a second method
 * (shared arcs counted directly, d3-geo containment, the capitals' coordinates) and compared.
 */
import { geoContains, geoDistance } from 'd3-geo';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../scripts/content/packs.ts';
import { GEO_PACK_ID, makeGeoPack } from '../../scripts/make-geo-pack.ts';
import type { Question } from '../../src/core/content/types.ts';
import { FOCUS } from '../../src/geo/frame.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import { mapQuestionFrame, type StageData } from '../../src/geo/stage.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const json = (p: string): any => JSON.parse(readFileSync(join(root, p), 'utf8'));
const topo = json('assets/map/sahel.topo.json') as Topology;
const places = json('assets/map/places.json') as {
  cities: Record<string, { country: string; lon: number; lat: number; capital?: boolean }>;
  countries: Record<string, { anchor: [number, number] }>;
};
const geoms = (topo.objects.countries as GeometryCollection).geometries as { id: string; arcs: unknown }[];
const loaded = loadPack(root, GEO_PACK_ID);
const qs = loaded.pack.questions;
const byId = (id: string) => qs.find((q) => q.id === id) as Question;

type Arcs = number | Arcs[];
const arcSet = (id: string): Set<number> => {
  const out = new Set<number>();
  const walk = (a: Arcs) => (typeof a === 'number' ? out.add(a < 0 ? ~a : a) : a.forEach(walk));
  walk(geoms.find((g) => g.id === id)?.arcs as Arcs);
  return out;
};
/** Second method: countries sharing at least one arc border each other. */
const bordersOf = (id: string): string[] => {
  const mine = arcSet(id);
  return geoms
    .filter((g) => g.id !== id && [...arcSet(g.id)].some((a) => mine.has(a)))
    .map((g) => g.id)
    .sort();
};
/** Second method: a coast is an arc no other country uses. */
const hasCoast = (id: string): boolean => {
  const others = new Set(geoms.filter((g) => g.id !== id).flatMap((g) => [...arcSet(g.id)]));
  return [...arcSet(id)].some((a) => !others.has(a));
};
const kmToShape = (shape: unknown, p: [number, number]): number => {
  const points: [number, number][] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === 'number') points.push(x as [number, number]);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  walk((shape as { geometry: { coordinates: unknown } }).geometry.coordinates);
  return Math.min(...points.map((q) => geoDistance(q, p) * 6371));
};
const countries = [
  ...new Set(qs.filter((q) => q.id.startsWith('where-')).map((q) => (q as { targets: string[] }).targets[0] as string)),
];
const capitalOf = (id: string) =>
  Object.entries(places.cities).find(([, c]) => c.capital && c.country === id)?.[0] as string;

describe('the sahel-geography pack', () => {
  it('is exactly what npm run make-geo-pack computes from the map data', () => {
    const made = makeGeoPack(root);
    expect(json(`content/${GEO_PACK_ID}/questions.json`)).toEqual(
      JSON.parse(JSON.stringify({ questions: made.questions })),
    );
    for (const l of ['en', 'fr']) expect(json(`content/${GEO_PACK_ID}/texts/${l}.json`)).toEqual(made.texts[l]);
    expect(json(`content/${GEO_PACK_ID}/stage.json`)).toEqual(made.stage);
  });

  it('asks a small country closer than the whole map: its stage frames a region holding it', () => {
    const stage = json(`content/${GEO_PACK_ID}/stage.json`) as StageData;
    const regions = stage.regions;
    for (const id of ['SEN', 'GMB', 'TGO', 'BEN', 'GHA']) {
      const q = byId(`where-${id.toLowerCase()}`) as { targets: string[] };
      const frame = mapQuestionFrame(sahelMap(), q.targets, regions);
      expect(frame, id).not.toBe(FOCUS);
      expect(frame.east - frame.west, id).toBeLessThan(FOCUS.east - FOCUS.west);
      const [lon, lat] = places.countries[id]?.anchor ?? [Number.NaN, Number.NaN];
      expect(lon > frame.west && lon < frame.east && lat > frame.south && lat < frame.north, id).toBe(true);
    }
    // A story about a country frames and names it ('capital-sen' → Senegal).
    expect(stage.facts['capital-sen']).toEqual(['SEN']);
  });

  it('has at least 40 questions over at least four types, with "find every…" drills, citing the map data, not paragraphs', () => {
    expect(qs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(qs.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    expect(qs.filter((q) => q.type === 'locate' && q.mode === 'countries').length).toBeGreaterThanOrEqual(10);
    expect(qs.every((q) => q.paragraphs.length === 0)).toBe(true);
    expect(loaded.meta.source).toMatchObject({
      kind: 'map',
      files: ['assets/map/sahel.topo.json', 'assets/map/places.json'],
    });
    expect(loaded.pack.paragraphCount).toBe(0);
  });

  it.each(countries)('%s: neighbours, coast and capital recomputed agree', (id) => {
    const k = id.toLowerCase();
    const borders = bordersOf(id);
    expect(borders.length).toBeGreaterThan(0);
    expect(byId(`neighbours-${k}`)).toMatchObject({ type: 'locate', mode: 'countries' });
    expect([...(byId(`neighbours-${k}`) as { targets: string[] }).targets].sort()).toEqual(borders);
    expect(byId(`neighbour-count-${k}`)).toMatchObject({ type: 'numeric', answer: borders.length });
    for (const q of qs.filter((q) => q.type === 'truefalse' && q.id.startsWith(`border-${k}-`))) {
      const other = q.id.slice(`border-${k}-`.length).toUpperCase();
      expect([q.id, (q as { answer: boolean }).answer]).toEqual([q.id, borders.includes(other)]);
    }
    expect(byId(`coast-${k}`)).toMatchObject({ type: 'truefalse', answer: hasCoast(id) });
    const capital = capitalOf(id);
    const city = places.cities[capital] as { lon: number; lat: number };
    const shape = feature(topo, geoms.find((g) => g.id === id) as never);
    // In its country's shape; Gambia is drawn so coarsely at 1:110m that Banjul falls just outside: within 30 km then.
    const inside = geoContains(shape as never, [city.lon, city.lat]);
    expect(inside || kmToShape(shape, [city.lon, city.lat]) < 30).toBe(true);
    expect(byId(`capital-${k}`)).toMatchObject({ type: 'choice', answer: capital });
    expect(byId(`capital-map-${k}`)).toMatchObject({ type: 'locate', mode: 'city', targets: [capital] });
    expect(byId(`where-${k}`)).toMatchObject({ type: 'locate', mode: 'country', targets: [id] });
  });

  it('lists exactly the landlocked countries in the "find every landlocked country" drill', () => {
    const drill = byId('landlocked-drill') as { targets: string[] };
    expect([...drill.targets].sort()).toEqual(countries.filter((c) => !hasCoast(c)).sort());
    expect(drill.targets.length).toBeGreaterThanOrEqual(3);
  });

  it('asks which capital lies furthest north or east, and the answer is the one with the greatest latitude or longitude', () => {
    const positional = qs.filter((q) => /^(north|east)-/.test(q.id));
    expect(positional.length).toBeGreaterThan(0);
    for (const q of positional) {
      if (q.type !== 'choice') throw new Error(`${q.id} is not a choice`);
      const coord = (c: string) => (q.id.startsWith('north') ? places.cities[c]?.lat : places.cities[c]?.lon) as number;
      const best = [...q.choices].sort((a, b) => coord(b) - coord(a))[0];
      expect([q.id, q.answer]).toEqual([q.id, best]);
    }
  });

  it('names countries and cities as locales/<lng>/places.json does', () => {
    const texts = json(`content/${GEO_PACK_ID}/texts/fr.json`);
    const names = json('locales/fr/places.json');
    const q = byId('capital-mli') as { choices: string[] };
    for (const c of q.choices) expect(texts['capital-mli'].choices[c]).toBe(names[c]);
    expect(texts['capital-mli'].prompt).toContain(names.MLI);
  });
});
