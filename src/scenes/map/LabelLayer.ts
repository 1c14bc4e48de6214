import type { PlacedLabel } from '../../geo/labelLayout.ts';
import { type LabelInput, LabelPlanning, type LabelStyle } from '../../geo/labelPlan.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import type { MapProjection } from '../../geo/projection.ts';
import type { Placement } from './BaseBands.ts';
import { drawName, LabelText, type NameText } from './labelText.ts';
import { css, PALETTE } from './palette.ts';
import { placeElement, type Residual, type StillLayer } from './StillLayer.ts';

/** A layout under way: planned step by step, then painted name by name into the hidden canvas. */
interface Work {
  planning: LabelPlanning;
  texts: Map<string, NameText>;
  size: { width: number; height: number };
  resolution: number;
  /** The letters of every name asked for, and the looks whose fonts are still to be prepared. */
  letters: string;
  looks: LabelStyle[];
  /** The names to paint (set once planned) and how many are painted. */
  placed: PlacedLabel[] | null;
  painted: number;
}

/**
 * Country and city names, placed by the pure planLabels (geo/labelPlan.ts) so no two overlap;
 * small countries get their name beside them with a leader line.
 *
 * The names are painted, with the leader lines, into one transparent DOM canvas in a layer over
 * the game's canvas (StillLayer), which the camera moves and fades by CSS transform and opacity.
 * A new layout is made in small steps (see `start` and `work`): planned a few names per step,
 * then painted into a second, hidden canvas a few names per step; only when it is complete do the
 * two canvases swap. Until then the names on screen are the last complete ones, which the map
 * moves with the camera (or hides when they would be wrong).
 */
export class LabelLayer {
  private readonly measure = new LabelText();
  private readonly els: [HTMLCanvasElement, HTMLCanvasElement];
  /** Which of the two canvases is on screen. */
  private front = 0;
  /** The front canvas's CSS size when painted; false until painted, and while hidden. */
  private drawn: { width: number; height: number } | false = false;
  /** The fit the names on screen were laid out at. */
  private fit: MapProjection | null = null;
  private shown = new Set<string>();
  private placedLabels: PlacedLabel[] = [];
  private job: Work | null = null;

  constructor(layer: StillLayer) {
    this.els = [layer.canvas(), layer.canvas()];
  }

  /**
   * Begins a new layout for the model's current fit (`size`: the canvas in CSS px; `resolution`:
   * device px per CSS px), dropping one under way. Nothing on screen changes until `work`
   * completes it.
   */
  start(model: MapModel, input: LabelInput, size: { width: number; height: number }, resolution: number): void {
    const texts = new Map<string, NameText>();
    const planning = new LabelPlanning(model, input, (id, name, style) => {
      const t = this.measure.text(id, name, style);
      texts.set(id, t);
      return t;
    });
    const letters = [...new Set(Object.values(input.names).join(''))].join('');
    const looks = planning.looks();
    this.job = { planning, texts, size: { ...size }, resolution, letters, looks, placed: null, painted: 0 };
  }

  /** True when the layout under way was begun for another fit of `model` than its current one. */
  stale(model: MapModel): boolean {
    return this.job !== null && this.job.planning.fittedTo !== model.projection;
  }

  /**
   * Goes on with the layout under way for about `budgetMs`: 'more' when it is not finished,
   * 'done' when it just went on screen (the caller places it), 'idle' when there was none.
   */
  work(budgetMs: number): 'more' | 'done' | 'idle' {
    const job = this.job;
    if (!job) return 'idle';
    const deadline = performance.now() + budgetMs;
    const more = () => performance.now() < deadline;
    // A font not used yet is prepared in a slice of its own, before any name needs it.
    while (job.looks.length > 0) if (this.measure.prepare(job.looks.shift() as LabelStyle, job.letters)) return 'more';
    if (!job.placed) {
      if (!job.planning.run(more)) return 'more';
      job.placed = job.planning.result().placed.filter((p) => job.texts.has(p.id));
      this.clearBack(job);
    }
    const ctx = this.els[1 - this.front]?.getContext('2d');
    while (ctx && job.painted < job.placed.length) {
      if (!more()) return 'more';
      const p = job.placed[job.painted++] as PlacedLabel;
      const t = job.texts.get(p.id);
      if (t) drawName(ctx, t, p.box.x, p.box.y);
    }
    this.swap(job);
    return 'done';
  }

