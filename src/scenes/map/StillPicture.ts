import type { MapModel } from '../../geo/mapModel.ts';
import type { PaintClient } from './load/paintClient.ts';
import { PictureFits, type Placement } from './pictureFits.ts';
import { placeElement, type Residual, type StillLayer } from './StillLayer.ts';

/**
 * The crisp still map as one picture painted by the paint worker (load/paintClient.ts), shown in a
 * DOM canvas of the still layer with a `bitmaprenderer` context: the worker's ImageBitmap is handed
 * to the canvas, not drawn, so showing it costs the main thread next to nothing. Placed and moved
 * like the bands (BaseBands), at the fit it was painted for, seen through the camera's residual.
 */
export class StillPicture {
  private readonly fits = new PictureFits();
  /** CSS size of the picture shown. */
  private size = { width: 0, height: 0 };
  private camera: Residual;
  /** The fit last painted or carried to (see `request`). */
  private fitKey = '';

  private constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly ctx: ImageBitmapRenderingContext,
    private readonly client: PaintClient,
    layer: StillLayer,
  ) {
    this.camera = layer.camera;
  }

  /** A picture canvas in `layer`, or null where the browser has no `bitmaprenderer` context. */
  static create(layer: StillLayer, client: PaintClient): StillPicture | null {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('bitmaprenderer');
    if (!ctx) return null;
    return new StillPicture(layer.canvas(canvas), ctx, client, layer);
  }

  /**
   * Asks for the model's current fit, `css` size, `ratio` device px per CSS px; false when the
   * worker is gone (paint on the main thread instead). `shown` after the picture is shown, `failed`
   * if the worker is lost before it comes.
   */
  request(
    model: MapModel,
    css: { width: number; height: number },
    ratio: number,
    shown: () => void,
    failed: () => void,
  ): boolean {
    if (!this.client.alive) return false;
    const fit = model.fitArgs;
    const key = JSON.stringify(fit);
    // The fit changed without a camera settle (carry): the picture shown has no place in it.
    if (key !== this.fitKey) {
      this.fits.lost();
      this.canvas.style.visibility = 'hidden';
    }
    this.fitKey = key;
    this.fits.requested();
    const width = Math.ceil(css.width * ratio);
    const height = Math.ceil(css.height * ratio);
    this.client.paint(
      { model: 'map', fit, width, height, ratio },
      (bitmap) => {
        if (!this.fits.arrived()) {
          bitmap.close();
          return;
        }
        this.show(bitmap, ratio);
        shown();
      },
      failed,
    );
    return true;
  }

  /** The camera settled: the fit moved as `move` says (`model` is fitted to the new one already). */
  carry(model: MapModel, move: (p: Placement) => Placement): void {
    this.fits.carry(move);
    this.fitKey = JSON.stringify(model.fitArgs);
    this.place();
  }

  view(camera: Residual): void {
    this.camera = camera;
    this.place();
  }

  /** Hidden for good (the main thread paints the map from now on). */
  hide(): void {
    this.fits.lost();
    this.canvas.style.visibility = 'hidden';
  }

  private show(bitmap: ImageBitmap, ratio: number): void {
    this.size = { width: bitmap.width / ratio, height: bitmap.height / ratio };
    this.canvas.width = bitmap.width;
    this.canvas.height = bitmap.height;
    this.ctx.transferFromImageBitmap(bitmap);
    this.place();
  }

  private place(): void {
    const p = this.fits.shown;
    if (!p || !this.size.width) return;
    placeElement(this.canvas, { ...p, ...this.size }, this.camera);
  }
}
