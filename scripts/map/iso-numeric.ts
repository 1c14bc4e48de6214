/**
 * ISO 3166-1 numeric code (as world-atlas spells it) → alpha-3, for the countries that can
 * fall inside the map's EXTENT. prepare-map fails loudly when a country in the extent is missing here.
 */
export const ISO_NUMERIC_TO_ALPHA3: Readonly<Record<string, string>> = {
  '008': 'ALB', '012': 'DZA', '020': 'AND', '024': 'AGO', '031': 'AZE', '048': 'BHR', '051': 'ARM',
  '070': 'BIH', '100': 'BGR', '108': 'BDI', '120': 'CMR', '132': 'CPV', '140': 'CAF', '148': 'TCD',
  '174': 'COM', '178': 'COG', '180': 'COD', '191': 'HRV', '196': 'CYP', '204': 'BEN', '226': 'GNQ',
  '231': 'ETH', '232': 'ERI', '250': 'FRA', '262': 'DJI', '266': 'GAB', '268': 'GEO', '270': 'GMB',
  '275': 'PSE', '288': 'GHA', '300': 'GRC', '324': 'GIN', '336': 'VAT', '348': 'HUN', '364': 'IRN',
  '368': 'IRQ', '376': 'ISR', '380': 'ITA', '384': 'CIV', '398': 'KAZ', '400': 'JOR', '404': 'KEN',
  '414': 'KWT', '422': 'LBN', '430': 'LBR', '434': 'LBY', '450': 'MDG', '454': 'MWI', '466': 'MLI',
  '470': 'MLT', '478': 'MRT', '492': 'MCO', '498': 'MDA', '499': 'MNE', '504': 'MAR', '508': 'MOZ',
  '512': 'OMN', '516': 'NAM', '562': 'NER', '566': 'NGA', '620': 'PRT', '624': 'GNB', '634': 'QAT',
  '642': 'ROU', '643': 'RUS', '646': 'RWA', '654': 'SHN', '674': 'SMR', '678': 'STP', '682': 'SAU',
  '686': 'SEN', '688': 'SRB', '690': 'SYC', '694': 'SLE', '705': 'SVN', '706': 'SOM', '716': 'ZWE',
  '724': 'ESP', '728': 'SSD', '729': 'SDN', '732': 'ESH', '756': 'CHE', '760': 'SYR', '768': 'TGO',
  '784': 'ARE', '788': 'TUN', '792': 'TUR', '795': 'TKM', '800': 'UGA', '804': 'UKR', '807': 'MKD',
  '818': 'EGY', '834': 'TZA', '854': 'BFA', '860': 'UZB', '887': 'YEM', '894': 'ZMB', '072': 'BWA',
  '040': 'AUT',
};

/**
 * Natural Earth features without an ISO code. The UN-recognised state absorbs the
 * breakaway region (one clickable country, no internal border); Kosovo keeps its own shape.
 */
export const UNCODED_BY_NAME: Readonly<Record<string, string>> = {
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  Kosovo: 'XKX',
};
