import type { FitArgs } from '../../../geo/mapModel.ts';

/**
 * One picture of the still map for the paint worker (load/paintJob.ts) to make: which map
 * (`map`: the game's crisp map; `extent`: the whole of EXTENT, the low-resolution backdrop), the fit
 * it is painted for (the page's MapModel.fitArgs), and its size in device px at `ratio` device px
 * per CSS px.
 */
export interface PaintJob {
  model: PaintTarget;
  fit: FitArgs;
  width: number;
  height: number;
  ratio: number;
}

export type PaintTarget = 'map' | 'extent';

/** Page → worker. `seq` grows with every request; the page keeps only the latest reply per target. */
export interface PaintRequest {
  kind: 'paint';
  seq: number;
  job: PaintJob;
}

/** Worker → page: the picture (transferred, not copied), or why it could not be made. */
export type PaintReply =
  | { kind: 'painted'; seq: number; bitmap: ImageBitmap }
  | { kind: 'paint-error'; seq: number; message: string };
