/**
 * The geography facts of the Sahel, computed from the map data the game ships (assets/map/):
 * neighbours are countries whose shapes share an arc (topojson-client `neighbors`), a country has a
 * coast when one of its arcs belongs to no other country, capitals and their positions come from
 * places.json. Nothing here is typed by hand; the countries are the game's list (src/geo/importance.ts).
 */
import type { Topology, GeometryCollection } from 'topojson-specification';
import { neighbors } from 'topojson-client';
import { SAHEL_COUNTRIES } from '../../src/geo/importance.ts';

export interface Places {
  cities: Record<string, { country: string; lon: number; lat: number; capital?: boolean }>;
}

export interface CountryFacts {
  id: string;
  /** Sorted ids of the countries it shares a border with. */
  neighbours: string[];
  coast: boolean;
  /** City id of its capital, and where it is. */
  capital: string;
  lon: number;
  lat: number;
}

type Arcs = number | Arcs[];
const arcIndices = (a: Arcs): number[] => (typeof a === 'number' ? [a < 0 ? ~a : a] : a.flatMap(arcIndices));

export function countryFacts(topo: Topology, places: Places): Map<string, CountryFacts> {
  const geoms = (topo.objects.countries as GeometryCollection<{ id?: string }>).geometries as {
    id?: string | number;
    arcs?: Arcs;
  }[];
  const ids = geoms.map((g) => String(g.id));
  const near = neighbors(geoms as Parameters<typeof neighbors>[0]);
  const users = new Map<number, number>();
  for (const g of geoms) for (const a of new Set(arcIndices(g.arcs ?? []))) users.set(a, (users.get(a) ?? 0) + 1);
  const out = new Map<string, CountryFacts>();
  for (const id of SAHEL_COUNTRIES) {
    const i = ids.indexOf(id);
    if (i < 0) throw new Error(`${id} is not in the map data`);
    const capital = Object.entries(places.cities).find(([, c]) => c.capital && c.country === id);
    if (!capital) throw new Error(`places.json has no capital for ${id}`);
    out.set(id, {
      id,
      neighbours: (near[i] ?? []).map((j) => ids[j] as string).sort(),
      coast: arcIndices(geoms[i]?.arcs ?? []).some((a) => users.get(a) === 1),
      capital: capital[0],
      lon: capital[1].lon,
      lat: capital[1].lat,
    });
  }
  return out;
}
