import { CORE_COUNTRIES } from './importance.ts';

/**
 * The places a map question offers in its list (keyboard and screen readers): the region's
 * countries, or their capitals. One rule for the map scene and for the DOM before the map exists.
 */
export function offeredPlaces(
  countries: readonly { id: string }[],
  cities: readonly { id: string; country: string }[],
  kind: 'countries' | 'cities',
): string[] {
  return kind === 'countries'
    ? countries.filter((c) => CORE_COUNTRIES.has(c.id)).map((c) => c.id)
    : cities.filter((c) => CORE_COUNTRIES.has(c.country)).map((c) => c.id);
}
