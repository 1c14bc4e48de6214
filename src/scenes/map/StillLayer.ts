import { css, PALETTE } from './palette.ts';

/**
 * What the camera shows now of what was drawn at the committed fit: a point p drawn there shows at
 * (p − scroll) · zoom (CSS px). The identity while the camera is still.
 */
export interface Residual {
  zoom: number;
  scrollX: number;
  scrollY: number;
}

export const STILL: Residual = { zoom: 1, scrollX: 0, scrollY: 0 };

/**
 * The still map's own layer: a plain DOM element under the (transparent) Phaser canvas, holding the
 * backdrop and the crisp bands as DOM canvases. While the camera moves, each is moved by a CSS
 * transform, which the compositor applies off the main thread: the map is not re-drawn each frame
 * (rasterising it in Canvas 2D on the main thread was most of a frame on a weak phone). Phaser draws
 * only the live parts (names, markers, highlights, marks, confetti) over it.
 *
 * Placed before the Phaser canvas in the page (the names' layer after it), and never a target for the pointer: picks,
 * drags and pinches reach the game's canvas as before. Its canvases are private to it (a closed
 * shadow root): `#stage canvas` still finds the game's canvas alone.
 */
export class StillLayer {
  private readonly host: HTMLDivElement;
  /** The element the still map's canvases are in (in the host's closed shadow root). */
  readonly root: HTMLDivElement;
  camera: Residual = STILL;

  /**
   * `game`: the game's canvas. `above`: this layer is drawn over it (the names), not under it (the
   * still map, on the page's colour).
   */
  constructor(game: HTMLCanvasElement | null, above = false) {
    this.host = document.createElement('div');
    this.host.className = 'map-still';
    this.host.setAttribute('aria-hidden', 'true');
    this.root = document.createElement('div');
    this.host.attachShadow({ mode: 'closed' }).append(this.root);
    const fill = { position: 'absolute', inset: '0', overflow: 'hidden', pointerEvents: 'none' };
    Object.assign(this.root.style, fill);
    Object.assign(this.host.style, { ...fill, background: above ? 'none' : css(PALETTE.page) });
    if (game) {
      // The game's canvas (transparent) is between the two layers. All three are positioned with no
      // z-index, so they paint in page order: no stacking of their own that tools working stacking
      // out for themselves (axe's contrast check) would place over the page's text.
      game.style.position = 'relative';
      if (above) game.after(this.host);
      else game.before(this.host);
    }
  }

  /** `c` (a new canvas by default) made a canvas of this layer, hidden until placed; `under`: below the others. */
  canvas(c = document.createElement('canvas'), under = false): HTMLCanvasElement {
    Object.assign(c.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      transformOrigin: '0 0',
      // A layer of its own: moving it is the compositor's work, never a repaint.
      willChange: 'transform',
      visibility: 'hidden',
    });
    if (under) this.root.prepend(c);
    else this.root.append(c);
    return c;
  }

  destroy(): void {
    this.host.remove();
  }
}

/**
 * Shows `el` (CSS size `width`×`height`) so that its point q lands where the committed fit has
 * x + scale · q, seen through `camera`.
 */
export function placeElement(
  el: HTMLElement,
  at: { x: number; y: number; scale: number; width: number; height: number },
  camera: Residual,
): void {
  const s = at.scale * camera.zoom;
  const tx = (at.x - camera.scrollX) * camera.zoom;
  const ty = (at.y - camera.scrollY) * camera.zoom;
  const style = el.style;
  style.width = `${at.width}px`;
  style.height = `${at.height}px`;
  style.transform = `translate(${tx}px, ${ty}px) scale(${s})`;
  style.visibility = 'visible';
}
