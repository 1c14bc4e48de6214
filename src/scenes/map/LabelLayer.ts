import Phaser from 'phaser';
import { CORE_CITIES, CORE_COUNTRIES } from '../../geo/importance.ts';
import { layoutLabels, type Box, type LabelRequest } from '../../geo/labelLayout.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import { MARKER_RADIUS } from './MarkerLayer.ts';
import type { MapLayers } from './MapView.ts';
import { css, PALETTE } from './palette.ts';

const TEXTURE = 'map-labels';
const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * Country and city names, placed by the pure layoutLabels so no two overlap; small countries get
 * their name beside them with a leader line.
 *
 * Each name is set by a Phaser Text (its measurement and halo rendering), but the Texts are never
 * drawn one by one: after each layout they are painted, with the leader lines, into one
 * transparent canvas texture shown as a single image. Drawing ~90 text images per frame was most
 * of a frame's cost on a weak machine; one image costs about as much as the base map.
 */
export class LabelLayer {
  private readonly texts = new Map<string, Phaser.GameObjects.Text>();
  /** Each text's last style (JSON), so an unchanged style is not applied again. */
  private readonly styleKeys = new Map<string, string>();
  /** Font metrics per CSS font, measured once (Phaser measures by drawing and scanning pixels). */
  private readonly fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();
  private readonly image: Phaser.GameObjects.Image;
  private shown = new Set<string>();

  constructor(private readonly scene: Phaser.Scene) {
    this.image = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setVisible(false);
  }

