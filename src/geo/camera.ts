import { EARTH_RADIUS_KM } from '../core/round/distance.ts';
import { EXTENT, FOCUS, type LonLatBox } from './frame.ts';
import type { MapProjection, Rect } from './projection.ts';

/**
 * The map's camera as plain numbers: what part of the map a viewport shows. Pure and serialisable
 * (no Phaser, no DOM), so the same math runs in a worker, in tests, and behind the scene's moves.
 *
 * A view is the lon/lat at the viewport's centre and a zoom: 1 is the "home" view, where the
 * FOCUS box (the part of Africa a round is about) fits the viewport whole. The projection is
 * Mercator, written out here (x = s·λ, y = −s·ln tan(π/4 + φ/2)) so zooming and panning are
 * just a scale and a shift.
 */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export interface ZoomLimits {
  /** Smallest zoom: a little wider than home, so France and Portugal (named by the bank) fit. */
  min: number;
  /** Largest scale, screen px per degree of longitude: Gambia (0.4° tall) is then ~40 px tall. */
  maxPxPerDeg: number;
}

export const ZOOM_LIMITS: ZoomLimits = { min: 0.7, maxPxPerDeg: 100 };

const RAD = Math.PI / 180;

/** Mercator y (unitless) of a latitude. */
export function mercY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2));
}

export function latOfMercY(y: number): number {
  return (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;
}

/** Screen px per radian at zoom 1: FOCUS fits the viewport minus padding on each side. */
export function homeScale(viewport: Rect, padding = 0, focus: LonLatBox = FOCUS): number {
  const w = Math.max(1, viewport.width - 2 * padding);
  const h = Math.max(1, viewport.height - 2 * padding);
  const dx = (focus.east - focus.west) * RAD;
  const dy = mercY(focus.north) - mercY(focus.south);
  return Math.min(w / dx, h / dy);
}

/** The view where FOCUS fits whole. */
export function homeView(focus: LonLatBox = FOCUS): View {
  return {
    lon: (focus.west + focus.east) / 2,
    lat: latOfMercY((mercY(focus.south) + mercY(focus.north)) / 2),
    zoom: 1,
  };
}

/** Largest zoom allowed in this viewport. */
export function maxZoom(viewport: Rect, padding = 0, limits: ZoomLimits = ZOOM_LIMITS): number {
  const pxPerDeg = homeScale(viewport, padding) * RAD;
  return Math.max(limits.min, limits.maxPxPerDeg / pxPerDeg);
}

/** The view kept inside the limits: zoom between min and max, centre within the map data's extent. */
export function clampView(v: View, viewport: Rect, padding = 0, limits: ZoomLimits = ZOOM_LIMITS): View {
  const zoom = Math.max(limits.min, Math.min(maxZoom(viewport, padding, limits), v.zoom));
  const lon = Math.max(EXTENT.west, Math.min(EXTENT.east, v.lon));
  const lat = Math.max(EXTENT.south, Math.min(EXTENT.north, v.lat));
  return {
    lon: Number.isFinite(lon) ? lon : 0,
    lat: Number.isFinite(lat) ? lat : 0,
    zoom: Number.isFinite(zoom) ? zoom : 1,
  };
}

/** The view that shows `box` whole (plus padding), within the limits. */
export function viewForBox(box: LonLatBox, viewport: Rect, padding = 0, limits: ZoomLimits = ZOOM_LIMITS): View {
  const s = homeScale(viewport, padding);
  const w = Math.max(1, viewport.width - 2 * padding);
  const h = Math.max(1, viewport.height - 2 * padding);
  const dx = Math.max(1e-6, (box.east - box.west) * RAD);
  const dy = Math.max(1e-6, mercY(box.north) - mercY(box.south));
  const zoom = Math.min(w / dx, h / dy) / s;
  const lat = latOfMercY((mercY(box.south) + mercY(box.north)) / 2);
  return clampView({ lon: (box.west + box.east) / 2, lat, zoom }, viewport, padding, limits);
}

/** The Mercator projection of a view in a viewport (the view's centre at the viewport's centre). */
export function projectionFor(v: View, viewport: Rect, padding = 0): MapProjection {
  const s = homeScale(viewport, padding) * v.zoom;
  const cx = v.lon * RAD;
  const cy = mercY(v.lat);
  const ox = viewport.x + viewport.width / 2;
  const oy = viewport.y + viewport.height / 2;
  const project = (lon: number, lat: number) => ({ x: ox + s * (lon * RAD - cx), y: oy - s * (mercY(lat) - cy) });
  return {
    project,
    invert: (x, y) => ({ lon: (cx + (x - ox) / s) / RAD, lat: latOfMercY(cy - (y - oy) / s) }),
    boxToRect(box) {
      const a = project(box.west, box.north);
      const b = project(box.east, box.south);
      return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
    },
    pxPerKm: (lat) => s / EARTH_RADIUS_KM / Math.cos(lat * RAD),
    mercator: { s, ox, oy, cx, cy },
  };
}

/** Zoom by `factor` keeping the map point under screen (px, py) where it is (wheel, pinch, +/−). */
export function zoomAt(
  v: View,
  factor: number,
  px: number,
  py: number,
  viewport: Rect,
  padding = 0,
  limits: ZoomLimits = ZOOM_LIMITS,
): View {
  const s = homeScale(viewport, padding) * v.zoom;
  const zoom = Math.max(limits.min, Math.min(maxZoom(viewport, padding, limits), v.zoom * factor));
  const s2 = homeScale(viewport, padding) * zoom;
  const ox = viewport.x + viewport.width / 2;
  const oy = viewport.y + viewport.height / 2;
  // The map point under the pointer, in Mercator units; after zooming it must stay under the pointer.
  const mx = v.lon * RAD + (px - ox) / s;
  const my = mercY(v.lat) - (py - oy) / s;
  const cx = mx - (px - ox) / s2;
  const cy = my + (py - oy) / s2;
  return clampView({ lon: cx / RAD, lat: latOfMercY(cy), zoom }, viewport, padding, limits);
}

/** Move the map by (dx, dy) screen px (a drag of the map to the right shows what lies west). */
export function panBy(v: View, dx: number, dy: number, viewport: Rect, padding = 0): View {
  const s = homeScale(viewport, padding) * v.zoom;
  const lon = v.lon - dx / s / RAD;
  const lat = latOfMercY(mercY(v.lat) + dy / s);
  return clampView({ lon, lat, zoom: v.zoom }, viewport, padding);
}

/** A point of a camera flight from a to b, t in 0..1: zoom moves in log space, the centre in Mercator space. */
export function interpolateView(a: View, b: View, t: number): View {
  const k = Math.max(0, Math.min(1, t));
  const zoom = Math.exp(Math.log(a.zoom) + (Math.log(b.zoom) - Math.log(a.zoom)) * k);
  const lat = latOfMercY(mercY(a.lat) + (mercY(b.lat) - mercY(a.lat)) * k);
  return { lon: a.lon + (b.lon - a.lon) * k, lat, zoom };
}

/** True when two views differ by less than a pixel's worth: no flight needed. */
export function sameView(a: View, b: View): boolean {
  return Math.abs(a.lon - b.lon) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom / b.zoom - 1) < 1e-4;
}
