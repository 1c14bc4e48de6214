import Phaser from 'phaser';
import type { MapData } from '../../geo/mapData.ts';
import { MapModel } from '../../geo/mapModel.ts';
import { offeredPlaces } from '../../geo/offered.ts';
import { SCENES } from '../keys.ts';
import { BaseMapPainter } from './BaseMapPainter.ts';
import { HighlightLayer, type HighlightState } from './HighlightLayer.ts';
import { LabelLayer } from './LabelLayer.ts';
import { MarkerLayer } from './MarkerLayer.ts';
import type { MapInsets, MapInteraction, MapLayers, MapPick, MapView } from './MapView.ts';
import { OutcomeMarks } from './OutcomeMarks.ts';
import { requestRender } from '../onDemandGame.ts';
import { LaterTask, SLICE_MS } from './load/yieldToMain.ts';

const BASE_TEXTURE = 'map-base';
/** Pointer slop, px: a mouse is precise, a finger is not. */
const TOLERANCE = { mouse: 8, touch: 16 };
/** A press that moves farther than this before release is a drag, not a pick. */
const TAP_SLOP = 10;

export interface MapSceneOptions {
  reducedMotion?: boolean;
  /** Space around the Sahel frame inside the viewport, px. */
  padding?: number;
}

/**
 * The map of the Sahel: a view. It draws countries, capitals and names, highlights what it is
 * told, and turns a click or tap on the polygon under the pointer into a pick. It never decides
 * whether an answer is right.
 */
