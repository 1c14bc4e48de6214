import { EXTENT } from '../../geo/frame.ts';
import { CORE_COUNTRIES } from '../../geo/importance.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import { css, PALETTE } from './palette.ts';

/** A page canvas's context or a worker's OffscreenCanvas one: the painter is one copy for both (see load/paintJob.ts). */
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Paints the still part of the map — sea, graticule, land, borders, neat line (the page margin
 * around it is Backdrop's) —
 * once per camera settle into a Canvas 2D context: a Web Worker's OffscreenCanvas (load/paintJob.ts),
 * or, where no worker can, a page canvas on the main thread. One
 * image per frame is far cheaper on a weak laptop than re-tessellating ~9,000 points.
 * `top`: the context holds a horizontal band of the map starting this many device px down (the
 * map is painted in bands, one per task, after a camera move; see MapDrawing).
 */
export class BaseMapPainter {
  paint(ctx: Ctx2D, model: MapModel, pixelRatio: number, top = 0): void {
    const r = model.mapRect();
    // The whole texture, not just the map: outside it the texture stays clear, so the page margin
    // (and, while the camera carries this drawing, the backdrop of the whole map) shows under it.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, -top);
    const y0 = top / pixelRatio;
    const y1 = (top + ctx.canvas.height) / pixelRatio;

    ctx.save();
    ctx.beginPath();
    ctx.rect(r.x, r.y, r.width, r.height);
    ctx.clip();
    ctx.fillStyle = css(PALETTE.sea);
    ctx.fillRect(r.x, r.y, r.width, r.height);
    this.graticule(ctx, model);

    const scale = Math.max(0.6, Math.min(1.4, r.width / 1200));
    // Zoomed in, most countries lie off screen: only what the view (and this band) shows is traced.
    const top0 = Math.max(r.y, y0);
    const bottom = Math.min(r.y + r.height, y1);
    const shown = model
      .shapes()
      .filter((s) => s.box.x1 >= r.x && s.box.x0 <= r.x + r.width && s.box.y1 >= top0 && s.box.y0 <= bottom);
    for (const s of shown) {
      ctx.fillStyle = css(CORE_COUNTRIES.has(s.id) ? PALETTE.landFocus : PALETTE.landOther);
      ctx.beginPath();
      for (const ring of s.rings) trace(ctx, ring);
      ctx.fill('evenodd');
    }
    ctx.lineJoin = 'round';
    ctx.strokeStyle = css(PALETTE.border);
    ctx.lineWidth = 0.9 * scale;
    ctx.beginPath();
    for (const s of shown) for (const ring of s.rings) trace(ctx, ring);
    ctx.stroke();

    ctx.restore();

    this.neatLine(ctx, model);
  }

  /**
   * The line where the map data ends and the page margin begins: only on the sides of the map that
   * are EXTENT's, not where the viewport cuts the map (a drawing carried by the camera would show
   * that cut as a frame floating over the backdrop).
   */
  private neatLine(ctx: Ctx2D, model: MapModel): void {
    const r = model.mapRect();
    const e = model.projection.boxToRect(EXTENT);
    const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
    const [x0, y0, x1, y1] = [r.x + 0.75, r.y + 0.75, r.x + r.width - 0.75, r.y + r.height - 0.75];
    ctx.strokeStyle = css(PALETTE.neatLine);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    const side = (on: boolean, ax: number, ay: number, bx: number, by: number) => {
      if (!on) return;
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
    };
    side(near(r.y, e.y), r.x, y0, r.x + r.width, y0);
    side(near(r.y + r.height, e.y + e.height), r.x, y1, r.x + r.width, y1);
    side(near(r.x, e.x), x0, r.y, x0, r.y + r.height);
    side(near(r.x + r.width, e.x + e.width), x1, r.y, x1, r.y + r.height);
    ctx.stroke();
  }

  private graticule(ctx: Ctx2D, model: MapModel): void {
    const p = model.projection;
    ctx.strokeStyle = css(PALETTE.seaGrid);
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let lon = -30; lon <= 60; lon += 10) {
      const a = p.project(lon, -20);
      const b = p.project(lon, 50);
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    for (let lat = -10; lat <= 50; lat += 10) {
      const a = p.project(-40, lat);
      const b = p.project(60, lat);
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
  }
}

function trace(ctx: Ctx2D, ring: readonly number[]): void {
  if (ring.length < 4) return;
  ctx.moveTo(ring[0]!, ring[1]!);
  for (let i = 2; i + 1 < ring.length; i += 2) ctx.lineTo(ring[i]!, ring[i + 1]!);
  ctx.closePath();
}
