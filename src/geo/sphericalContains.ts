/**
 * d3-geo's `geoContains` for a country (a Polygon or MultiPolygon feature), written out from d3-geo 3.1
 * (ISC licence, Mike Bostock) with its exact-sum Adder from d3-array. The map's tap test is the only
 * d3-geo the page needs before the first question, and d3-geo ships as one module: importing it pulled
 * the whole projection pipeline along (~9 KB gzip). test/unit/geo-contains.test.ts checks it against
 * d3-geo itself on every country. Pure.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';

const EPSILON = 1e-6;
const EPSILON2 = 1e-12;
const { PI, abs, sin, cos, atan2, sqrt } = Math;
const HALF_PI = PI / 2;
const QUARTER_PI = PI / 4;
const TAU = PI * 2;
const RADIANS = PI / 180;

type Vec3 = [number, number, number];
type LonLat = readonly number[];

/** Exact floating-point summation (Shewchuk), as d3-array's Adder. */
class Adder {
  private readonly partials = new Float64Array(32);
  private n = 0;
  add(value: number): void {
    const p = this.partials;
    let x = value;
    let i = 0;
    for (let j = 0; j < this.n && j < 32; j++) {
      const y = p[j] as number;
      const hi = x + y;
      const lo = abs(x) < abs(y) ? x - (hi - y) : y - (hi - x);
      if (lo) p[i++] = lo;
      x = hi;
    }
    p[i] = x;
    this.n = i + 1;
  }
  valueOf(): number {
    const p = this.partials;
    let n = this.n;
    let hi = 0;
    if (n > 0) {
      let lo = 0;
      hi = p[--n] as number;
      while (n > 0) {
        const x = hi;
        const y = p[--n] as number;
        hi = x + y;
        lo = y - (hi - x);
        if (lo) break;
      }
      if (n > 0 && ((lo < 0 && (p[n - 1] as number) < 0) || (lo > 0 && (p[n - 1] as number) > 0))) {
        const y = lo * 2;
        const x = hi + y;
        if (y === x - hi) hi = x;
      }
    }
    return hi;
  }
}

const asin = (x: number): number => (x > 1 ? HALF_PI : x < -1 ? -HALF_PI : Math.asin(x));
const longitude = (p: LonLat): number => {
  const l = p[0] as number;
  return abs(l) <= PI ? l : Math.sign(l) * (((abs(l) + PI) % TAU) - PI);
};
const cartesian = (p: LonLat): Vec3 => {
  const lambda = p[0] as number;
  const cosPhi = cos(p[1] as number);
  return [cosPhi * cos(lambda), cosPhi * sin(lambda), sin(p[1] as number)];
};
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const normalizeInPlace = (d: Vec3): void => {
  const l = sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
  d[0] /= l;
  d[1] /= l;
  d[2] /= l;
};

/** d3-geo's polygonContains: rings and point in radians, rings without their closing point. */
function polygonContains(polygon: LonLat[][], point: LonLat): boolean {
  const lambda = longitude(point);
  let phi = point[1] as number;
  const sinPhi = sin(phi);
  const normal: Vec3 = [sin(lambda), -cos(lambda), 0];
  let angle = 0;
  let winding = 0;
  const sum = new Adder();
  if (sinPhi === 1) phi = HALF_PI + EPSILON;
  else if (sinPhi === -1) phi = -HALF_PI - EPSILON;
  for (const ring of polygon) {
    const m = ring.length;
    if (!m) continue;
    let point0 = ring[m - 1] as LonLat;
    let lambda0 = longitude(point0);
    const phi0 = (point0[1] as number) / 2 + QUARTER_PI;
    let sinPhi0 = sin(phi0);
    let cosPhi0 = cos(phi0);
    for (const point1 of ring) {
      const lambda1 = longitude(point1);
      const phi1 = (point1[1] as number) / 2 + QUARTER_PI;
      const sinPhi1 = sin(phi1);
      const cosPhi1 = cos(phi1);
      const delta = lambda1 - lambda0;
      const sign = delta >= 0 ? 1 : -1;
      const absDelta = sign * delta;
      const antimeridian = absDelta > PI;
      const k = sinPhi0 * sinPhi1;
      sum.add(atan2(k * sign * sin(absDelta), cosPhi0 * cosPhi1 + k * cos(absDelta)));
      angle += antimeridian ? delta + sign * TAU : delta;
      // Are the longitudes either side of the point's meridian, and the latitudes below its parallel?
      if ((antimeridian !== lambda0 >= lambda) !== lambda1 >= lambda) {
        const arc = cross(cartesian(point0), cartesian(point1));
        normalizeInPlace(arc);
        const intersection = cross(normal, arc);
        normalizeInPlace(intersection);
        const phiArc = (antimeridian !== delta >= 0 ? -1 : 1) * asin(intersection[2]);
        if (phi > phiArc || (phi === phiArc && (arc[0] || arc[1]))) winding += antimeridian !== delta >= 0 ? 1 : -1;
      }
      lambda0 = lambda1;
      sinPhi0 = sinPhi1;
      cosPhi0 = cosPhi1;
      point0 = point1;
    }
  }
  // The South pole is inside if the polygon winds clockwise round it, or does not wind round it
  // but has a negative area; each crossing of the meridian from the point to the pole flips the side.
  const southInside = angle < -EPSILON || (angle < EPSILON && +sum < -EPSILON2);
  return southInside !== ((winding & 1) === 1);
}

const toRadians = (p: LonLat): LonLat => [(p[0] as number) * RADIANS, (p[1] as number) * RADIANS];
const ringRadians = (ring: LonLat[]): LonLat[] => ring.slice(0, -1).map(toRadians);

/** Whether a Polygon or MultiPolygon feature contains [lon, lat] (degrees) on the sphere, as `geoContains`. */
export function sphericalContains(feature: Feature<Polygon | MultiPolygon>, point: LonLat): boolean {
  const g = feature.geometry;
  const p = toRadians(point);
  if (g?.type === 'Polygon') return polygonContains(g.coordinates.map(ringRadians), p);
  if (g?.type === 'MultiPolygon') return g.coordinates.some((poly) => polygonContains(poly.map(ringRadians), p));
  return false;
}
