import { EXTENT } from '../../../geo/frame.ts';
import type { MapData } from '../../../geo/mapData.ts';
import { MapModel } from '../../../geo/mapModel.ts';
import { BaseMapPainter } from '../BaseMapPainter.ts';
import type { PaintJob, PaintTarget } from './paintProtocol.ts';

/**
 * Inside the map worker (mapData.worker.ts), loaded at its first paint request: paints pictures of
 * the still map into an OffscreenCanvas with the same painter the page's fallback uses, and hands
 * each over as an ImageBitmap. The worker's models are fitted exactly as the page's was
 * (MapModel.refit), so the picture is the one the page would have painted.
 */
export function painterFor(data: MapData): (job: PaintJob) => ImageBitmap {
  const models: Record<PaintTarget, MapModel> = {
    map: new MapModel(data),
    extent: new MapModel({ countries: data.countries, cities: [] }, EXTENT, EXTENT),
  };
  const canvases: Partial<Record<PaintTarget, OffscreenCanvas>> = {};
  const painter = new BaseMapPainter();
  return (job) => {
    const model = models[job.model];
    model.refit(job.fit);
    const width = Math.max(1, job.width);
    const height = Math.max(1, job.height);
    let canvas = canvases[job.model];
    if (!canvas) canvas = canvases[job.model] = new OffscreenCanvas(width, height);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D context on an OffscreenCanvas');
    painter.paint(ctx, model, job.ratio, 0);
    return canvas.transferToImageBitmap();
  };
}
