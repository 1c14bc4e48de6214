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

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;
/** d3's Mercator y of a latitude in radians (unit sphere). */
const mercatorY = (phi: number): number => Math.log(Math.tan((Math.PI / 2 + phi) / 2));
/** d3 centres on (0°, 0°), whose Mercator y is not exactly 0 in floating point: kept for identical pixels. */
const CENTRE_Y = mercatorY(0);

/**
 * `geoMercator().fitExtent(extent, corners)` of d3-geo, point for point, written out: the map projects
 * points only, and d3's whole stream pipeline (clipping, resampling) was ~6 KB gzip on the way to the
 * first question. test/unit/geo-projection.test.ts checks it against d3 itself.
 */
function fitMercator(
  x0: number,
  y0: number,
  w: number,
  h: number,
  box: LonLatBox,
): { k: number; tx: number; ty: number } {
  // d3 fits at scale 150, translate [0, 0]: the projected corners' bounds.
  const xs = [box.west * RADIANS * 150, box.east * RADIANS * 150];
  const ys = [box.south, box.north].map((lat) => 150 * CENTRE_Y - 150 * mercatorY(lat * RADIANS));
  const [bx0, bx1] = [Math.min(...xs), Math.max(...xs)];
  const [by0, by1] = [Math.min(...ys), Math.max(...ys)];
  const k = Math.min(w / (bx1 - bx0), h / (by1 - by0));
  return { k: 150 * k, tx: x0 + (w - k * (bx1 + bx0)) / 2, ty: y0 + (h - k * (by1 + by0)) / 2 };
}

/**
 * A Mercator projection (conformal: shapes and angles stay true, fine for 5°S–37°N) scaled
 * and centred so that `focus` fits inside `viewport` minus `padding` on each side, with the
 * same scale on both axes (never stretched).
 */
export function fitProjection(viewport: Rect, focus: LonLatBox, padding = 0): MapProjection {
  const w = Math.max(1, viewport.width - 2 * padding);
  const h = Math.max(1, viewport.height - 2 * padding);
  const { k: scale, tx, ty } = fitMercator(viewport.x + padding, viewport.y + padding, w, h, focus);
  const dy = ty + scale * CENTRE_Y;
  const project = (lon: number, lat: number): { x: number; y: number } => ({
    x: tx + scale * lon * RADIANS,
    y: dy - scale * mercatorY(lat * RADIANS),
  });
  return {
    project,
    invert(x, y) {
      return {
        lon: ((x - tx) / scale) * DEGREES,
        lat: (2 * Math.atan(Math.exp((dy - y) / scale)) - Math.PI / 2) * DEGREES,
      };
    },
    boxToRect(box) {
      const a = project(box.west, box.north);
      const b = project(box.east, box.south);
      return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
    },
    pxPerKm(lat) {
      return scale / 6371.0088 / Math.cos((lat * Math.PI) / 180);
    },
  };
}
