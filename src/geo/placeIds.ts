import type { PlacesFile } from './mapData.ts';
import places from '../../assets/map/places.json';

/**
 * The countries and cities the map draws, sorted by id as `loadMapData` sorts them, read from the
 * small places file alone: the DOM can list and name places before the map (Phaser and the
 * country shapes) has loaded. A unit test checks they are the map's own ids.
 */
export interface PlaceIndex {
  countries: { id: string }[];
  cities: { id: string; country: string }[];
}

let cached: PlaceIndex | null = null;
export function placeIndex(): PlaceIndex {
  cached ??= indexPlaces(places as unknown as PlacesFile);
  return cached;
}

export function indexPlaces(file: PlacesFile): PlaceIndex {
  // The order of `a.localeCompare(b)`, which the language defines as this collator's compare; made
  // once here, where each localeCompare call may build its own (a long task at boot on a slow phone).
  const compare = new Intl.Collator().compare;
  return {
    countries: Object.keys(file.countries)
      .sort((a, b) => compare(a, b))
      .map((id) => ({ id })),
    cities: Object.entries(file.cities)
      .map(([id, c]) => ({ id, country: c.country }))
      .sort((a, b) => compare(a.id, b.id)),
  };
}
