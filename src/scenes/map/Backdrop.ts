import { mercY } from '../../geo/camera.ts';
import { EXTENT } from '../../geo/frame.ts';
import { MapModel } from '../../geo/mapModel.ts';
import { BaseMapPainter } from './BaseMapPainter.ts';
import { taskAfterFrames } from '../../ports/nextTask.ts';
import { LaterTask } from './load/yieldToMain.ts';
import { stillPainter } from './load/paintClient.ts';
import { placeElement, type Residual, type StillLayer } from './StillLayer.ts';
/** Slices the backdrop is painted in, one per task: each traces and fills about a sixth of it. */
const SLICES = 6;
/** Backdrop width in device px per px of the window's longer side: soft, but never blocky. */
const DENSITY = 0.75;
const MIN_WIDTH = 512;
const MAX_WIDTH = 2048;
/** A new window size repaints the backdrop only when it wants a width this much different. */
const REPAINT_RATIO = 1.3;

/**
 * The whole map area (EXTENT), painted once per window size at a low resolution, a DOM canvas under
 * the crisp bands (BaseBands) in the still layer, moved by the same camera. The crisp bands are painted for the view
 * they were committed at and cover only it; while a flight or a resize shows more than that (a
 * zoom out, the phone's strip growing into the stage) and until they are repainted, the backdrop
 * shows the real, slightly soft map there instead of blank sea. Below it, the still layer's page
 * colour stands for the margin past EXTENT at any camera.
 *
 * Painted by the paint worker off the main thread where it runs (load/paintClient.ts), shown in a
 * `bitmaprenderer` canvas; else in slices into a canvas of its own, one per task. Either way it is
 * shown at once in place of the old one: the backdrop shown is always a complete one (the previous
 * size's until the new one is done).
 */
export class Backdrop {
  private readonly painter = new BaseMapPainter();
  /** The backdrop shown, if any. */
  private shown: HTMLCanvasElement | null = null;
  /** Where the committed fit shows EXTENT (CSS px), and the camera's residual from it. */
  private rect = { x: 0, y: 0, width: 0, height: 0 };
  private camera: Residual;
  // Ordinary tasks, not scheduler.yield continuations: a frame is drawn between two slices.
  private readonly later = new LaterTask(() => this.slice(), taskAfterFrames);
  private readonly model: MapModel;
  /** The canvas being painted, and how many slices of it are done. */
  private work: { canvas: HTMLCanvasElement; done: number } | null = null;
  /** Width of the backdrop shown (0: none yet) and of the one asked for. */
  private shownWidth = 0;
  private wantedWidth = 0;
  /** A backdrop was asked of the paint worker and has not come yet. */
  private asked = false;
  private destroyed = false;

  constructor(
    private readonly layer: StillLayer,
    model: MapModel,
  ) {
    this.camera = layer.camera;
    this.model = new MapModel({ countries: [...model.countries], cities: [] }, EXTENT, EXTENT);
  }

  /** Paints a backdrop for the window's size in later tasks, unless the one shown is close enough. */
  ensure(ratio: number): void {
    if (this.destroyed) return;
    const longer = windowLonger();
    const width = Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longer * Math.min(ratio, 2) * DENSITY)));
    const near = (w: number) => w > 0 && Math.max(w / width, width / w) < REPAINT_RATIO;
    if (near(this.shownWidth) || ((this.work || this.asked) && near(this.wantedWidth))) return;
    this.wantedWidth = width;
    this.work = null;
    if (!this.byWorker(width)) this.later.request();
  }

  /** Asks the paint worker for a backdrop `w` px wide; false when there is none. */
  private byWorker(w: number): boolean {
    const client = stillPainter();
    if (!client) return false;
    const h = heightFor(w);
    const viewport = { x: 0, y: 0, width: w, height: h };
    this.asked = true;
    client.paint(
      { model: 'extent', fit: { viewport, padding: 0, view: null }, width: w, height: h, ratio: 1 },
      (bitmap) => {
        this.asked = false;
        const canvas = document.createElement('canvas');
        const ctx = canvas.getContext('bitmaprenderer');
        if (this.destroyed || !ctx) {
          bitmap.close();
          if (!this.destroyed) this.later.request();
          return;
        }
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        ctx.transferFromImageBitmap(bitmap);
        this.show(canvas);
      },
      // The worker was lost: the slices on the main thread, from the start.
      () => {
        this.asked = false;
        this.work = null;
        this.later.request();
      },
    );
    return true;
  }

  /** Puts the backdrop where `fit` (the crisp drawing's fit, in CSS px) shows EXTENT. */
  place(fit: MapModel): void {
    this.rect = fit.projection.boxToRect(EXTENT);
    this.apply();
  }

  /** Shows the backdrop through the camera's residual (it moved, or settled). */
  view(camera: Residual): void {
    this.camera = camera;
    this.apply();
  }

  private apply(): void {
    const r = this.rect;
    const c = this.shown;
    if (!c || !(r.width > 0)) return;
    placeElement(c, { x: r.x, y: r.y, scale: r.width / c.width, width: c.width, height: c.height }, this.camera);
  }

  private slice(): void {
    if (this.destroyed || !this.wantedWidth) return;
    if (!this.work) {
      // The first slice sizes the canvas to EXTENT's shape and fits the map to it.
      const w = this.wantedWidth;
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = heightFor(w);
      this.model.fit({ x: 0, y: 0, width: w, height: canvas.height });
      this.work = { canvas, done: 0 };
      this.later.request();
      return;
    }
    const { canvas } = this.work;
    const top = Math.round((this.work.done * canvas.height) / SLICES);
    const end = Math.round(((this.work.done + 1) * canvas.height) / SLICES);
    const band = document.createElement('canvas');
    band.width = canvas.width;
    band.height = Math.max(1, end - top);
    const ctx = band.getContext('2d');
    if (ctx) this.painter.paint(ctx, this.model, 1, top);
    canvas.getContext('2d')?.drawImage(band, 0, top);
    if (++this.work.done < SLICES) this.later.request();
    else this.show(canvas);
  }

  private show(canvas: HTMLCanvasElement): void {
    // Under the crisp bands: first in the layer.
    this.layer.canvas(canvas, true);
    this.shown?.remove();
    this.shown = canvas;
    this.shownWidth = canvas.width;
    this.work = null;
    this.apply();
  }

  destroy(): void {
    this.destroyed = true;
    this.work = null;
    this.shown?.remove();
  }
}

/** The backdrop's height for a width: EXTENT's shape. */
function heightFor(w: number): number {
  const h = Math.round(
    (w * (mercY(EXTENT.north) - mercY(EXTENT.south))) / ((EXTENT.east - EXTENT.west) * (Math.PI / 180)),
  );
  return Math.max(1, h);
}

/**
 * The window's longer side, CSS px, read again only after a resize: on a phone (a page with a
 * viewport meta) reading innerWidth forces a layout, which the task that asked for a repaint —
 * often the one that just changed the page — would pay for.
 */
let longerSide = 0;
function windowLonger(): number {
  if (!longerSide) {
    longerSide = Math.max(window.innerWidth, window.innerHeight, 1);
    window.addEventListener('resize', () => (longerSide = 0), { once: true });
  }
  return longerSide;
}
