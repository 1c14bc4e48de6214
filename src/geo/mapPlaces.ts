import places from '../../assets/map/places.json';
import type { MapPlaces } from '../core/export/items.ts';
import type { PlacesFile } from './mapData.ts';
import { offeredPlaces } from './offered.ts';
import { placeIndex } from './placeIds.ts';

/**
 * The places a map question offers in the game (offeredPlaces), with where they are: countries at
 * their label anchor, cities at their position. Exports pick a map question's wrong names from these.
 */
export function offeredMapPlaces(): MapPlaces {
  const file = places as unknown as PlacesFile;
  const index = placeIndex();
  return {
    countries: offeredPlaces(index.countries, index.cities, 'countries').map((id) => {
      const [lon, lat] = file.countries[id]?.anchor ?? [0, 0];
      return { id, lon, lat };
    }),
    cities: offeredPlaces(index.countries, index.cities, 'cities').map((id) => {
      const c = file.cities[id];
      return { id, lon: c?.lon ?? 0, lat: c?.lat ?? 0 };
    }),
  };
}