  /**
   * `markers`: ids of the cities drawn with a marker; only those get a name (a name needs its dot).
   * `budgetMs`: stop making new name images after this long and return false, showing no name; the
   * caller calls again in a later task and the names made so far are reused, so the last call
   * lays out and draws exactly what one unbounded call would have (loading stays free of long tasks).
   */
  layout(
    model: MapModel,
    names: Record<string, string>,
    layers: MapLayers,
    markers: readonly string[],
    resolution: number,
    budgetMs = Infinity,
  ): boolean {
    const deadline = performance.now() + budgetMs;
    let incomplete = false;
    const postpone = (id: string, name: string, style: TextLook): boolean => {
      if (performance.now() < deadline || this.isReady(id, name, style, resolution)) return false;
      incomplete = true;
      return true;
    };
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
        if (postpone(c.id, name, style)) continue;
        const text = this.text(c.id, name, style, resolution);
        const w = shape.box.x1 - shape.box.x0;
        const h = shape.box.y1 - shape.box.y0;
        requests.push({
          id: c.id,
          x,
          y,
          mode: 'center',
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
        if (postpone(c.id, name, style)) continue;
        this.text(c.id, name, style, resolution);
        requests.push({
          id: c.id,
          x,
          y,
          mode: 'beside',
          markerRadius: MARKER_RADIUS,
          priority: CORE_CITIES.has(c.id) ? 2000 : 500,
        });
      }
    }
    const obstacles: Box[] = model.cities
      .filter((c) => markers.includes(c.id))
      .map((c) => {
        const { x, y } = model.projection.project(c.lon, c.lat);
        return { x: x - MARKER_RADIUS, y: y - MARKER_RADIUS, width: MARKER_RADIUS * 2, height: MARKER_RADIUS * 2 };
      });
    if (incomplete) {
      // Until every name is ready, none is shown: an old layout may hold names that must now be hidden.
      this.shown = new Set();
      this.image.setVisible(false);
      return false;
    }
    const { placed } = layoutLabels(
      requests,
      (req) => {
        const t = this.texts.get(req.id)!;
        return { width: t.width, height: t.height };
      },
      {
        bounds: r,
        obstacles,
        gap: 3,
        // A country's name on a leader line goes over sea or its own land, never over a neighbour.
        leaderSpotOk: (id, b) => {
          if (!/^[A-Z]{3}$/.test(id)) return true; // city names stay beside their marker
          const y = b.y + b.height / 2;
          return [b.x, b.x + b.width / 2, b.x + b.width].every((x) => {
            const under = model.countryAtScreen(x, y, { tolerancePx: 0 });
            return under === null || under === id;
          });
        },
      },
    );

    this.shown = new Set(placed.filter((p) => styleOf.has(p.id)).map((p) => p.id));
    const ctx = this.canvas();
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
      const t = this.texts.get(p.id);
      if (!t || !this.shown.has(p.id) || t.canvas.width === 0 || t.canvas.height === 0) continue;
      ctx.drawImage(t.canvas, p.box.x, p.box.y, t.width, t.height);
    }
    (this.scene.textures.get(TEXTURE) as Phaser.Textures.CanvasTexture).refresh();
    this.image.setTexture(TEXTURE).setDisplaySize(this.scene.scale.width, this.scene.scale.height).setVisible(true);
    return true;
  }

  /** The overlay's 2D context, sized like the game canvas and cleared, in game coordinates. */
  private canvas(): CanvasRenderingContext2D | null {
    const w = this.scene.scale.width;
    const h = this.scene.scale.height;
    const ratio = Math.max(1, Math.min(3, this.scene.game.canvas.width / Math.max(1, w)));
    const pw = Math.ceil(w * ratio);
    const ph = Math.ceil(h * ratio);
    const textures = this.scene.textures;
    let tex = textures.exists(TEXTURE)
      ? (textures.get(TEXTURE) as Phaser.Textures.CanvasTexture)
      : textures.createCanvas(TEXTURE, pw, ph);
    if (!tex) return null;
    if (tex.width !== pw || tex.height !== ph) tex.setSize(pw, ph);
    const ctx = tex.context;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, pw, ph);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return ctx;
  }

  /** Id of every label currently on screen (for tests). */
  visibleIds(): string[] {
    return [...this.shown].sort();
  }

  /** True when the name's image exists with this text and look (making one is the costly part). */
  private isReady(id: string, name: string, style: TextLook, resolution: number): boolean {
    const t = this.texts.get(id);
    return !!t && t.text === name && this.styleKeys.get(id) === JSON.stringify(textConfig(style, resolution));
  }

  private text(id: string, name: string, style: TextLook, resolution: number): Phaser.GameObjects.Text {
    // The whole style in one go: each single setter (size, colour, stroke…) re-renders the text, and
    // a font change measures the font again by scanning pixels. One render per name, one
    // measurement per font (shared through `metrics`), keep loading free of long tasks.
    const config = textConfig(style, resolution);
    const key = JSON.stringify(config);
    const font = `${config.fontStyle} ${config.fontSize} ${FONT}`;
    const metrics = this.fontMetrics.get(font);
    let t = this.texts.get(id);
    if (!t) {
      // Made, not added: it is never on the display list, only painted into the overlay.
      t = new Phaser.GameObjects.Text(this.scene, 0, 0, name, metrics ? { ...config, metrics } : config).setOrigin(
        0,
        0,
      );
      this.texts.set(id, t);
    } else if (this.styleKeys.get(id) !== key) {
      t.setStyle(metrics ? { ...config, metrics } : config);
    }
    this.styleKeys.set(id, key);
    if (!metrics) this.fontMetrics.set(font, t.getTextMetrics());
    if (t.text !== name) t.setText(name);
    return t;
  }

  destroy(): void {
    for (const t of this.texts.values()) t.destroy();
    this.texts.clear();
    this.styleKeys.clear();
    this.image.destroy();
    if (this.scene.textures.exists(TEXTURE)) this.scene.textures.remove(TEXTURE);
  }
}

interface TextLook {
  size: number;
  color: string;
  bold: boolean;
}

function textConfig(style: TextLook, resolution: number) {
  return {
    fontFamily: FONT,
    fontSize: `${style.size}px`,
    fontStyle: style.bold ? 'bold' : '',
    color: style.color,
    stroke: PALETTE.labelHalo,
    strokeThickness: Math.max(3, style.size / 4),
    resolution,
  };
}
