import Phaser from 'phaser';
import { CORE_CITIES, CORE_COUNTRIES } from '../../geo/importance.ts';
import { layoutLabels, type Box, type LabelRequest } from '../../geo/labelLayout.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import { MARKER_RADIUS } from './MarkerLayer.ts';
import type { MapLayers } from './MapView.ts';
import { PALETTE } from './palette.ts';

const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * Country and city names: one Phaser Text per visible name, placed by the pure layoutLabels so
 * no two overlap; small countries get their name beside them with a leader line.
 */
export class LabelLayer {
  private readonly texts = new Map<string, Phaser.GameObjects.Text>();
  private readonly leaders: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene) {
    this.leaders = scene.add.graphics();
  }

  /** `markers`: ids of the cities drawn with a marker; only those get a name (a name needs its dot). */
  layout(model: MapModel, names: Record<string, string>, layers: MapLayers, markers: readonly string[], resolution: number): void {
    const r = model.mapRect();
    const size = Math.round(Math.max(11, Math.min(19, r.width / 85)));
    const citySize = Math.max(10, size - 3);
    const requests: LabelRequest[] = [];
    const styleOf = new Map<string, { size: number; color: string; bold: boolean }>();

    if (layers.countryLabels) {
      for (const c of model.countries) {
        const name = names[c.id];
        const shape = model.shape(c.id);
        if (!name || !shape) continue;
        const { x, y } = model.projection.project(c.anchor[0], c.anchor[1]);
        if (x < r.x || y < r.y || x > r.x + r.width || y > r.y + r.height) continue;
        const core = CORE_COUNTRIES.has(c.id);
        const style = { size: core ? size : size - 2, color: core ? PALETTE.label : PALETTE.labelOther, bold: core };
        styleOf.set(c.id, style);
        const text = this.text(c.id, name, style, resolution);
        const w = shape.box.x1 - shape.box.x0;
        const h = shape.box.y1 - shape.box.y0;
        requests.push({
          id: c.id, x, y, mode: 'center',
          priority: (core ? 3000 : 1000) + Math.min(999, Math.sqrt(shape.areaPx)),
          preferLeader: core && (text.width > w * 1.6 || text.height > h * 0.6),
          allowLeader: core,
        });
      }
    }
    if (layers.cityLabels) {
      for (const c of model.cities) {
        const name = names[c.id];
        if (!name || !markers.includes(c.id)) continue;
        const { x, y } = model.projection.project(c.lon, c.lat);
        const style = { size: citySize, color: PALETTE.cityLabel, bold: false };
        styleOf.set(c.id, style);
        this.text(c.id, name, style, resolution);
        requests.push({ id: c.id, x, y, mode: 'beside', markerRadius: MARKER_RADIUS, priority: CORE_CITIES.has(c.id) ? 2000 : 500 });
      }
    }
    const obstacles: Box[] = model.cities
      .filter((c) => markers.includes(c.id))
      .map((c) => {
        const { x, y } = model.projection.project(c.lon, c.lat);
        return { x: x - MARKER_RADIUS, y: y - MARKER_RADIUS, width: MARKER_RADIUS * 2, height: MARKER_RADIUS * 2 };
      });
    const { placed } = layoutLabels(
      requests,
      (req) => {
        const t = this.texts.get(req.id)!;
        return { width: t.width, height: t.height };
      },
      { bounds: r, obstacles, gap: 3 },
    );

    const shown = new Set(placed.map((p) => p.id));
    for (const [id, t] of this.texts) t.setVisible(shown.has(id) && styleOf.has(id));
    this.leaders.clear();
    this.leaders.lineStyle(1, PALETTE.leader, 0.9);
    for (const p of placed) {
      this.texts.get(p.id)!.setPosition(p.box.x, p.box.y);
      if (p.leader) {
        const ex = Math.max(p.box.x, Math.min(p.anchor.x, p.box.x + p.box.width));
        const ey = Math.max(p.box.y, Math.min(p.anchor.y, p.box.y + p.box.height));
        this.leaders.lineBetween(ex, ey, p.anchor.x, p.anchor.y);
        this.leaders.fillStyle(PALETTE.leader, 1);
        this.leaders.fillCircle(p.anchor.x, p.anchor.y, 1.8);
      }
    }
  }

  /** Id of every label currently on screen (for tests). */
  visibleIds(): string[] {
    return [...this.texts].filter(([, t]) => t.visible).map(([id]) => id).sort();
  }

  private text(id: string, name: string, style: { size: number; color: string; bold: boolean }, resolution: number): Phaser.GameObjects.Text {
    let t = this.texts.get(id);
    if (!t) {
      t = this.scene.add.text(0, 0, '', { fontFamily: FONT }).setOrigin(0, 0);
      this.texts.set(id, t);
    }
    t.setResolution(resolution);
    t.setFontSize(style.size);
    t.setFontStyle(style.bold ? 'bold' : '');
    t.setColor(style.color);
    t.setStroke(PALETTE.labelHalo, Math.max(3, style.size / 4));
    if (t.text !== name) t.setText(name);
    return t;
  }

  destroy(): void {
    for (const t of this.texts.values()) t.destroy();
    this.texts.clear();
    this.leaders.destroy();
  }
}
