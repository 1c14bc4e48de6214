import type Phaser from 'phaser';
import type { MapModel } from '../../geo/mapModel.ts';
import { BaseMapPainter } from './BaseMapPainter.ts';

/** How many horizontal bands the still map is painted in. */
export const BAND_COUNT = 4;
/** Each band but the last reaches this many device px into the next: no seam shows while the camera scales them. */
const OVERLAP_PX = 2;

/** An image's own placement: it shows its picture at (x, y) + scale · p (CSS px). */
export interface Placement {
  x: number;
  y: number;
  scale: number;
}

const IDENTITY: Placement = { x: 0, y: 0, scale: 1 };

/**
 * The still map as BAND_COUNT horizontal canvas textures, one image each. Painting one band costs
 * about a quarter of the whole — tracing its countries, and rasterising it when it is next drawn
 * (Chromium rasterises a canvas when another draws it) — so after a camera move the map is
 * repainted one band per task, never in one long task; bands not repainted yet are shown where
 * the camera had them (`carry`).
 */
export class BaseBands {
  private readonly painter = new BaseMapPainter();
  private readonly images: Phaser.GameObjects.Image[] = [];
  private places: Placement[] = [];
  private size = { pw: 0, ph: 0, ratio: 1 };
  private painted = false;

  constructor(private readonly scene: Phaser.Scene) {
    for (let i = 0; i < BAND_COUNT; i++) {
      this.images.push(scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0));
      this.places.push(IDENTITY);
    }
  }

  /** Paints band `band` (all when undefined) for the model's current fit, on a canvas of `css` size. */
  paint(model: MapModel, css: { width: number; height: number }, ratio: number, band?: number): void {
    const pw = Math.ceil(css.width * ratio);
    const ph = Math.ceil(css.height * ratio);
    const resized = pw !== this.size.pw || ph !== this.size.ph || ratio !== this.size.ratio;
    this.size = { pw, ph, ratio };
    // A new canvas size leaves every band painted so far the wrong size: all are painted now. (On
    // the first paint there are none: bands not painted yet show nothing.)
    const bands = band === undefined || (resized && this.painted) ? [...this.images.keys()] : [band];
    this.painted = true;
    for (const i of bands) this.paintBand(model, i);
  }

  /** Moves every band as `move` says (the camera was reset under them). */
  carry(move: (p: Placement) => Placement): void {
    this.places = this.places.map(move);
    for (let i = 0; i < this.images.length; i++) this.place(i);
  }

  private paintBand(model: MapModel, i: number): void {
    const { pw, ph, ratio } = this.size;
    const top = Math.round((i * ph) / BAND_COUNT);
    const end = Math.min(ph, Math.round(((i + 1) * ph) / BAND_COUNT) + (i < BAND_COUNT - 1 ? OVERLAP_PX : 0));
    const key = `map-base-${i}`;
    const textures = this.scene.textures;
    let tex = textures.exists(key) ? (textures.get(key) as Phaser.Textures.CanvasTexture) : null;
    if (!tex) tex = textures.createCanvas(key, pw, Math.max(1, end - top));
    else if (tex.width !== pw || tex.height !== end - top) tex.setSize(pw, Math.max(1, end - top));
    if (!tex) return;
    this.painter.paint(tex.context, model, ratio, top);
    tex.refresh();
    this.images[i]?.setTexture(key);
    this.places[i] = IDENTITY;
    this.place(i);
  }

  private place(i: number): void {
    const img = this.images[i];
    const p = this.places[i];
    if (!img || !p || img.frame.width <= 1) return;
    const { ratio, ph } = this.size;
    const top = Math.round((i * ph) / BAND_COUNT) / ratio;
    img
      .setPosition(p.x, p.y + p.scale * top)
      .setDisplaySize((img.frame.width / ratio) * p.scale, (img.frame.height / ratio) * p.scale);
  }
}
