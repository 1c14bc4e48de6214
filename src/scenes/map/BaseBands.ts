import type { MapModel } from '../../geo/mapModel.ts';
import { BaseMapPainter } from './BaseMapPainter.ts';
import { stillPainter } from './load/paintClient.ts';
import { IDENTITY, type Placement } from './pictureFits.ts';
import { StillPicture } from './StillPicture.ts';
import { placeElement, type Residual, type StillLayer } from './StillLayer.ts';

export type { Placement } from './pictureFits.ts';

/** How many horizontal bands the still map is painted in. */
export const BAND_COUNT = 6;
/** Each band but the last reaches this many device px into the next: no seam shows while the camera scales them. */
const OVERLAP_PX = 2;

/** Which painter made the crisp still map shown for the current fit (`<html data-map-paint>`, for tests). */
function painted(by: 'worker' | 'main-thread'): void {
  document.documentElement.dataset.mapPaint = by;
}

/**
 * The crisp still map. Where the paint worker runs (load/paintClient.ts), one picture per settle
 * painted off the main thread (StillPicture, `repaint`). Elsewhere — or once the worker is lost —
 * the still map as BAND_COUNT horizontal DOM canvases in the still layer (StillLayer). Painting one
 * band costs about a sixth of the whole — tracing its countries, and rasterising it once — so
 * after a camera move the map is repainted one band per task, never in one long task; bands not
 * repainted yet are shown where the camera had them (`carry`). The camera moves them all with a
 * CSS transform (`view`): no band is drawn again while it flies.
 */
export class BaseBands {
  private readonly painter = new BaseMapPainter();
  private readonly canvases: HTMLCanvasElement[] = [];
  private places: Placement[] = [];
  private size = { pw: 0, ph: 0, ratio: 1 };
  /** Bands painted at least once (a band never painted shows nothing). */
  private readonly done = new Set<number>();
  private camera: Residual;
  /** The worker's picture, while there is a paint worker. */
  private readonly picture: StillPicture | null;

  constructor(
    layer: StillLayer,
    private readonly model: MapModel,
  ) {
    this.camera = layer.camera;
    const client = stillPainter();
    this.picture = client && StillPicture.create(layer, client);
    for (let i = 0; i < BAND_COUNT; i++) {
      this.canvases.push(layer.canvas());
      this.places.push(IDENTITY);
    }
  }

  /**
   * Asks the paint worker for the still map at the model's current fit; false when there is none
   * (paint the bands instead). `shown` once it is shown; `failed` when the worker was lost before:
   * from then on the bands are painted, and the worker's last picture stays until they are.
   */
  repaint(css: { width: number; height: number }, ratio: number, shown: () => void, failed: () => void): boolean {
    // Until the picture for this fit is shown (by either painter), no painter is named.
    delete document.documentElement.dataset.mapPaint;
    const picture = this.picture;
    if (!picture) return false;
    return picture.request(
      this.model,
      css,
      ratio,
      () => {
        painted('worker');
        shown();
      },
      failed,
    );
  }

  /** Paints band `band` (all when undefined) for the model's current fit, on a canvas of `css` size. */
  paint(model: MapModel, css: { width: number; height: number }, ratio: number, band?: number): void {
    const pw = Math.ceil(css.width * ratio);
    const ph = Math.ceil(css.height * ratio);
    const resized = pw !== this.size.pw || ph !== this.size.ph || ratio !== this.size.ratio;
    this.size = { pw, ph, ratio };
    // A new canvas size leaves every band painted so far at the wrong size and place: they are hidden
    // (the backdrop shows there) until each is painted again. Bands not painted yet show nothing.
    if (resized) {
      this.done.clear();
      for (const c of this.canvases) c.style.visibility = 'hidden';
    }
    const bands = band === undefined ? [...this.canvases.keys()] : [band];
    for (const i of bands) this.paintBand(model, i);
    if (this.done.size === BAND_COUNT && (band === undefined || band === BAND_COUNT - 1)) {
      // Bands are painted only without a (working) paint worker: its last picture, if any, goes.
      this.picture?.hide();
      painted('main-thread');
    }
  }

  /** Moves every band (and the worker's picture) as `move` says (the camera was reset under them). */
  carry(move: (p: Placement) => Placement): void {
    this.places = this.places.map(move);
    this.picture?.carry(this.model, move);
    this.placeAll();
  }

  /** Shows every band through the camera's residual (it moved, or settled). */
  view(camera: Residual): void {
    this.camera = camera;
    this.picture?.view(camera);
    this.placeAll();
  }

  private placeAll(): void {
    for (let i = 0; i < this.canvases.length; i++) this.place(i);
  }

  private paintBand(model: MapModel, i: number): void {
    const { pw, ph, ratio } = this.size;
    const top = Math.round((i * ph) / BAND_COUNT);
    const end = Math.min(ph, Math.round(((i + 1) * ph) / BAND_COUNT) + (i < BAND_COUNT - 1 ? OVERLAP_PX : 0));
    const canvas = this.canvases[i];
    if (!canvas) return;
    const h = Math.max(1, end - top);
    if (canvas.width !== pw) canvas.width = pw;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    this.painter.paint(ctx, model, ratio, top);
    this.places[i] = IDENTITY;
    this.done.add(i);
    this.place(i);
  }

  private place(i: number): void {
    const canvas = this.canvases[i];
    const p = this.places[i];
    if (!canvas || !p || !this.done.has(i)) return;
    const { ratio, ph } = this.size;
    const top = Math.round((i * ph) / BAND_COUNT) / ratio;
    placeElement(
      canvas,
      { x: p.x, y: p.y + p.scale * top, scale: p.scale, width: canvas.width / ratio, height: canvas.height / ratio },
      this.camera,
    );
  }
}
