import type Phaser from 'phaser';
import { markerCities } from '../../geo/labelPlan.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import type { StagePlan } from '../../geo/stage.ts';
import { cssSize, pixelRatio, requestRender } from '../onDemandGame.ts';
import { Backdrop } from './Backdrop.ts';
import { BAND_COUNT, BaseBands, type Placement } from './BaseBands.ts';
import { taskAfterFrames } from '../../ports/nextTask.ts';
import { LaterTask, SLICE_MS } from './load/yieldToMain.ts';
import { HighlightLayer, type HighlightState } from './HighlightLayer.ts';
import { LabelLayer } from './LabelLayer.ts';
import { MarkerLayer } from './MarkerLayer.ts';
import type { MapLayers } from './MapView.ts';
import { OutcomeMarks } from './OutcomeMarks.ts';
import { type Residual, STILL, StillLayer } from './StillLayer.ts';

export type { Residual } from './StillLayer.ts';

/** Names drawn for another scale fade from this ratio of scales… */
const NAMES_FADE = 1.06;
/** …and are gone by this one. */
const NAMES_GONE = 1.25;

/** What the drawing needs to know besides the model: names, layers, the stage plan, the highlights. */
export interface DrawingInput {
  names: Record<string, string>;
  layers: MapLayers;
  plan: StagePlan | null;
  state: HighlightState;
}

/**
 * Everything the map scene draws, in order: the still map (DOM canvases under the game's canvas,
 * painted at the canvas's pixel density: StillLayer), highlights, capital markers, names (one
 * texture) and the ticks and crosses. Painted for the model's current fit; between repaints the
 * scene's camera moves the live parts and a CSS transform moves the still map the same way.
 */
export class MapDrawing {
  private readonly still: StillLayer;
  private readonly over: StillLayer;
  /** The camera's residual now (identity while it is still). */
  private camera: Residual = STILL;
  private readonly backdrop: Backdrop;
  private readonly base: BaseBands;
  private readonly highlights: HighlightLayer;
  private readonly markers: MarkerLayer;
  private readonly labels: LabelLayer;
  private readonly marks: OutcomeMarks;
  private labelsPlace: Placement = { x: 0, y: 0, scale: 1 };

