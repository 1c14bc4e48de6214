import {
  clampView,
  homeView,
  interpolateView,
  panBy,
  sameView,
  viewForBox,
  zoomAt,
  type View,
} from '../../geo/camera.ts';
import type { LonLatBox } from '../../geo/frame.ts';
import type { Rect } from '../../geo/projection.ts';
import type { Residual } from './MapDrawing.ts';

/** A press that moves farther than this (CSS px) before release is a drag, not a pick. */
export const TAP_SLOP = 10;
/** After the last wheel step or finger move, wait this long before redrawing crisp at the new view. */
const SETTLE_MS = 140;
const FLIGHT_MS = 650;

/** What the camera shows now, what the map was drawn at, and whether it is still moving (tests, bench). */
export interface CameraState {
  view: View;
  committed: View;
  moving: boolean;
}

interface Flight {
  from: View;
  to: View;
  start: number;
  ms: number;
}

/**
 * The map's camera controller, without Phaser: it turns flights, drags, pinches, wheel steps and
 * keys into a View (geo/camera.ts), and says when the view has settled so the scene can redraw the
 * map crisp at it. While the view moves the scene only transforms what it last drew (cheap).
 *
 * Gestures: one finger or the mouse drags past TAP_SLOP → pan; two fingers → pinch zoom about
 * their midpoint, and pan with it. A press that turned into a gesture never counts as a tap.
 */
export class CameraRig {
  view: View = homeView();
  /** The view the map was last drawn at. */
  committed: View = homeView();
  private viewport: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private padding = 0;
  private flight: Flight | null = null;
  private lastChange = 0;
  private readonly pointers = new Map<number, { x: number; y: number; x0: number; y0: number }>();
  private gestured = false;
  private pinch: { dist: number; mx: number; my: number } | null = null;

  /**
   * The viewport changed (resize, rotation, the card docking). `frame`: the box the camera is
   * following (the question's, until the player moves the map), shown whole in the new size.
   */
  setViewport(viewport: Rect, padding: number, frame?: LonLatBox): void {
    this.viewport = { ...viewport };
    this.padding = padding;
    const target = frame ? viewForBox(frame, viewport, padding) : null;
    if (this.flight) this.flight.to = target ?? clampView(this.flight.to, viewport, padding);
    else if (target) this.view = target;
    this.view = clampView(this.view, viewport, padding);
  }

  /** Fly to show `box` whole; at once when `instant` (reduced motion). */
  frame(box: LonLatBox, now: number, instant: boolean): void {
    this.flyTo(viewForBox(box, this.viewport, this.padding), now, instant);
  }

  flyTo(target: View, now: number, instant: boolean, ms = FLIGHT_MS): void {
    const to = clampView(target, this.viewport, this.padding);
    if (instant || sameView(this.view, to)) {
      this.flight = null;
      this.set(to, now);
      return;
    }
    this.flight = { from: { ...this.view }, to, start: now, ms };
    this.lastChange = now;
  }

  /** Zoom in (>1) or out (<1) about the viewport's centre, as the +/− keys and buttons do. */
  zoomBy(factor: number, now: number, instant: boolean): void {
    const base = this.flight?.to ?? this.view;
    const c = { x: this.viewport.x + this.viewport.width / 2, y: this.viewport.y + this.viewport.height / 2 };
    this.flyTo(zoomAt(base, factor, c.x, c.y, this.viewport, this.padding), now, instant, 220);
  }

  /** Move the map by (dx, dy) CSS px, as the arrow keys do. */
  panBy(dx: number, dy: number, now: number, instant: boolean): void {
    const base = this.flight?.to ?? this.view;
    this.flyTo(panBy(base, dx, dy, this.viewport, this.padding), now, instant, 220);
  }

  /** Advance a flight; true while the view is moving. */
  step(now: number): boolean {
    const f = this.flight;
    if (!f) return false;
    const t = Math.min(1, (now - f.start) / f.ms);
    const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    this.set(t >= 1 ? f.to : interpolateView(f.from, f.to, eased), now);
    if (t >= 1) this.flight = null;
    return true;
  }

