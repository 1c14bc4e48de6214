import { geoMercator } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { LonLatBox } from './frame.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapProjection {
  /** lon/lat → screen px (the y axis points down). */
  project(lon: number, lat: number): { x: number; y: number };
  /** screen px → lon/lat. */
  invert(x: number, y: number): { lon: number; lat: number };
  /** Screen rectangle covered by a lon/lat box (Mercator keeps it a rectangle). */
  boxToRect(box: LonLatBox): Rect;
  /** Screen pixels per km at a latitude (Mercator scale grows with latitude). */
  pxPerKm(lat: number): number;
  /**
   * When the projection is camera.ts's written-out Mercator: x = ox + s·(λ − cx), y = oy − s·(μ − cy)
   * with λ = lon in radians and μ = mercY(lat). Re-projecting the map for a new view is then a
   * scale and a shift of the same (λ, μ), which projectCountries keeps per country.
   */
  mercator?: { s: number; ox: number; oy: number; cx: number; cy: number };
}

/**
 * A Mercator projection (conformal: shapes and angles stay true, fine for 5°S–37°N) scaled
 * and centred so that `focus` fits inside `viewport` minus `padding` on each side, with the
 * same scale on both axes (never stretched).
 */
export function fitProjection(viewport: Rect, focus: LonLatBox, padding = 0): MapProjection {
  const w = Math.max(1, viewport.width - 2 * padding);
  const h = Math.max(1, viewport.height - 2 * padding);
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [focus.west, focus.south],
      [focus.east, focus.north],
      [focus.west, focus.north],
      [focus.east, focus.south],
    ],
  };
  const p: GeoProjection = geoMercator().fitExtent(
    [
      [viewport.x + padding, viewport.y + padding],
      [viewport.x + padding + w, viewport.y + padding + h],
    ],
    corners,
  );
  const scale = p.scale();
  return {
    project(lon, lat) {
      const [x, y] = p([lon, lat]) ?? [NaN, NaN];
      return { x, y };
    },
    invert(x, y) {
      const [lon, lat] = p.invert?.([x, y]) ?? [NaN, NaN];
      return { lon, lat };
    },
    boxToRect(box) {
      const [x0, y0] = p([box.west, box.north]) ?? [0, 0];
      const [x1, y1] = p([box.east, box.south]) ?? [0, 0];
      return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    },
    pxPerKm(lat) {
      return scale / 6371.0088 / Math.cos((lat * Math.PI) / 180);
    },
  };
}
