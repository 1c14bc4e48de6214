import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';

/**
 * Where a country's name goes: the point of its largest polygon farthest from the coast and
 * borders (a grid search for the "pole of inaccessibility"), measured on a local
 * equirectangular plane. Better than the centroid for hooked or hollow shapes.
 */
export function labelPoint(geom: Polygon | MultiPolygon): [number, number] {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let best = polys[0]!;
  let bestArea = -1;
  for (const p of polys) {
    const a = geoArea({ type: 'Polygon', coordinates: p });
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return poleOfInaccessibility(best);
}

function poleOfInaccessibility(poly: Position[][]): [number, number] {
  const outer = poly[0]!;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer as [number, number][]) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  let best: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestD = -Infinity;
  let cx = best[0],
    cy = best[1],
    w = x1 - x0,
    h = y1 - y0;
  // Coarse grid, then refine around the best cell three times.
  for (let pass = 0; pass < 4; pass++) {
    const n = 24;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const p: [number, number] = [cx - w / 2 + (w * i) / n, cy - h / 2 + (h * j) / n];
        if (!inside(p, poly)) continue;
        const d = distToRings(p, poly, k);
        if (d > bestD) {
          bestD = d;
          best = p;
        }
      }
    }
    cx = best[0];
    cy = best[1];
    w /= 6;
    h /= 6;
  }
  return best;
}

function inside(p: [number, number], poly: Position[][]): boolean {
  let c = false;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

function distToRings(p: [number, number], poly: Position[][], k: number): number {
  let min = Infinity;
  for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      min = Math.min(min, segDist((p[0] - ax) * k, p[1] - ay, (bx - ax) * k, by - ay));
    }
  }
  return min;
}

function segDist(px: number, py: number, bx: number, by: number): number {
  const len = bx * bx + by * by;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / len));
  return Math.hypot(px - t * bx, py - t * by);
}

/** Hand-set anchors where the computed one reads badly (lon, lat). */
export const LABEL_OVERRIDES: Readonly<Record<string, [number, number]>> = {};