  /** True once the view stopped moving and differs from what was drawn: time to redraw crisp. */
  settled(now: number): boolean {
    return (
      !this.flight &&
      this.pointers.size === 0 &&
      now - this.lastChange >= SETTLE_MS &&
      !sameView(this.view, this.committed)
    );
  }

  state(): CameraState {
    return {
      view: { ...this.view },
      committed: { ...this.committed },
      moving: this.moving() || !sameView(this.view, this.committed),
    };
  }

  /**
   * Where the view shown now puts what was drawn at the committed one: the zoom and scroll that carry
   * the committed drawing (projected by `project`) to the view shown in `vp`.
   */
  residual(vp: Rect, project: (lon: number, lat: number) => { x: number; y: number }): Residual {
    const k = this.view.zoom / this.committed.zoom;
    const c = project(this.view.lon, this.view.lat);
    return { zoom: k, scrollX: c.x - (vp.x + vp.width / 2) / k, scrollY: c.y - (vp.y + vp.height / 2) / k };
  }

  moving(): boolean {
    return this.flight !== null || this.gestured;
  }

  // ---- Gestures (CSS px relative to the canvas) ------------------------------------------------

  down(id: number, x: number, y: number): void {
    this.pointers.set(id, { x, y, x0: x, y0: y });
    if (this.pointers.size === 2) {
      this.flight = null;
      this.pinch = this.pinchState();
      this.gestured = true;
    }
  }

  /** A pointer moved; true when the view changed. */
  move(id: number, x: number, y: number, now: number): boolean {
    const p = this.pointers.get(id);
    if (!p) return false;
    const px = p.x;
    const py = p.y;
    p.x = x;
    p.y = y;
    if (this.pointers.size >= 2 && this.pinch) {
      const next = this.pinchState();
      if (!next) return false;
      let v = zoomAt(
        this.view,
        next.dist / Math.max(1, this.pinch.dist),
        next.mx,
        next.my,
        this.viewport,
        this.padding,
      );
      v = panBy(v, next.mx - this.pinch.mx, next.my - this.pinch.my, this.viewport, this.padding);
      this.pinch = next;
      this.set(v, now);
      return true;
    }
    if (this.pointers.size !== 1) return false;
    if (!this.gestured && Math.hypot(x - p.x0, y - p.y0) <= TAP_SLOP) return false;
    if (!this.gestured) {
      this.gestured = true;
      this.flight = null;
      this.set(panBy(this.view, x - p.x0, y - p.y0, this.viewport, this.padding), now);
      return true;
    }
    this.set(panBy(this.view, x - px, y - py, this.viewport, this.padding), now);
    return true;
  }

  /** A pointer was released: 'tap' when that press was a tap (a pick), else 'gesture'. */
  up(id: number, now: number): 'tap' | 'gesture' {
    const had = this.pointers.delete(id);
    const result = had && !this.gestured ? 'tap' : 'gesture';
    if (this.pointers.size < 2) this.pinch = null;
    if (this.pointers.size === 1) {
      // The finger left on the glass goes on dragging from where it is.
      for (const p of this.pointers.values()) {
        p.x0 = p.x;
        p.y0 = p.y;
      }
    }
    if (this.pointers.size === 0) this.gestured = false;
    this.lastChange = now;
    return result;
  }

  /** Forget every pointer (the canvas lost them: pointer cancel, window blur). */
  cancel(now: number): void {
    this.pointers.clear();
    this.pinch = null;
    this.gestured = false;
    this.lastChange = now;
  }

  wheel(deltaY: number, x: number, y: number, now: number): void {
    const base = this.flight?.to ?? this.view;
    this.flight = null;
    const factor = Math.exp(-Math.max(-300, Math.min(300, deltaY)) * 0.0025);
    this.set(zoomAt(base, factor, x, y, this.viewport, this.padding), now);
  }

  private set(v: View, now: number): void {
    this.view = v;
    this.lastChange = now;
  }

  private pinchState(): { dist: number; mx: number; my: number } | null {
    const [a, b] = [...this.pointers.values()];
    if (!a || !b) return null;
    return { dist: Math.hypot(a.x - b.x, a.y - b.y), mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2 };
  }
}
