import type { LonLatBox } from '../../src/geo/frame.ts';

type Pos = [number, number];

/**
 * Clips one closed GeoJSON ring to a lon/lat rectangle (Sutherland–Hodgman; exact for a
 * convex clip window, and the ring keeps its winding). Returns a closed ring, or null when
 * nothing is left. Points added along the window's edges are spaced at most `step` degrees
 * apart, so the spherical edge d3 draws between them stays on the window's parallel.
 */
export function clipRing(ring: readonly Pos[], box: LonLatBox, step = 1): Pos[] | null {
  let pts: Pos[] = ring.slice(0, ring.length > 1 && same(ring[0]!, ring[ring.length - 1]!) ? -1 : undefined);
  const edges: { inside: (p: Pos) => boolean; cut: (a: Pos, b: Pos) => Pos }[] = [
    { inside: (p) => p[0] >= box.west, cut: (a, b) => atLon(a, b, box.west) },
    { inside: (p) => p[0] <= box.east, cut: (a, b) => atLon(a, b, box.east) },
    { inside: (p) => p[1] >= box.south, cut: (a, b) => atLat(a, b, box.south) },
    { inside: (p) => p[1] <= box.north, cut: (a, b) => atLat(a, b, box.north) },
  ];
  for (const edge of edges) {
    if (pts.length === 0) break;
    const out: Pos[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i]!;
      const prev = pts[(i + pts.length - 1) % pts.length]!;
      const curIn = edge.inside(cur);
      const prevIn = edge.inside(prev);
      if (curIn) {
        if (!prevIn) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (prevIn) {
        out.push(edge.cut(prev, cur));
      }
    }
    pts = out;
  }
  pts = dedupe(pts);
  if (pts.length < 3 || Math.abs(planarArea(pts)) < 1e-9) return null;
  const dense = densifyAlongBox(pts, box, step);
  return [...dense, dense[0]!];
}

function atLon(a: Pos, b: Pos, lon: number): Pos {
  const t = (lon - a[0]) / (b[0] - a[0]);
  return [lon, a[1] + t * (b[1] - a[1])];
}

function atLat(a: Pos, b: Pos, lat: number): Pos {
  const t = (lat - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), lat];
}

function same(a: Pos, b: Pos): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function dedupe(pts: Pos[]): Pos[] {
  const out: Pos[] = [];
  for (const p of pts) if (out.length === 0 || !same(out[out.length - 1]!, p)) out.push(p);
  while (out.length > 1 && same(out[0]!, out[out.length - 1]!)) out.pop();
  return out;
}

function planarArea(pts: Pos[]): number {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % pts.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

function densifyAlongBox(pts: Pos[], box: LonLatBox, step: number): Pos[] {
  const out: Pos[] = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % pts.length]!;
    out.push(a);
    const onSameParallel = a[1] === b[1] && (a[1] === box.south || a[1] === box.north);
    if (!onSameParallel) continue;
    const n = Math.floor(Math.abs(b[0] - a[0]) / step);
    for (let k = 1; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1]]);
  }
  return out;
}