  /** The hidden canvas sized like the game's and cleared, with the leader lines drawn (cheap). */
  private clearBack(job: Work): void {
    const el = this.els[1 - this.front] as HTMLCanvasElement;
    const pw = Math.ceil(job.size.width * job.resolution);
    const ph = Math.ceil(job.size.height * job.resolution);
    if (el.width !== pw) el.width = pw;
    if (el.height !== ph) el.height = ph;
    const ctx = el.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, pw, ph);
    ctx.setTransform(job.resolution, 0, 0, job.resolution, 0, 0);
    ctx.lineWidth = 1;
    for (const p of job.placed ?? []) {
      if (!p.leader) continue;
      const ex = Math.max(p.box.x, Math.min(p.anchor.x, p.box.x + p.box.width));
      const ey = Math.max(p.box.y, Math.min(p.anchor.y, p.box.y + p.box.height));
      ctx.strokeStyle = css(PALETTE.leader, 0.9);
      ctx.beginPath();
      ctx.moveTo(ex, ey);
      ctx.lineTo(p.anchor.x, p.anchor.y);
      ctx.stroke();
      ctx.fillStyle = css(PALETTE.leader);
      ctx.beginPath();
      ctx.arc(p.anchor.x, p.anchor.y, 1.8, 0, Math.PI * 2);
      ctx.fill();
    }
  }

  /** The painted layout goes on screen (placed by the caller's next `place`); the old canvas is hidden. */
  private swap(job: Work): void {
    const old = this.els[this.front] as HTMLCanvasElement;
    old.style.visibility = 'hidden';
    this.front = 1 - this.front;
    this.placedLabels = job.placed ?? [];
    this.shown = new Set(this.placedLabels.map((p) => p.id));
    this.fit = job.planning.fittedTo;
    this.drawn = { ...job.size };
    this.job = null;
  }

  /**
   * Shows the names drawn at the committed fit placed at `p` there, through the camera's residual,
   * at `alpha` (the drawing moves them with the camera until they are repainted: MapDrawing.carry).
   */
  place(p: Placement, camera: Residual, alpha: number): void {
    if (!this.drawn) return;
    const el = this.els[this.front] as HTMLCanvasElement;
    placeElement(el, { ...p, ...this.drawn }, camera);
    el.style.opacity = String(alpha);
    el.style.visibility = alpha > 0 ? 'visible' : 'hidden';
  }

  /**
   * Draw no names until the next complete layout (what is drawn would be wrong), and drop the one
   * under way (it was begun for what is no longer wanted).
   */
  hide(): void {
    this.drawn = false;
    (this.els[this.front] as HTMLCanvasElement).style.visibility = 'hidden';
    this.shown = new Set();
    this.placedLabels = [];
    this.fit = null;
    this.job = null;
  }

  /**
   * Where the names on screen (laid out at an earlier fit) go at the model's current fit: both
   * are camera.ts Mercators, so it is a scale and a shift. Null when there are none to move.
   */
  refit(model: MapModel): Placement | null {
    const a = this.fit?.mercator;
    const b = model.projection.mercator;
    if (!this.drawn || !a || !b) return null;
    const k = b.s / a.s;
    return { x: b.ox - k * a.ox + b.s * (a.cx - b.cx), y: b.oy - k * a.oy - b.s * (a.cy - b.cy), scale: k };
  }

  /** True when the names on screen were laid out for the model's current fit. */
  laidOutFor(model: MapModel): boolean {
    return this.fit === model.projection;
  }

  /** Id of every label currently on screen (for tests). */
  visibleIds(): string[] {
    return [...this.shown].sort();
  }

  /** The boxes of the names on screen, at the fit they were laid out at (ticks and crosses keep clear of them). */
  placed(): readonly PlacedLabel[] {
    return this.placedLabels;
  }

  destroy(): void {
    this.job = null;
    for (const el of this.els) el.remove();
  }
}
