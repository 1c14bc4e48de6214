import { geoContains } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import { sphericalContains } from '../../src/geo/sphericalContains.ts';

const { countries } = sahelMap();

describe("sphericalContains (the map's tap test, written out from d3-geo)", () => {
  it('agrees with d3-geo geoContains for every country, at random points round it and at its own vertices', () => {
    let inside = 0;
    for (const c of countries) {
      const [[w, s], [e, n]] = c.bounds;
      const points: [number, number][] = fc.sample(
        fc.tuple(
          fc.double({ min: w - 1, max: e + 1, noNaN: true }),
          fc.double({ min: s - 1, max: n + 1, noNaN: true }),
        ),
        { numRuns: 120, seed: c.id.length },
      );
      const ring =
        c.feature.geometry.type === 'Polygon'
          ? c.feature.geometry.coordinates[0]
          : c.feature.geometry.coordinates[0]?.[0];
      for (const v of (ring ?? []).slice(0, 20)) points.push([v[0] as number, v[1] as number]);
      for (const p of points) {
        const mine = sphericalContains(c.feature, p);
        expect(mine, `${c.id} at ${p.join(', ')}`).toBe(geoContains(c.feature, p));
        if (mine) inside += 1;
      }
    }
    // The sample really tested both answers.
    expect(inside).toBeGreaterThan(countries.length * 10);
  });

  it('a capital is inside its country and not inside a neighbour', () => {
    const byId = new Map(countries.map((c) => [c.id, c]));
    const ner = byId.get('NER');
    const nga = byId.get('NGA');
    if (!ner || !nga) throw new Error('Niger and Nigeria are on the map');
    const niamey: [number, number] = [2.1098, 13.5137];
    expect(sphericalContains(ner.feature, niamey)).toBe(true);
    expect(sphericalContains(nga.feature, niamey)).toBe(false);
  });
});
