import { geoDistance } from 'd3-geo';

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface LonLat {
  lon: number;
  lat: number;
}

/** Great-circle distance between two points, in km. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}
