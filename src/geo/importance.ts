/**
 * The 18 countries the game is about: the Sahel and its coastal neighbours (ISO alpha-3), the one
 * list the map data (scripts/prepare-map.ts), the geography pack (scripts/geo-pack/) and the map
 * read. The order is the geography pack's: its facts and questions are generated in this order.
 */
export const SAHEL_COUNTRIES = [
  'MRT',
  'SEN',
  'GMB',
  'MLI',
  'BFA',
  'NER',
  'NGA',
  'TCD',
  'SDN',
  'BEN',
  'TGO',
  'GHA',
  'CIV',
  'GIN',
  'CMR',
  'CAF',
  'DZA',
  'LBY',
] as const;

/**
 * The places a round is about. They get the warmer land colour, their names win label space,
 * and their names may move aside with a leader line rather than disappear.
 */
export const CORE_COUNTRIES: ReadonlySet<string> = new Set(SAHEL_COUNTRIES);

export const CORE_CITIES: ReadonlySet<string> = new Set([
  'niamey',
  'abuja',
  'bamako',
  'ouagadougou',
  'ndjamena',
  'nouakchott',
  'dakar',
]);
