import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import { countryAt } from '../../src/geo/hitTest.ts';
import { SAHEL_COUNTRIES } from '../../src/geo/importance.ts';
import { geoArea } from 'd3-geo';

const map = sahelMap();
const names = (lng: string) => JSON.parse(readFileSync(`locales/${lng}/places.json`, 'utf8')) as Record<string, string>;

describe('map data', () => {
  it('has every Sahel country the quiz asks about, keyed by ISO alpha-3', () => {
    const ids = map.countries.map((c) => c.id);
    for (const id of SAHEL_COUNTRIES) expect(ids).toContain(id);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{3}$/);
  });

  it('puts each capital in its own country (geoContains on the simplified shapes)', () => {
    const expected: Record<string, string> = {
      niamey: 'NER',
      abuja: 'NGA',
      bamako: 'MLI',
      ouagadougou: 'BFA',
      ndjamena: 'TCD',
      nouakchott: 'MRT',
      dakar: 'SEN',
      khartoum: 'SDN',
      yaounde: 'CMR',
      bangui: 'CAF',
      yamoussoukro: 'CIV',
      algiers: 'DZA',
      tripoli: 'LBY',
    };
    for (const [city, country] of Object.entries(expected)) {
      const c = map.cities.find((x) => x.id === city);
      expect(c, city).toBeDefined();
      expect(c!.country).toBe(country);
      expect(countryAt(map.countries, c!.lon, c!.lat), city).toBe(country);
    }
  });

  it('finds no country over the sea or off the map', () => {
    expect(countryAt(map.countries, 0, 2)).toBeNull(); // Gulf of Guinea
    expect(countryAt(map.countries, -25, 25)).toBeNull(); // Atlantic
    expect(countryAt(map.countries, 18, 34)).toBeNull(); // Mediterranean
    expect(countryAt(map.countries, 100, 10)).toBeNull(); // far outside the extent
  });

  it('has shapes wound the right way (no country covering most of the globe)', () => {
    for (const c of map.countries) expect(geoArea(c.feature), c.id).toBeLessThan(0.5);
  });

  it('puts each label anchor on its own country', () => {
    for (const id of SAHEL_COUNTRIES) {
      const c = map.countries.find((x) => x.id === id)!;
      expect(countryAt(map.countries, c.anchor[0], c.anchor[1]), id).toBe(id);
    }
  });

  it('names every country and city in English and French', () => {
    const en = names('en');
    const fr = names('fr');
    for (const id of [...map.countries.map((c) => c.id), ...map.cities.map((c) => c.id)]) {
      expect(en[id], `en ${id}`).toBeTruthy();
      expect(fr[id], `fr ${id}`).toBeTruthy();
    }
    expect(fr.TCD).toBe('Tchad');
    expect(en.CIV).toBe("Côte d'Ivoire");
  });

  it('stays small enough for a weak connection (≤ 40 KB gzipped)', () => {
    const size =
      gzipSync(readFileSync('assets/map/sahel.topo.json')).length +
      gzipSync(readFileSync('assets/map/places.json')).length;
    expect(size).toBeLessThanOrEqual(40 * 1024);
  });
});
