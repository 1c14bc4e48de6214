import { EARTH_RADIUS_KM } from '../core/round/distance.ts';
import { CORE_CITIES, CORE_COUNTRIES } from './importance.ts';
import { type Box, LabelLayoutJob, type LabelRequest, type PlacedLabel } from './labelLayout.ts';
import type { MapModel } from './mapModel.ts';

/**
 * Which names the map shows, and where: pure (the caller measures text), so tests check it at
 * every screen size and a worker could run it. Names depend on the zoom: the closer the view,
 * the more markers and names fit.
 */

export const MARKER_RADIUS = 4;
const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;
/** Below this scale (px per degree) only the capitals a round is about get a marker, or the coast turns to clutter. */
const CROWDED_PX_PER_DEG = 7.8;

export interface LabelStyle {
  size: number;
  bold: boolean;
  /** A place the round is about (darker, bolder name). */
  core: boolean;
}

export interface LabelInput {
  names: Record<string, string>;
  countryLabels: boolean;
  cityLabels: boolean;
  /** Ids of the cities drawn with a marker (a city's name needs its dot). */
  markers: readonly string[];
  /** Places the question names: they win label space over every other name. */
  first?: readonly string[];
  /** Screen areas no name may cover (the countdown ring, the zoom buttons). */
  reserved?: readonly Box[];
}

export interface LabelPlan {
  placed: PlacedLabel[];
  styles: Map<string, LabelStyle>;
}

/** Ids of the cities that get a marker in this view: all when there is room, else the round's capitals and the named ones. */
export function markerCities(model: MapModel, on: boolean, named: readonly string[] = []): string[] {
  if (!on) return [];
  const crowded = model.projection.pxPerKm(0) * KM_PER_DEG < CROWDED_PX_PER_DEG;
  return model.cities.filter((c) => !crowded || CORE_CITIES.has(c.id) || named.includes(c.id)).map((c) => c.id);
}

type Measure = (id: string, name: string, style: LabelStyle) => { width: number; height: number };

export function planLabels(model: MapModel, input: LabelInput, measure: Measure): LabelPlan {
  const planning = new LabelPlanning(model, input, measure);
  planning.run();
  return planning.result();
}

/**
 * planLabels in small steps (one place's name, then one name's layout, per step), so the map can
 * spread a layout over several tasks (issue 20: no task over 50 ms). Run to the end, it gives
 * exactly planLabels' plan. It reads the model's fit as it goes: a caller that re-fits the model
 * starts a new one (`fittedTo` says which projection it was made for).
 */
export class LabelPlanning {
  readonly fittedTo: MapModel['projection'];
  private readonly r: { x: number; y: number; width: number; height: number };
  private readonly size: number;
  private readonly coreStyle: LabelStyle;
  private readonly countryStyle: LabelStyle;
  private readonly cityStyle: LabelStyle;
  private readonly first: Set<string>;
  private readonly requests: LabelRequest[] = [];
  private readonly styles = new Map<string, LabelStyle>();
  private readonly sizes = new Map<string, { width: number; height: number }>();
  /** The places still to turn into label requests, in planLabels' order (countries, then cities). */
  private readonly places: (() => void)[];
  private next = 0;
  private job: LabelLayoutJob | null = null;
  private finished = false;

  constructor(
    private readonly model: MapModel,
    private readonly input: LabelInput,
    private readonly measure: Measure,
  ) {
    this.fittedTo = model.projection;
    this.r = model.mapRect();
    this.size = Math.round(Math.max(11, Math.min(19, this.r.width / 85)));
    this.coreStyle = { size: this.size, bold: true, core: true };
    this.countryStyle = { size: this.size - 2, bold: false, core: false };
    this.cityStyle = { size: Math.max(10, this.size - 3), bold: false, core: false };
    this.first = new Set(input.first ?? []);
    const countries = input.countryLabels ? model.countries.map((c) => () => this.country(c)) : [];
    const cities = input.cityLabels ? model.cities.map((c) => () => this.city(c)) : [];
    this.places = [...countries, ...cities];
  }

  /** Steps while `more()` says so (checked before each step); true once the plan is complete. */
  run(more: () => boolean = () => true): boolean {
    while (!this.finished && more()) this.step();
    return this.finished;
  }

  /** The looks this layout's names take (a caller can prepare their fonts ahead, one per task). */
  looks(): LabelStyle[] {
    return [this.coreStyle, this.countryStyle, this.cityStyle];
  }

  result(): LabelPlan {
    return { placed: this.job?.result().placed ?? [], styles: this.styles };
  }

  private step(): void {
    const place = this.places[this.next];
    if (place) {
      this.next++;
      place();
      return;
    }
    const model = this.model;
    this.job ??= new LabelLayoutJob(this.requests, (req) => this.sizes.get(req.id) ?? { width: 0, height: 0 }, {
      bounds: this.r,
      obstacles: [...markerBoxes(model, this.input.markers), ...(this.input.reserved ?? [])],
      gap: 3,
      leaderSpotOk: (id, b) => leaderSpotOk(model, id, b),
    });
    if (!this.job.step()) this.finished = true;
  }

  private country(c: MapModel['countries'][number]): void {
    const { model, input, first } = this;
    const name = input.names[c.id];
    const shape = model.shape(c.id);
    if (!name || !shape) return;
    const at = labelPoint(model, c.id, c.anchor, this.r);
    if (!at) return;
    const core = CORE_COUNTRIES.has(c.id) || first.has(c.id);
    const style = core ? this.coreStyle : this.countryStyle;
    this.styles.set(c.id, style);
    const m = this.measure(c.id, name, style);
    this.sizes.set(c.id, m);
    const w = shape.box.x1 - shape.box.x0;
    const h = shape.box.y1 - shape.box.y0;
    this.requests.push({
      id: c.id,
      x: at.x,
      y: at.y,
      mode: 'center',
      priority: (first.has(c.id) ? 5000 : core ? 3000 : 1000) + Math.min(999, Math.sqrt(shape.areaPx)),
      preferLeader: core && (m.width > w * 1.6 || m.height > h * 0.6),
      allowLeader: core,
      mustShow: first.has(c.id),
    });
  }

