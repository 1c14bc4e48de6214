import { describe, expect, it } from 'vitest';
import { projectionFor } from '../../src/geo/camera.ts';
import { projectCountries } from '../../src/geo/hitTest.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';

/**
 * After every camera move the map is re-projected for the new view. With camera.ts's Mercator that
 * is a scale and a shift of Mercator units kept per country; it must give exactly what projecting
 * every point through the projection gives.
 */
describe('re-projecting the map for a camera view', () => {
  const countries = sahelMap().countries;
  const viewport = { x: 0, y: 0, width: 390, height: 420 };
  for (const view of [
    { lon: 8, lat: 14, zoom: 1 },
    { lon: 1.2, lat: 8.5, zoom: 6.3 },
    { lon: -16, lat: 13.4, zoom: 12 },
  ]) {
    it(`gives the same pixels as projecting each point (view ${JSON.stringify(view)})`, () => {
      const projection = projectionFor(view, viewport, 12);
      expect(projection.mercator).toBeDefined();
      // The same projection without its Mercator terms: every point through project().
      const { mercator: _, ...pointwise } = projection;
      const fast = projectCountries(countries, projection);
      const slow = projectCountries(countries, pointwise);
      expect(fast).toEqual(slow);
      // And again from the kept Mercator units (the second view of the same countries).
      expect(projectCountries(countries, projection)).toEqual(slow);
    });
  }
});
