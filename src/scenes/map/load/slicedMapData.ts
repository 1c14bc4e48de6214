import { countryFeatures, countryFrom, finishMapData, type Country, type MapData } from '../../../geo/mapData.ts';
import type { PlacesFile, SahelTopology } from '../../../geo/mapData.ts';
import { forEachSliced, yieldToMain } from './yieldToMain.ts';

/**
 * The same map data as `loadMapData(topology, places)` — the same steps in the same order — but run
 * on the main thread a few countries at a time, yielding between slices so a tap is answered at
 * once. The map loader uses it when the Web Worker cannot run.
 */
export async function slicedMapData(
  topology: SahelTopology,
  places: PlacesFile,
  yieldFn: () => Promise<void> = yieldToMain,
): Promise<MapData> {
  const features = countryFeatures(topology);
  await yieldFn();
  const countries: Country[] = [];
  await forEachSliced(
    features,
    (f) => {
      const country = countryFrom(f, places);
      if (country) countries.push(country);
    },
    { yieldFn },
  );
  await yieldFn();
  return finishMapData(countries, places);
}