  // Loading and settles without long tasks (see README, "Performance"): the names a few per task,
  // the still map one band per task, each in a task of its own however often it was asked for.
  // Ordinary tasks, not scheduler.yield continuations: a frame is drawn between two slices.
  private readonly laterLabels = new LaterTask(() => this.labelsSlice(), taskAfterFrames);
  private readonly laterBand = new LaterTask(() => this.nextBand(), taskAfterFrames);
  private bandsLeft = 0;
  private destroyed = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly model: MapModel,
    /** What to draw now (names, layers, plan, highlights): read again by each later slice. */
    private readonly input: () => DrawingInput,
  ) {
    this.still = new StillLayer(scene.sys.game.canvas ?? null);
    this.over = new StillLayer(scene.sys.game.canvas ?? null, true);
    this.backdrop = new Backdrop(this.still, model);
    this.base = new BaseBands(this.still, model);
    this.highlights = new HighlightLayer(scene);
    this.markers = new MarkerLayer(scene);
    this.labels = new LabelLayer(scene, this.over);
    this.marks = new OutcomeMarks(scene);
  }

  /**
   * Repaint everything for the model's current fit: at once, or `sliced` (the still map one band
   * per later task). Names are made a few per task; until all exist none are drawn.
   */
  paint(sliced = false): void {
    const input = this.input();
    this.backdrop.place(this.model);
    if (!this.repaintBase(sliced, input)) this.markers.draw(this.model, this.markerIds(input));
    if (!this.layoutLabels(input, SLICE_MS)) {
      this.labels.hide();
      this.laterLabels.request();
    }
    this.redraw(input.state);
    if (input.state.correct.length || input.state.wrong.length) this.showMarks(input.state, true);
  }

  /** Names and markers go at once (a layer was hidden); they are drawn again by the next paint. */
  hideNow(): void {
    this.labels.hide();
    this.markers.draw(this.model, this.markerIds(this.input()));
    requestRender(this.scene);
  }

  /** Lay the names out again in a later task (names or layers changed). */
  requestLabels(): void {
    this.laterLabels.request();
  }

  /** Lay the names out now, as far as SLICE_MS allows; the rest in later tasks. */
  labelsSlice(): void {
    if (!this.destroyed && !this.layoutLabels(this.input(), SLICE_MS)) this.laterLabels.request();
  }

  /**
   * The crisp still map again for the model's current fit: by the paint worker off the main thread
   * when there is one (until its picture comes, the one carried stays), else in bands, one per later
   * task (`sliced`) or at once (then with the markers: true). A worker lost on the way hands the job
   * to the bands.
   */
  private repaintBase(sliced: boolean, input: DrawingInput): boolean {
    const bands = (): void => {
      this.bandsLeft = BAND_COUNT;
      this.laterBand.request();
    };
    this.bandsLeft = 0;
    const ratio = pixelRatio(this.scene);
    if (this.base.repaint(cssSize(this.scene), ratio, () => this.backdrop.ensure(ratio), bands)) return false;
    if (sliced) {
      bands();
      return false;
    }
    this.paintBase(input);
    return true;
  }

  private nextBand(): void {
    if (this.destroyed || this.bandsLeft <= 0) return;
    this.paintBase(this.input(), BAND_COUNT - this.bandsLeft);
    if (--this.bandsLeft > 0) this.laterBand.request();
    // Once the crisp map is done, the backdrop for this window size (if not painted yet).
    else this.backdrop.ensure(pixelRatio(this.scene));
  }

  /** The still map (band `band` of it, or all) and the capital markers, at the model's current fit. */
  paintBase(input: DrawingInput, band?: number): void {
    this.base.paint(this.model, cssSize(this.scene), pixelRatio(this.scene), band);
    if (band === undefined) {
      this.markers.draw(this.model, this.markerIds(input));
      this.backdrop.ensure(pixelRatio(this.scene));
    }
    requestRender(this.scene);
  }

  /**
   * The camera settled and the model was fitted to its view: the markers, highlights and marks are
   * redrawn there at once (cheap), while the map and names drawn at the old fit are moved to where
   * the camera showed them, until paintBase and layoutLabels repaint them crisp in later tasks.
   */
  carry(residual: Residual): void {
    const input = this.input();
    const move = (p: Placement): Placement => ({
      x: (p.x - residual.scrollX) * residual.zoom,
      y: (p.y - residual.scrollY) * residual.zoom,
      scale: p.scale * residual.zoom,
    });
    this.moveStill(STILL);
    this.base.carry(move);
    this.backdrop.place(this.model);
    this.labelsPlace = move(this.labelsPlace);
    this.cameraMoved(STILL);
    this.markers.draw(this.model, this.markerIds(input));
    this.redraw(input.state);
    if (input.state.correct.length || input.state.wrong.length) this.showMarks(input.state, true);
    this.repaintBase(true, input);
    this.laterLabels.request();
  }

  /** Lays the names out and paints them; false when some name images are still to make (see LabelLayer.layout). */
  layoutLabels(input: DrawingInput, budgetMs = Number.POSITIVE_INFINITY): boolean {
    const hide = input.plan?.hide;
    const done = this.labels.layout(
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
      budgetMs,
    );
    if (done) {
      this.labelsPlace = { x: 0, y: 0, scale: 1 };
      this.cameraMoved(this.camera);
    }
    requestRender(this.scene);
    return done;
  }

  /**
   * The camera shows the committed fit through `camera`: the still map follows it (a CSS transform,
   * no repaint); names drawn for another scale than the one shown fade out (gone by NAMES_GONE), so
   * no oversized, blurry or shrunken names show in a flight.
   */
  cameraMoved(camera: Residual): void {
    this.moveStill(camera);
    const off = Math.abs(Math.log(this.labelsPlace.scale * camera.zoom));
    const fade = (off - Math.log(NAMES_FADE)) / (Math.log(NAMES_GONE) - Math.log(NAMES_FADE));
    this.labels.place(this.labelsPlace, camera, 1 - Math.max(0, Math.min(1, fade)));
    requestRender(this.scene);
  }

  private moveStill(camera: Residual): void {
    this.camera = camera;
    this.still.camera = camera;
    this.base.view(camera);
    this.backdrop.view(camera);
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
    this.destroyed = true;
    this.labels.destroy();
    this.backdrop.destroy();
    this.still.destroy();
    this.over.destroy();
    this.markers.destroy();
    this.highlights.destroy();
    this.marks.clear();
  }
}
