import { describe, expect, it } from 'vitest';
import { MapModel } from '../../src/geo/mapModel.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';

const model = new MapModel(sahelMap());
const at = (lon: number, lat: number) => model.projection.project(lon, lat);

describe('picking a country on screen', () => {
  for (const vp of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    describe(`${vp.width}×${vp.height}`, () => {
      model.fit({ x: 0, y: 0, ...vp }, 8);

      it('picks the country under the pointer, not a bounding box', () => {
        model.fit({ x: 0, y: 0, ...vp }, 8);
        const opts = { tolerancePx: 8 };
        for (const [id, lon, lat] of [
          ['NER', 2.11, 13.51],
          ['NGA', 7.4, 9.08],
          ['MLI', -4, 17],
          ['TCD', 18, 15],
          ['SDN', 30, 16],
        ] as const) {
          const { x, y } = at(lon, lat);
          expect(model.countryAtScreen(x, y, opts), id).toBe(id);
        }
        // Inside Niger's bounding box but in Algeria (Niger's north-west corner is cut away).
        const p = at(1, 22);
        expect(model.countryAtScreen(p.x, p.y, opts)).toBe('DZA');
      });

      it('gives the tiny Gambia a tolerance over the Senegal around it', () => {
        model.fit({ x: 0, y: 0, ...vp }, 8);
        const gmb = model.shape('GMB')!;
        expect(gmb.areaPx).toBeLessThan(1500);
        // A point in Senegal a few pixels north of Gambia's northern border.
        const edge = at(-15.5, 13.83);
        expect(
          model.countryAt(
            model.projection.invert(edge.x, edge.y - 4).lon,
            model.projection.invert(edge.x, edge.y - 4).lat,
          ),
        ).toBe('SEN');
        expect(model.countryAtScreen(edge.x, edge.y - 4, { tolerancePx: 10 })).toBe('GMB');
        // Far from Gambia, Senegal is Senegal.
        const dakar = at(-14, 15.6);
        expect(model.countryAtScreen(dakar.x, dakar.y, { tolerancePx: 10 })).toBe('SEN');
      });

      it('keeps the middle of Senegal for Senegal, even to a finger on the whole map of a phone', () => {
        model.fit({ x: 0, y: 0, ...vp }, 8);
        // Where Senegal's name is drawn (its visual centre), and Dakar's hinterland.
        for (const [lon, lat] of [
          [-14.94, 15.21],
          [-16.2, 14.9],
        ] as const) {
          const p = at(lon, lat);
          expect(model.countryAt(lon, lat)).toBe('SEN');
          expect(model.countryAtScreen(p.x, p.y, { tolerancePx: 16 }), `${lon},${lat}`).toBe('SEN');
        }
        // Gambia itself is still Gambia.
        const banjul = at(-15.33, 13.59);
        expect(model.countryAtScreen(banjul.x, banjul.y, { tolerancePx: 16 })).toBe('GMB');
      });

      it('forgives a tap just off the coast but not the open sea', () => {
        model.fit({ x: 0, y: 0, ...vp }, 8);
        const coast = at(-17.3, 20.5); // Atlantic, just off the Mauritanian coast
        expect(model.countryAt(-17.3, 20.5)).toBeNull();
        expect(model.countryAtScreen(coast.x - 2, coast.y, { tolerancePx: 12 })).not.toBeNull();
        const sea = at(-25, 5);
        expect(model.countryAtScreen(sea.x, sea.y, { tolerancePx: 12 })).toBeNull();
      });
    });
  }

  it('re-fits on resize: the same place moves with the viewport', () => {
    model.fit({ x: 0, y: 0, width: 1280, height: 720 }, 0);
    const a = at(2.11, 13.51);
    model.fit({ x: 0, y: 0, width: 640, height: 360 }, 0);
    const b = at(2.11, 13.51);
    expect(b.x).toBeCloseTo(a.x / 2, 3);
    expect(b.y).toBeCloseTo(a.y / 2, 3);
    expect(model.countryAtScreen(b.x, b.y, { tolerancePx: 4 })).toBe('NER');
  });

  it('reports nothing outside the map data', () => {
    model.fit({ x: 0, y: 0, width: 390, height: 844 }, 0);
    const r = model.mapRect();
    expect(model.countryAtScreen(r.x + r.width / 2, r.y - 5, { tolerancePx: 4 })).toBeNull();
  });
});