  private city(c: MapModel['cities'][number]): void {
    const { model, input, first, r } = this;
    const name = input.names[c.id];
    if (!name || !input.markers.includes(c.id)) return;
    const { x, y } = model.projection.project(c.lon, c.lat);
    if (!(x >= r.x && y >= r.y && x <= r.x + r.width && y <= r.y + r.height)) return;
    const style = this.cityStyle;
    this.styles.set(c.id, style);
    this.sizes.set(c.id, this.measure(c.id, name, style));
    this.requests.push({
      id: c.id,
      x,
      y,
      mode: 'beside',
      markerRadius: MARKER_RADIUS,
      priority: first.has(c.id) ? 4500 : CORE_CITIES.has(c.id) ? 2000 : 500,
      allowLeader: first.has(c.id),
      mustShow: first.has(c.id),
    });
  }
}

/** The boxes the shown city markers cover, which no name may overlap. */
function markerBoxes(model: MapModel, markers: readonly string[]): Box[] {
  return model.cities
    .filter((c) => markers.includes(c.id))
    .map((c) => {
      const { x, y } = model.projection.project(c.lon, c.lat);
      return { x: x - MARKER_RADIUS, y: y - MARKER_RADIUS, width: MARKER_RADIUS * 2, height: MARKER_RADIUS * 2 };
    });
}

/** A country's name on a leader line goes over sea or its own land, never over a neighbour. */
function leaderSpotOk(model: MapModel, id: string, b: Box): boolean {
  if (!/^[A-Z]{3}$/.test(id)) return true; // city names stay beside their marker
  const y = b.y + b.height / 2;
  return [b.x, b.x + b.width / 2, b.x + b.width].every((x) => {
    const under = landAt(model, x, y);
    return under === null || under === id;
  });
}

/**
 * The country whose drawn shape covers screen (x, y): a planar even-odd test on the projected
 * rings, far cheaper than the spherical test a pick uses, and exact enough to keep names off a
 * neighbour's land.
 */
function landAt(model: MapModel, x: number, y: number): string | null {
  for (const s of model.shapes()) {
    if (x < s.box.x0 || x > s.box.x1 || y < s.box.y0 || y > s.box.y1) continue;
    let inside = false;
    for (const ring of s.rings) {
      for (let i = 0, j = ring.length - 2; i + 1 < ring.length; j = i, i += 2) {
        const xi = ring[i] as number;
        const yi = ring[i + 1] as number;
        const xj = ring[j] as number;
        const yj = ring[j + 1] as number;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) return s.id;
  }
  return null;
}

/**
 * Where a country's name goes in this view: its label point, or, when that is off screen (the
 * view shows only part of a big country, e.g. Niger's south around Niamey), the middle of its
 * visible part when that lies on its land.
 */
function labelPoint(
  model: MapModel,
  id: string,
  anchor: readonly [number, number],
  r: { x: number; y: number; width: number; height: number },
): { x: number; y: number } | null {
  const p = model.projection.project(anchor[0], anchor[1]);
  const margin = 2;
  if (p.x >= r.x + margin && p.y >= r.y + margin && p.x <= r.x + r.width - margin && p.y <= r.y + r.height - margin)
    return p;
  const box = model.shape(id)?.box;
  if (!box) return null;
  const x0 = Math.max(box.x0, r.x);
  const x1 = Math.min(box.x1, r.x + r.width);
  const y0 = Math.max(box.y0, r.y);
  const y1 = Math.min(box.y1, r.y + r.height);
  // Too little of it in view to carry a name.
  if (x1 - x0 < 40 || y1 - y0 < 24) return null;
  for (const [fx, fy] of [
    [0.5, 0.5],
    [0.5, 0.3],
    [0.5, 0.7],
    [0.3, 0.5],
    [0.7, 0.5],
  ] as const) {
    const q = { x: x0 + (x1 - x0) * fx, y: y0 + (y1 - y0) * fy };
    if (landAt(model, q.x, q.y) === id) return q;
  }
  return null;
}

/** Where a place's tick or cross goes: above a country's name, above a city's marker; never over a name. */
export function markSpot(
  model: MapModel,
  id: string,
  size: number,
  labels: readonly PlacedLabel[],
): { x: number; y: number } | null {
  const city = model.city(id);
  let at: { x: number; y: number } | null = null;
  if (city) {
    const p = model.projection.project(city.lon, city.lat);
    at = { x: p.x, y: p.y - size - 10 };
  } else {
    const c = model.country(id);
    if (!c) return null;
    const p = model.projection.project(c.anchor[0], c.anchor[1]);
    at = { x: p.x, y: p.y - size * 2.2 };
  }
  // Step up (then down) until the mark's disc clears every name.
  const r = size + 2;
  const clear = (x: number, y: number) =>
    labels.every(
      (l) => !(x + r > l.box.x && x - r < l.box.x + l.box.width && y + r > l.box.y && y - r < l.box.y + l.box.height),
    );
  for (let k = 0; k < 12; k++) {
    for (const dy of [-k * r * 0.8, k * r * 0.8]) {
      if (clear(at.x, at.y + dy)) return { x: at.x, y: at.y + dy };
    }
  }
  return at;
}
