import type { LabelStyle } from '../../geo/labelPlan.ts';
import { PALETTE } from './palette.ts';

const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';
/** Phaser's Text measures a font's height on this string: the names keep the sizes they had as Phaser Texts. */
const TEST_STRING = '|MÃ‰qgy';
/** Widths kept before the cache is emptied (a few sizes of ~100 names in two languages). */
const MAX_WIDTHS = 2000;

/** One name as the map draws it: its text, its look, and its box (halo included), in CSS px. */
export interface NameText {
  name: string;
  font: string;
  color: string;
  halo: number;
  ascent: number;
  width: number;
  height: number;
}

/**
 * Measures and draws the map's names straight into the names' canvas with Canvas 2D (a halo
 * stroke, then the fill), as Phaser's Text drew each into a texture of its own. No image and no
 * Phaser object per name, and each text is measured once per font (issue 20: making Phaser Texts
 * — a canvas, a texture and a pixel-scanned font measure each — was most of a label layout).
 */
export class LabelText {
  private readonly widths = new Map<string, number>();
  private readonly ascents = new Map<string, { ascent: number; height: number }>();
  private ctx: CanvasRenderingContext2D | null | undefined;

  /**
   * Makes `style`'s font ready, with the letters of `letters`, when it is new: its first use costs
   * the browser a font lookup and each new letter a shaping, 6–30 ms per font at CPU ×4, which
   * in the middle of a layout step made one task of 50–95 ms. True when there was work to do.
   */
  prepare(style: LabelStyle, letters: string): boolean {
    const font = fontOf(style);
    if (this.ascents.has(font)) return false;
    this.metrics(font, style);
    const ctx = this.context();
    if (ctx) ctx.measureText(letters);
    return true;
  }

  /** The name `name` of place `id` in `style`: measured (from the cache when it can). */
  text(id: string, name: string, style: LabelStyle): NameText {
    const font = fontOf(style);
    const halo = Math.max(3, style.size / 4);
    const ctx = this.context();
    const metrics = this.metrics(font, style);
    const key = `${font}\n${name}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      if (ctx) ctx.font = font;
      w = ctx ? ctx.measureText(name).width : name.length * style.size * 0.6;
      if (this.widths.size >= MAX_WIDTHS) this.widths.clear();
      this.widths.set(key, w);
    }
    return {
      name,
      font,
      color: colorOf(id, style),
      halo,
      ascent: metrics.ascent,
      width: Math.ceil(halo + w),
      height: metrics.height + halo,
    };
  }

  /** The font's ascent and height, measured on Phaser's test string once per font. */
  private metrics(font: string, style: LabelStyle): { ascent: number; height: number } {
    let metrics = this.ascents.get(font);
    if (!metrics) {
      const ctx = this.context();
      if (ctx) ctx.font = font;
      const m = ctx?.measureText(TEST_STRING);
      const ascent = m?.actualBoundingBoxAscent ?? style.size * 0.8;
      const descent = m?.actualBoundingBoxDescent ?? style.size * 0.25;
      metrics = { ascent, height: ascent + descent };
      this.ascents.set(font, metrics);
    }
    return metrics;
  }

  private context(): CanvasRenderingContext2D | null {
    if (this.ctx === undefined) this.ctx = document.createElement('canvas').getContext('2d');
    return this.ctx;
  }
}

const fontOf = (style: LabelStyle): string => `${style.bold ? 'bold ' : ''}${style.size}px ${FONT}`;

/** Draws `t` with its box's top left at (x, y) of `ctx` (CSS px). */
export function drawName(ctx: CanvasRenderingContext2D, t: NameText, x: number, y: number): void {
  ctx.font = t.font;
  ctx.textBaseline = 'alphabetic';
  ctx.lineWidth = t.halo;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = PALETTE.labelHalo;
  ctx.fillStyle = t.color;
  const tx = x + Math.round(t.halo / 2);
  const ty = y + Math.round(t.halo / 2 + t.ascent);
  ctx.strokeText(t.name, tx, ty);
  ctx.fillText(t.name, tx, ty);
}

function colorOf(id: string, style: LabelStyle): string {
  return style.core ? PALETTE.label : id === id.toLowerCase() ? PALETTE.cityLabel : PALETTE.labelOther;
}
