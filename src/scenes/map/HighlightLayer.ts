import type Phaser from 'phaser';
import type { MapModel } from '../../geo/mapModel.ts';
import { MARKER_RADIUS } from './MarkerLayer.ts';
import { PALETTE } from './palette.ts';

/** What is highlighted right now; the scene rebuilds it from the calls it receives. */
export interface HighlightState {
  hover: string | null;
  selected: readonly string[];
  focus: string | null;
  correct: readonly string[];
  wrong: readonly string[];
  point: { lon: number; lat: number } | null;
}

/** An answer's outcome shown on the map (null: none); a hover does not stay over it. */
export function setOutcome(
  state: HighlightState,
  o: { correct: string[]; wrong: string[]; point?: { lon: number; lat: number } } | null,
): void {
  state.correct = o ? [...o.correct] : [];
  state.wrong = o ? [...o.wrong] : [];
  state.point = o?.point ?? null;
  if (o) state.hover = null;
}

/**
 * The moving part of the map, drawn over the base image: hover, selection, keyboard focus and
 * an answer's outcome (right in green, wrong in red; the icons in OutcomeMarks say which is which
 * for colour-blind players).
 */
export class HighlightLayer {
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics();
  }

  draw(model: MapModel, s: HighlightState): void {
    const g = this.g;
    g.clear();
    const lineScale = Math.max(0.8, Math.min(1.5, model.mapRect().width / 1000));
    const fill = (id: string, color: number, alpha: number, line: number, lineColor: number) => {
      const city = model.city(id);
      if (city) {
        const { x, y } = model.projection.project(city.lon, city.lat);
        g.fillStyle(color, Math.min(1, alpha + 0.3));
        g.fillCircle(x, y, MARKER_RADIUS + 4);
        g.lineStyle(line, lineColor, 1);
        g.strokeCircle(x, y, MARKER_RADIUS + 4);
        return;
      }
      const shape = model.shape(id);
      if (!shape) return;
      for (const poly of shape.polygons) {
        const outer = shape.rings[poly[0]!];
        if (!outer) continue;
        g.fillStyle(color, alpha);
        this.path(outer);
        g.fillPath();
      }
      g.lineStyle(line * lineScale, lineColor, 1);
      for (const ring of shape.rings) {
        this.path(ring);
        g.strokePath();
      }
    };
    if (s.hover && !s.selected.includes(s.hover)) fill(s.hover, PALETTE.hover, 0.85, 1.5, PALETTE.hoverLine);
    for (const id of s.selected) fill(id, PALETTE.selected, 0.45, 2, PALETTE.selected);
    for (const id of s.wrong) fill(id, PALETTE.wrong, 0.5, 2, PALETTE.wrong);
    for (const id of s.correct) fill(id, PALETTE.correct, 0.5, 2.5, PALETTE.correct);
    if (s.focus) {
      const city = model.city(s.focus);
      if (city) {
        const { x, y } = model.projection.project(city.lon, city.lat);
        g.lineStyle(3, PALETTE.focus, 1);
        g.strokeCircle(x, y, MARKER_RADIUS + 7);
      } else {
        fill(s.focus, PALETTE.hover, 0.5, 3, PALETTE.focus);
      }
    }
    if (s.point) this.pin(model, s.point, s.correct);
  }

  /** The player's guess as a pin, with a dashed line to the right city when there is one. */
  private pin(model: MapModel, point: { lon: number; lat: number }, correct: readonly string[]): void {
    const g = this.g;
    const p = model.projection.project(point.lon, point.lat);
    const target = correct.map((id) => model.city(id)).find((c) => c !== undefined);
    if (target) {
      const t = model.projection.project(target.lon, target.lat);
      const len = Math.hypot(t.x - p.x, t.y - p.y);
      const n = Math.floor(len / 8);
      g.lineStyle(2, PALETTE.pin, 0.9);
      for (let i = 0; i < n; i += 2) {
        const a = i / n;
        const b = Math.min(1, (i + 1) / n);
        g.lineBetween(p.x + (t.x - p.x) * a, p.y + (t.y - p.y) * a, p.x + (t.x - p.x) * b, p.y + (t.y - p.y) * b);
      }
    }
    g.fillStyle(PALETTE.pin, 1);
    g.fillCircle(p.x, p.y - 12, 7);
    g.fillTriangle(p.x - 6, p.y - 9, p.x + 6, p.y - 9, p.x, p.y);
    g.fillStyle(0xffffff, 1);
    g.fillCircle(p.x, p.y - 12, 2.6);
  }

  private path(ring: readonly number[]): void {
    const g = this.g;
    g.beginPath();
    g.moveTo(ring[0]!, ring[1]!);
    for (let i = 2; i + 1 < ring.length; i += 2) g.lineTo(ring[i]!, ring[i + 1]!);
    g.closePath();
  }

  destroy(): void {
    this.g.destroy();
  }
}
