/** The one great-circle distance of the game lives in core (scoring uses it); geography code uses the same. */
export { distanceKm, EARTH_RADIUS_KM, type LonLat } from '../core/round/distance.ts';