export class MapScene extends Phaser.Scene implements MapView {
  private readonly model: MapModel;
  private readonly painter = new BaseMapPainter();
  private names: Record<string, string> = {};
  private layers: MapLayers = { countryLabels: true, cityLabels: true, cityMarkers: true };
  private insets: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 };
  private interaction: MapInteraction = { kind: 'none' };
  private readonly state: HighlightState = {
    hover: null,
    selected: [],
    focus: null,
    correct: [],
    wrong: [],
    point: null,
  };
  private readonly listeners = new Set<(pick: MapPick) => void>();
  private reducedMotion = false;
  private padding = 12;
  private ready = false;
  private base?: Phaser.GameObjects.Image;
  private highlights?: HighlightLayer;
  private markers?: MarkerLayer;
  private labels?: LabelLayer;
  private marks?: OutcomeMarks;
  // Loading without long tasks: a repaint and a label layout each run in a task of their own, once
  // however many changes asked for them in the task before (see README, "Performance").
  private readonly laterRelayout = new LaterTask(() => this.relayout());
  private readonly laterLabels = new LaterTask(() => this.layoutLabels());

  /** `data`: the decoded map, made off the main thread by ./load/loadMap.ts. */
  constructor(data: MapData) {
    super(SCENES.map);
    this.model = new MapModel(data);
  }

  init(options: MapSceneOptions = {}): void {
    this.reducedMotion = options.reducedMotion ?? this.reducedMotion;
    this.padding = options.padding ?? this.padding;
  }

  create(): void {
    this.base = this.add.image(0, 0, '__DEFAULT').setOrigin(0, 0);
    this.highlights = new HighlightLayer(this);
    this.markers = new MarkerLayer(this);
    this.labels = new LabelLayer(this);
    this.marks = new OutcomeMarks(this);
    this.ready = true;
    this.relayout();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.relayout, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, this.onUp, this);
    this.input.on(Phaser.Input.Events.GAME_OUT, this.onOut, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.relayout, this);
      this.labels?.destroy();
      this.markers?.destroy();
      this.highlights?.destroy();
      this.marks?.clear();
      this.ready = false;
    });
  }

  // ---- MapView -----------------------------------------------------------------------------

  setNames(names: Record<string, string>): void {
    this.names = { ...names };
    if (this.ready) this.laterLabels.request();
  }

  setLayers(layers: Partial<MapLayers>): void {
    const hides = (Object.keys(layers) as (keyof MapLayers)[]).some((k) => this.layers[k] && layers[k] === false);
    this.layers = { ...this.layers, ...layers };
    if (!this.ready) return;
    // Hiding names is never late (a map question must not show them for a frame); showing may wait a task.
    if (hides) this.relayout();
    else this.laterRelayout.request();
  }

  setInsets(insets: Partial<MapInsets>): void {
    this.insets = { ...this.insets, ...insets };
    if (this.ready) this.relayout();
  }

  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
  }

  setInteraction(mode: MapInteraction): void {
    this.interaction = mode;
    this.state.selected = mode.kind === 'countries' ? [...mode.selected] : [];
    if (mode.kind !== 'country' && mode.kind !== 'countries') this.state.hover = null;
    this.setCursor(false);
    this.redraw();
  }

  onPick(cb: (pick: MapPick) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  showOutcome(o: { correct: string[]; wrong: string[]; point?: { lon: number; lat: number } }): void {
    this.state.correct = [...o.correct];
    this.state.wrong = [...o.wrong];
    this.state.point = o.point ?? null;
    this.state.hover = null;
    this.redraw();
    if (this.ready) this.marks?.show(this.model, this.state.correct, this.state.wrong, this.reducedMotion);
  }

  clearOutcome(): void {
    this.state.correct = [];
    this.state.wrong = [];
    this.state.point = null;
    this.marks?.clear();
    this.redraw();
  }

  focusPlace(id: string | null): void {
    this.state.focus = id;
    this.redraw();
  }

  countryIds(): string[] {
    return this.model.countries.map((c) => c.id);
  }

  cityIds(): string[] {
    return this.model.cities.map((c) => c.id);
  }

  offeredPlaces(kind: 'countries' | 'cities'): string[] {
    return offeredPlaces(this.model.countries, this.model.cities, kind);
  }

  canPick(): boolean {
    return this.ready;
  }

  whenPickable(cb: () => void): () => void {
    if (this.ready) {
      cb();
      return () => {};
    }
    this.events.once(Phaser.Scenes.Events.CREATE, cb);
    return () => this.events.off(Phaser.Scenes.Events.CREATE, cb);
  }

  projectToScreen(lon: number, lat: number): { x: number; y: number } {
    const p = this.model.projection.project(lon, lat);
    const rect = this.game.canvas.getBoundingClientRect();
    return {
      x: rect.left + (p.x * rect.width) / this.scale.width,
      y: rect.top + (p.y * rect.height) / this.scale.height,
    };
  }

  /** The country a pick at game coordinates (x, y) would report, or null (for tests). */
  countryAtScreen(x: number, y: number, touch = false): string | null {
    return this.model.countryAtScreen(x, y, { tolerancePx: touch ? TOLERANCE.touch : TOLERANCE.mouse });
  }

  /** Names currently drawn (for tests). */
  visibleLabels(): string[] {
    return this.labels?.visibleIds() ?? [];
  }

  // ---- Drawing -----------------------------------------------------------------------------

  private relayout(): void {
    if (!this.ready || !this.base) return;
    const w = this.scale.width;
    const h = this.scale.height;
    const i = this.insets;
    this.model.fit(
      { x: i.left, y: i.top, width: Math.max(1, w - i.left - i.right), height: Math.max(1, h - i.top - i.bottom) },
      this.padding,
    );
    const ratio = Math.max(1, Math.min(3, this.game.canvas.width / Math.max(1, w)));
    const pw = Math.ceil(w * ratio);
    const ph = Math.ceil(h * ratio);
    let tex = this.textures.exists(BASE_TEXTURE)
      ? (this.textures.get(BASE_TEXTURE) as Phaser.Textures.CanvasTexture)
      : null;
    if (!tex) tex = this.textures.createCanvas(BASE_TEXTURE, pw, ph);
    else if (tex.width !== pw || tex.height !== ph) tex.setSize(pw, ph);
    if (!tex) return;
    this.painter.paint(tex.context, this.model, ratio);
    this.markers?.draw(this.model, this.markerIds());
    tex.refresh();
    this.base.setTexture(BASE_TEXTURE).setDisplaySize(w, h);
    this.layoutLabels();
    this.redraw();
    if (this.state.correct.length || this.state.wrong.length) {
      this.marks?.show(this.model, this.state.correct, this.state.wrong, true);
    }
  }

  private layoutLabels(): void {
    if (!this.ready) return;
    const ratio = Math.max(1, Math.min(3, this.game.canvas.width / Math.max(1, this.scale.width)));
    const done = this.labels?.layout(
      this.model,
      this.names,
      this.layers,
      this.markerIds(),
      Math.max(ratio, window.devicePixelRatio || 1),
      SLICE_MS,
    );
    if (done === false) this.laterLabels.request();
    requestRender(this);
  }

  private markerIds(): string[] {
    return MarkerLayer.visibleCities(this.model, this.layers.cityMarkers);
  }

  private redraw(): void {
    if (!this.ready) return;
    this.highlights?.draw(this.model, this.state);
    requestRender(this);
  }

  // ---- Input -------------------------------------------------------------------------------

  private picksCountries(): boolean {
    return this.interaction.kind === 'country' || this.interaction.kind === 'countries';
  }

  private onMove(pointer: Phaser.Input.Pointer): void {
    if (!this.picksCountries() || pointer.wasTouch) return;
    const id = this.countryAtScreen(pointer.x, pointer.y, false);
    this.setCursor(id !== null);
    if (id !== this.state.hover) {
      this.state.hover = id;
      this.redraw();
    }
  }

  private onOut(): void {
    if (this.state.hover !== null) {
      this.state.hover = null;
      this.redraw();
    }
    this.setCursor(false);
  }

  private onUp(pointer: Phaser.Input.Pointer): void {
    if (Math.hypot(pointer.x - pointer.downX, pointer.y - pointer.downY) > TAP_SLOP) return;
    let pick: MapPick | null = null;
    if (this.picksCountries()) {
      const id = this.countryAtScreen(pointer.x, pointer.y, pointer.wasTouch);
      if (id) pick = { kind: 'place', id };
    } else if (this.interaction.kind === 'point') {
      const r = this.model.mapRect();
      if (pointer.x >= r.x && pointer.y >= r.y && pointer.x <= r.x + r.width && pointer.y <= r.y + r.height) {
        const { lon, lat } = this.model.projection.invert(pointer.x, pointer.y);
        pick = { kind: 'point', lon, lat };
      }
    }
    if (pick) for (const cb of [...this.listeners]) cb(pick);
  }

  private setCursor(pointing: boolean): void {
    if (this.ready)
      this.input.manager.canvas.style.cursor =
        this.interaction.kind === 'point' ? 'crosshair' : pointing ? 'pointer' : 'default';
  }
}
