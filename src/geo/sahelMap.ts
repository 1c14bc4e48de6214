import type { MapData, PlacesFile, SahelTopology } from './mapData.ts';
import { loadMapData } from './mapData.ts';
import topology from '../../assets/map/sahel.topo.json';
import places from '../../assets/map/places.json';

/** The game's map: the committed data in assets/map, loaded once. */
let cached: MapData | null = null;
export function sahelMap(): MapData {
  cached ??= loadMapData(topology as unknown as SahelTopology, places as unknown as PlacesFile);
  return cached;
}
