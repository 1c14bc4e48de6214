import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../src/geo/projection.ts';
import { FOCUS } from '../../src/geo/frame.ts';
import { distanceKm } from '../../src/core/round/distance.ts';

const screens = [
  { x: 0, y: 0, width: 1280, height: 720 },
  { x: 0, y: 0, width: 390, height: 844 },
  { x: 0, y: 0, width: 1920, height: 1080 },
];

describe('fitProjection', () => {
  it("is d3-geo's geoMercator().fitExtent point for point (forward and inverse), for any box and viewport", () => {
    const boxes = [
      FOCUS,
      { west: 1.5, south: 12.5, east: 3, north: 14 },
      { west: -17.6, south: -4, east: 40, north: 36.5 },
    ];
    for (const vp of [...screens, { x: 30, y: -12, width: 417, height: 93 }])
      for (const box of boxes)
        for (const pad of [0, 12]) {
          const p = fitProjection(vp, box, pad);
          const w = Math.max(1, vp.width - 2 * pad);
          const h = Math.max(1, vp.height - 2 * pad);
          const d3 = geoMercator().fitExtent(
            [
              [vp.x + pad, vp.y + pad],
              [vp.x + pad + w, vp.y + pad + h],
            ],
            {
              type: 'MultiPoint',
              coordinates: [
                [box.west, box.south],
                [box.east, box.north],
                [box.west, box.north],
                [box.east, box.south],
              ],
            },
          );
          for (const [lon, lat] of [
            [2.11, 13.51],
            [-17.45, 14.69],
            [box.west, box.north],
            [39.9, -4.1],
          ] as const) {
            const [x, y] = d3([lon, lat]) ?? [NaN, NaN];
            const mine = p.project(lon, lat);
            expect(mine.x).toBeCloseTo(x, 9);
            expect(mine.y).toBeCloseTo(y, 9);
            const [ilon, ilat] = d3.invert?.([x + 7, y - 3]) ?? [NaN, NaN];
            const back = p.invert(x + 7, y - 3);
            expect(back.lon).toBeCloseTo(ilon, 9);
            expect(back.lat).toBeCloseTo(ilat, 9);
          }
          expect(p.pxPerKm(10)).toBeCloseTo(d3.scale() / 6371.0088 / Math.cos((10 * Math.PI) / 180), 9);
        }
  });

  for (const vp of screens) {
    it(`fits the whole focus box inside ${vp.width}×${vp.height} minus padding, centred`, () => {
      const pad = 12;
      const p = fitProjection(vp, FOCUS, pad);
      const r = p.boxToRect(FOCUS);
      expect(r.x).toBeGreaterThanOrEqual(pad - 0.5);
      expect(r.y).toBeGreaterThanOrEqual(pad - 0.5);
      expect(r.x + r.width).toBeLessThanOrEqual(vp.width - pad + 0.5);
      expect(r.y + r.height).toBeLessThanOrEqual(vp.height - pad + 0.5);
      // touches the limiting side
      const fillsWidth = Math.abs(r.width - (vp.width - 2 * pad)) < 1;
      const fillsHeight = Math.abs(r.height - (vp.height - 2 * pad)) < 1;
      expect(fillsWidth || fillsHeight).toBe(true);
      expect(Math.abs(r.x + r.width / 2 - vp.width / 2)).toBeLessThan(1);
      expect(Math.abs(r.y + r.height / 2 - vp.height / 2)).toBeLessThan(1);
    });
  }

  it('uses one scale on both axes (a small square stays a square: conformal)', () => {
    for (const vp of screens) {
      const p = fitProjection(vp, FOCUS, 0);
      const a = p.project(2, 13.5);
      const east = p.project(2.01, 13.5);
      const north = p.project(2, 13.5 + 0.01 * Math.cos((13.5 * Math.PI) / 180));
      const dx = east.x - a.x;
      const dy = a.y - north.y;
      expect(dy / dx).toBeCloseTo(1, 2);
      expect(north.y).toBeLessThan(a.y); // north is up
    }
  });

  it('inverts what it projects', () => {
    const p = fitProjection(screens[0]!, FOCUS, 10);
    for (const [lon, lat] of [
      [2.11, 13.51],
      [-17.45, 14.69],
      [32.53, 15.59],
      [-5, -3],
    ] as const) {
      const { x, y } = p.project(lon, lat);
      const back = p.invert(x, y);
      expect(back.lon).toBeCloseTo(lon, 6);
      expect(back.lat).toBeCloseTo(lat, 6);
    }
  });

  it('gives pixels per km consistent with measured great-circle distance', () => {
    const p = fitProjection(screens[0]!, FOCUS, 0);
    const a = p.project(2, 13);
    const b = p.project(3, 13);
    const km = distanceKm({ lon: 2, lat: 13 }, { lon: 3, lat: 13 });
    expect((b.x - a.x) / km).toBeCloseTo(p.pxPerKm(13), 3);
  });
});

describe('distanceKm', () => {
  it('measures great circles', () => {
    expect(distanceKm({ lon: 0, lat: 0 }, { lon: 0, lat: 90 })).toBeCloseTo(10007.5, 0);
    expect(distanceKm({ lon: 0, lat: 0 }, { lon: 1, lat: 0 })).toBeCloseTo(111.19, 1);
    const niamey = { lon: 2.11, lat: 13.51 };
    const abuja = { lon: 7.4, lat: 9.08 };
    expect(distanceKm(niamey, abuja)).toBeCloseTo(distanceKm(abuja, niamey), 9);
    expect(distanceKm(niamey, niamey)).toBe(0);
    // Niamey–Abuja is about 760 km as the crow flies.
    expect(distanceKm(niamey, abuja)).toBeGreaterThan(730);
    expect(distanceKm(niamey, abuja)).toBeLessThan(790);
  });
});
