import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { geoBounds } from 'd3-geo';

/** assets/map/places.json as written by scripts/prepare-map.ts. */
export interface PlacesFile {
  countries: Record<string, { anchor: [number, number]; areaSr: number }>;
  cities: Record<string, { country: string; lon: number; lat: number; capital: boolean }>;
}

export type SahelTopology = Topology<{ countries: GeometryCollection }>;

export interface Country {
  /** ISO 3166-1 alpha-3. */
  id: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** [[west, south], [east, north]] in degrees, for a quick reject before geoContains. */
  bounds: [[number, number], [number, number]];
  /** Where its name goes (lon, lat). */
  anchor: [number, number];
  /** Area on the sphere, steradians (1 sr ≈ 40.6 million km²). */
  areaSr: number;
}

export interface City {
  id: string;
  country: string;
  lon: number;
  lat: number;
  capital: boolean;
}

export interface MapData {
  countries: Country[];
  cities: City[];
}

/** Turns the prepared TopoJSON and places file into countries and cities, sorted by id. */
export function loadMapData(topology: SahelTopology, places: PlacesFile): MapData {
  const countries: Country[] = [];
  for (const f of countryFeatures(topology)) {
    const country = countryFrom(f, places);
    if (country) countries.push(country);
  }
  return finishMapData(countries, places);
}

// The steps of loadMapData, exported so that a caller can run them a few at a time (the map
// loader, when no Web Worker is available, yields to input between countries).

/** Decodes the TopoJSON's countries into GeoJSON features, in file order. */
export function countryFeatures(topology: SahelTopology): Feature[] {
  return feature(topology, topology.objects.countries).features;
}

/** One country from its feature (bounds computed here, the costly part), or null for a non-area feature. */
export function countryFrom(f: Feature, places: PlacesFile): Country | null {
  const id = String(f.id);
  const geom = f.geometry;
  if (!geom || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon')) return null;
  const place = places.countries[id];
  const shape = f as Feature<Polygon | MultiPolygon>;
  return {
    id,
    feature: shape,
    bounds: geoBounds(shape) as [[number, number], [number, number]],
    anchor: place?.anchor ?? [0, 0],
    areaSr: place?.areaSr ?? 0,
  };
}

/** Sorts the countries by id and adds the cities, sorted by id. */
export function finishMapData(countries: Country[], places: PlacesFile): MapData {
  countries.sort((a, b) => a.id.localeCompare(b.id));
  const cities = Object.entries(places.cities)
    .map(([id, c]) => ({ id, ...c }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { countries, cities };
}
