import type Phaser from 'phaser';
import { markerCities } from '../../geo/labelPlan.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import type { StagePlan } from '../../geo/stage.ts';
import { cssSize, pixelRatio, requestRender } from '../onDemandGame.ts';
import { BaseMapPainter } from './BaseMapPainter.ts';
import { HighlightLayer, type HighlightState } from './HighlightLayer.ts';
import { LabelLayer } from './LabelLayer.ts';
import { MarkerLayer } from './MarkerLayer.ts';
import type { MapLayers } from './MapView.ts';
import { OutcomeMarks } from './OutcomeMarks.ts';

const BASE_TEXTURE = 'map-base';

/** What the drawing needs to know besides the model: names, layers, the stage plan, the highlights. */
export interface DrawingInput {
  names: Record<string, string>;
  layers: MapLayers;
  plan: StagePlan | null;
  state: HighlightState;
}

/**
 * Everything the map scene draws, in order: the still map (one canvas texture, painted at the
 * canvas's pixel density), highlights, capital markers, names (one texture) and the ticks and
 * crosses. Painted for the model's current fit; the scene's camera moves it between repaints.
 */
export class MapDrawing {
  private readonly painter = new BaseMapPainter();
  private readonly base: Phaser.GameObjects.Image;
  private readonly highlights: HighlightLayer;
  private readonly markers: MarkerLayer;
  private readonly labels: LabelLayer;
  private readonly marks: OutcomeMarks;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly model: MapModel,
  ) {
    this.base = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0);
    this.highlights = new HighlightLayer(scene);
    this.markers = new MarkerLayer(scene);
    this.labels = new LabelLayer(scene);
    this.marks = new OutcomeMarks(scene);
  }

  /** Repaint everything for the model's current fit. */
  paint(input: DrawingInput): void {
    const { width: w, height: h } = cssSize(this.scene);
    const ratio = pixelRatio(this.scene);
    const pw = Math.ceil(w * ratio);
    const ph = Math.ceil(h * ratio);
    const textures = this.scene.textures;
    let tex = textures.exists(BASE_TEXTURE) ? (textures.get(BASE_TEXTURE) as Phaser.Textures.CanvasTexture) : null;
    if (!tex) tex = textures.createCanvas(BASE_TEXTURE, pw, ph);
    else if (tex.width !== pw || tex.height !== ph) tex.setSize(pw, ph);
    if (!tex) return;
    this.painter.paint(tex.context, this.model, ratio);
    this.markers.draw(this.model, this.markerIds(input));
    tex.refresh();
    this.base.setTexture(BASE_TEXTURE).setDisplaySize(w, h);
    this.layoutLabels(input);
    this.redraw(input.state);
    if (input.state.correct.length || input.state.wrong.length) this.showMarks(input.state, true);
  }

  layoutLabels(input: DrawingInput): void {
    const hide = input.plan?.hide;
    this.labels.layout(
      this.model,
      {
        names: input.names,
        countryLabels: input.layers.countryLabels && !hide?.countries,
        cityLabels: input.layers.cityLabels && !hide?.cities,
        markers: this.markerIds(input),
        first: input.plan?.name ?? [],
        reserved: this.reserved(),
      },
      cssSize(this.scene),
      pixelRatio(this.scene),
    );
    requestRender(this.scene);
  }

  redraw(state: HighlightState): void {
    this.highlights.draw(this.model, state);
    requestRender(this.scene);
  }

  showMarks(state: HighlightState, still: boolean): void {
    this.marks.show(this.model, state.correct, state.wrong, still, this.labels.placed());
  }

  clearMarks(): void {
    this.marks.clear();
  }

  visibleLabels(): string[] {
    return this.labels.visibleIds();
  }

  /** Corners kept free of names: the countdown ring (top left) and the zoom buttons (bottom right, DOM). */
  private reserved(): { x: number; y: number; width: number; height: number }[] {
    const { width, height } = cssSize(this.scene);
    return [
      { x: 0, y: 0, width: 86, height: 86 },
      { x: width - 250, y: height - 62, width: 250, height: 62 },
    ];
  }

  private markerIds(input: DrawingInput): string[] {
    return markerCities(this.model, input.layers.cityMarkers, input.plan?.name ?? []);
  }

  destroy(): void {
    this.labels.destroy();
    this.markers.destroy();
    this.highlights.destroy();
    this.marks.clear();
  }
}
