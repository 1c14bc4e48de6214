/**
 * The places a round is about. They get the warmer land colour, their names win label space,
 * and their names may move aside with a leader line rather than disappear.
 */
export const CORE_COUNTRIES: ReadonlySet<string> = new Set([
  'MRT',
  'SEN',
  'GMB',
  'MLI',
  'BFA',
  'NER',
  'NGA',
  'TCD',
  'SDN',
  'DZA',
  'LBY',
  'BEN',
  'TGO',
  'GHA',
  'CIV',
  'GIN',
  'CMR',
  'CAF',
]);

export const CORE_CITIES: ReadonlySet<string> = new Set([
  'niamey',
  'abuja',
  'bamako',
  'ouagadougou',
  'ndjamena',
  'nouakchott',
  'dakar',
]);
