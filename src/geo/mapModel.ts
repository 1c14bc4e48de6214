import { projectionFor, type View } from './camera.ts';
import { EXTENT, FOCUS, type LonLatBox } from './frame.ts';
import { countryAt, countryNear, projectCountries, type NearOptions, type ScreenCountry } from './hitTest.ts';
import type { City, Country, MapData } from './mapData.ts';
import { fitProjection, type MapProjection, type Rect } from './projection.ts';

/** How a model was last fitted: enough for another MapModel of the same data (a worker's) to fit the same. */
export interface FitArgs {
  viewport: Rect;
  padding: number;
  /** The camera view of `fitView`; null for `fit`. */
  view: View | null;
}

/**
 * The map for one screen size: data + fitted projection + shapes in pixels. Pure (no Phaser,
 * no DOM); the map scene draws what it exposes and asks it what a pointer is over.
 */
export class MapModel {
  readonly countries: readonly Country[];
  readonly cities: readonly City[];
  private readonly byId = new Map<string, Country>();
  private proj: MapProjection;
  private screenShapes: ScreenCountry[] = [];
  private view: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private fitted: FitArgs = { viewport: this.view, padding: 0, view: null };

  constructor(
    data: MapData,
    private readonly focus: LonLatBox = FOCUS,
    private readonly extent: LonLatBox = EXTENT,
  ) {
    this.countries = data.countries;
    this.cities = data.cities;
    for (const c of data.countries) this.byId.set(c.id, c);
    this.proj = fitProjection(this.view, focus);
  }

  /** Re-fit to a viewport (screen px); the focus box fits whole inside it minus padding. */
  fit(viewport: Rect, padding = 0): void {
    this.view = { ...viewport };
    this.fitted = { viewport: { ...viewport }, padding, view: null };
    this.proj = fitProjection(viewport, this.focus, padding);
    this.screenShapes = projectCountries(this.countries, this.proj);
  }

  /** Re-fit to a viewport showing a camera view (see camera.ts; zoom 1 is the same as `fit`). */
  fitView(viewport: Rect, view: View, padding = 0): void {
    this.view = { ...viewport };
    this.fitted = { viewport: { ...viewport }, padding, view: { ...view } };
    this.proj = projectionFor(view, viewport, padding);
    this.screenShapes = projectCountries(this.countries, this.proj);
  }

  /** How it was last fitted (a copy). */
  get fitArgs(): FitArgs {
    const f = this.fitted;
    return { viewport: { ...f.viewport }, padding: f.padding, view: f.view && { ...f.view } };
  }

  /** Fits as `args` say (what `fitArgs` of another model of the same data gave): the same projection. */
  refit(args: FitArgs): void {
    if (args.view) this.fitView(args.viewport, args.view, args.padding);
    else this.fit(args.viewport, args.padding);
  }

  get projection(): MapProjection {
    return this.proj;
  }

  /** The viewport last fitted to. */
  get viewport(): Rect {
    return this.view;
  }

  /** The part of the viewport the map data covers (outside it is page margin, not sea). */
  mapRect(): Rect {
    const r = this.proj.boxToRect(this.extent);
    const x0 = Math.max(r.x, this.view.x);
    const y0 = Math.max(r.y, this.view.y);
    const x1 = Math.min(r.x + r.width, this.view.x + this.view.width);
    const y1 = Math.min(r.y + r.height, this.view.y + this.view.height);
    return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
  }

  shapes(): readonly ScreenCountry[] {
    return this.screenShapes;
  }

  shape(id: string): ScreenCountry | undefined {
    return this.screenShapes.find((s) => s.id === id);
  }

  country(id: string): Country | undefined {
    return this.byId.get(id);
  }

  city(id: string): City | undefined {
    return this.cities.find((c) => c.id === id);
  }

  countryAt(lon: number, lat: number): string | null {
    return countryAt(this.countries, lon, lat);
  }

  /** The country a pointer at screen (x, y) means; see countryNear for the tolerance rules. */
  countryAtScreen(x: number, y: number, options: NearOptions): string | null {
    const r = this.mapRect();
    if (x < r.x || y < r.y || x > r.x + r.width || y > r.y + r.height) return null;
    return countryNear(this.countries, this.screenShapes, this.proj, x, y, options);
  }
}
