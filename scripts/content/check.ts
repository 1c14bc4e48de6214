/**
 * Checks the article's content pack against its words in every shipped language and against the
 * map's place ids. Used by the build (vite-plugin-content.ts), the answer key and the tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validatePack, type PackValidation } from '../../src/core/content/validate.ts';

/** The languages that must be complete; other locale folders fall back to English where they lack words. */
export const SHIPPED_LANGUAGES = ['en', 'fr'] as const;
export const PACK_PATH = 'assets/content/niger-coup-2023.json';
const PLACES_PATH = 'assets/map/places.json';

const readJson = (root: string, path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

export function mapPlaceIds(root: string): Set<string> {
  const places = readJson(root, PLACES_PATH) as { countries: Record<string, unknown>; cities: Record<string, unknown> };
  return new Set([...Object.keys(places.countries), ...Object.keys(places.cities)]);
}

export function checkContent(root: string, paragraphCount = 27): PackValidation {
  const texts = Object.fromEntries(
    SHIPPED_LANGUAGES.map((lng) => [lng, readJson(root, `locales/${lng}/questions.json`)]),
  );
  return validatePack(readJson(root, PACK_PATH), texts, { placeIds: mapPlaceIds(root), paragraphCount });
}
