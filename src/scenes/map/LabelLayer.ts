import Phaser from 'phaser';
import type { PlacedLabel } from '../../geo/labelLayout.ts';
import { planLabels, type LabelInput, type LabelStyle } from '../../geo/labelPlan.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import type { Placement } from './BaseBands.ts';
import { css, PALETTE } from './palette.ts';
import { placeElement, type Residual, type StillLayer } from './StillLayer.ts';
/** Name images kept (a few looks of each of ~100 names) before unused ones are let go. */
const MAX_TEXTS = 400;
const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * Country and city names, placed by the pure planLabels (geo/labelPlan.ts) so no two overlap;
 * small countries get their name beside them with a leader line.
 *
 * Each name is set by a Phaser Text (its measurement and halo rendering; one per name, kept and
 * reused across layouts), but the Texts are never drawn one by one: after each layout they are
 * painted, with the leader lines, into one transparent DOM canvas in a layer over the game's canvas
 * (StillLayer), which the camera moves and fades by CSS transform and opacity. Drawing the names
 * each frame, even as one image, was a large part of a frame's cost on a weak phone.
 */
export class LabelLayer {
  /**
   * Every name image made, per name and look (`id`, newline, style JSON): zooming in and back out
   * (sizes follow the zoom) reuses them instead of re-rendering and measuring each name again.
   */
  private readonly texts = new Map<string, Phaser.GameObjects.Text>();
  /** The image each name uses in the current layout. */
  private readonly current = new Map<string, Phaser.GameObjects.Text>();
  /** Font metrics per CSS font, measured once (Phaser measures by drawing and scanning pixels). */
  private readonly fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();
  private readonly el: HTMLCanvasElement;
  /** The canvas's CSS size when last painted; false until painted, and while hidden. */
  private drawn: { width: number; height: number } | false = false;
  private shown = new Set<string>();
  private placedLabels: PlacedLabel[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    layer: StillLayer,
  ) {
    this.el = layer.canvas();
  }

  /**
   * `size`: the canvas in CSS px; `resolution`: device pixels per CSS px. `budgetMs`: after this
   * long, name images not made yet are left for a later call and nothing is drawn (false is
   * returned; what is on screen stays); the images made so far are kept, so the call that
   * completes lays out and draws exactly what one unbounded call would have. Loading and camera
   * settles stay free of long tasks this way.
   */
  layout(
    model: MapModel,
    input: LabelInput,
    size: { width: number; height: number },
    resolution: number,
    budgetMs = Number.POSITIVE_INFINITY,
  ): boolean {
    const deadline = performance.now() + budgetMs;
    let incomplete = false;
    const { placed, styles } = planLabels(model, input, (id, name, style) => {
      if (!this.isReady(id, name, style, resolution) && performance.now() > deadline) {
        incomplete = true;
        return { width: 0, height: 0 };
      }
      const t = this.text(id, name, style, resolution);
      return { width: t.width, height: t.height };
    });
    if (incomplete) return false;
    this.placedLabels = placed;
    this.shown = new Set(placed.filter((p) => styles.has(p.id)).map((p) => p.id));
    const ctx = this.canvas(size, resolution);
    if (!ctx) return true;
    ctx.lineWidth = 1;
    for (const p of placed) {
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
    for (const p of placed) {
      const t = this.current.get(p.id);
      if (!t || !this.shown.has(p.id) || t.canvas.width === 0 || t.canvas.height === 0) continue;
      ctx.drawImage(t.canvas, p.box.x, p.box.y, t.width, t.height);
    }
    this.drawn = { ...size };
    this.forget();
    return true;
  }

  /** Past MAX_TEXTS name images, those the current layout does not use are let go. */
  private forget(): void {
    if (this.texts.size <= MAX_TEXTS) return;
    const used = new Set(this.current.values());
    for (const [key, t] of this.texts) {
      if (used.has(t)) continue;
      t.destroy();
      this.texts.delete(key);
    }
  }

  /**
   * Shows the names drawn at the committed fit placed at `p` there, through the camera's residual,
   * at `alpha` (the drawing moves them with the camera until they are repainted: MapDrawing.carry).
   */
  place(p: Placement, camera: Residual, alpha: number): void {
    if (!this.drawn) return;
    placeElement(this.el, { ...p, ...this.drawn }, camera);
    this.el.style.opacity = String(alpha);
    this.el.style.visibility = alpha > 0 ? 'visible' : 'hidden';
  }

  /** Draw no names until the next complete layout (what is drawn would be in the wrong place). */
  hide(): void {
    this.drawn = false;
    this.el.style.visibility = 'hidden';
    this.shown = new Set();
    this.placedLabels = [];
  }

  /** The overlay's 2D context, sized like the game canvas and cleared, in CSS px. */
  private canvas(size: { width: number; height: number }, ratio: number): CanvasRenderingContext2D | null {
    const pw = Math.ceil(size.width * ratio);
    const ph = Math.ceil(size.height * ratio);
    if (this.el.width !== pw) this.el.width = pw;
    if (this.el.height !== ph) this.el.height = ph;
    const ctx = this.el.getContext('2d');
    if (!ctx) return null;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, pw, ph);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return ctx;
  }

  /** Id of every label currently on screen (for tests). */
  visibleIds(): string[] {
    return [...this.shown].sort();
  }

  /** The boxes of the names on screen (ticks and crosses keep clear of them). */
  placed(): readonly PlacedLabel[] {
    return this.placedLabels;
  }

  /** True when the name's image exists with this text and look (making one is the costly part). */
  private isReady(id: string, name: string, style: LabelStyle, resolution: number): boolean {
    const t = this.texts.get(`${id}\n${JSON.stringify(textConfig(style, colorOf(id, style), resolution))}`);
    return !!t && t.text === name;
  }

  private text(id: string, name: string, style: LabelStyle, resolution: number): Phaser.GameObjects.Text {
    // The whole style in one go: each single setter (size, colour, stroke…) re-renders the text, and
    // a font change measures the font again by scanning pixels. One render per name, one
    // measurement per font, keep loading free of long tasks.
    const config = textConfig(style, colorOf(id, style), resolution);
    const key = JSON.stringify(config);
    const font = `${config.fontStyle} ${config.fontSize} ${FONT}`;
    const metrics = this.fontMetrics.get(font);
    let t = this.texts.get(`${id}\n${key}`);
    if (!t) {
      // Made, not added: it is never on the display list, only painted into the overlay.
      t = new Phaser.GameObjects.Text(this.scene, 0, 0, name, metrics ? { ...config, metrics } : config);
      t.setOrigin(0, 0);
      this.texts.set(`${id}\n${key}`, t);
    }
    this.current.set(id, t);
    if (!metrics) this.fontMetrics.set(font, t.getTextMetrics());
    if (t.text !== name) t.setText(name);
    return t;
  }

  destroy(): void {
    for (const t of this.texts.values()) t.destroy();
    this.texts.clear();
    this.current.clear();
    this.el.remove();
  }
}

function colorOf(id: string, style: LabelStyle): string {
  return style.core ? PALETTE.label : id === id.toLowerCase() ? PALETTE.cityLabel : PALETTE.labelOther;
}

function textConfig(style: LabelStyle, color: string, resolution: number) {
  return {
    fontFamily: FONT,
    fontSize: `${style.size}px`,
    fontStyle: style.bold ? 'bold' : '',
    color,
    stroke: PALETTE.labelHalo,
    strokeThickness: Math.max(3, style.size / 4),
    resolution,
  };
}
