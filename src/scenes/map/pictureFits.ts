/** A drawing's own placement: it shows its picture at (x, y) + scale · p (CSS px, committed fit). */
export interface Placement {
  x: number;
  y: number;
  scale: number;
}

export const IDENTITY: Placement = { x: 0, y: 0, scale: 1 };

/**
 * Where a picture painted off the main thread goes (pure; see StillPicture). A picture is painted
 * for the fit committed when it was asked for; while it is on its way the camera may settle again
 * (`carry`: the fit moved under it), so the one asked for is carried like the one shown, and lands
 * where that fit now is. A fit changed any other way (a resize, a new layout) leaves no known place
 * for either (`lost`): the one shown is hidden, the one on its way is dropped.
 */
export class PictureFits {
  /** Where the picture shown is; null: none shown. */
  shown: Placement | null = null;
  private pending: Placement | null = null;

  /** A picture was asked for the fit committed now. */
  requested(): void {
    this.pending = IDENTITY;
  }

  /** The camera settled: the committed fit moved as `move` says. */
  carry(move: (p: Placement) => Placement): void {
    if (this.shown) this.shown = move(this.shown);
    if (this.pending) this.pending = move(this.pending);
  }

  /** The fit changed with no known relation to the old one. */
  lost(): void {
    this.shown = null;
    this.pending = null;
  }

  /** The picture asked for arrived: where to show it, or null to drop it (its fit was lost meanwhile). */
  arrived(): Placement | null {
    const p = this.pending;
    this.pending = null;
    if (p) this.shown = p;
    return p;
  }
}
