import type Phaser from 'phaser';
import { type LabelInput, markerCities } from '../../geo/labelPlan.ts';
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
  /** The ticks and crosses of an answer, in the task after it (the answer's own task shows its colours). */
  private readonly laterMarks = new LaterTask(
    () => this.destroyed || this.showMarks(this.input().state, this.marksStill),
    taskAfterFrames,
  );
  private marksStill = false;
  private bandsLeft = 0;
  /** A new layout of the names is wanted (begun by the next labelsSlice, from the input then). */
  private labelsWanted = false;
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
    this.labels = new LabelLayer(this.over);
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
    // The names drawn for the old fit move to where the new fit puts them (a CSS transform) until
    // the new layout, made in slices, replaces them.
    const refit = this.labels.refit(this.model);
    if (refit) this.labelsPlace = refit;
    else this.labels.hide();
    this.cameraMoved(this.camera);
    this.requestLabels();
    this.redraw(input.state);
    if (input.state.correct.length || input.state.wrong.length) this.showMarks(input.state, true);
  }

  /**
   * The layers or the stage plan changed: the markers are drawn again at once; the names are
   * hidden at once when `hideNames` (some would now be wrong), and laid out again in later tasks.
   */
  layersChanged(hideNames: boolean): void {
    if (hideNames) this.labels.hide();
    this.requestLabels();
    this.markers.draw(this.model, this.markerIds(this.input()));
    requestRender(this.scene);
  }

  /** Lay the names out again, from what is wanted then, in later tasks (names, layers, plan or fit changed). */
  requestLabels(): void {
    this.labelsWanted = true;
    this.laterLabels.request();
  }

  /**
   * One slice of the names' layout (SLICE_MS): a new one begun when asked for (or when the model
   * was re-fitted under it), then planned and painted a few names per slice; once complete it
   * replaces the names on screen, and the ticks and crosses move clear of them.
   */
  labelsSlice(): void {
    if (this.destroyed) return;
    if (this.labelsWanted || this.labels.stale(this.model)) {
      this.labelsWanted = false;
      this.labels.start(this.model, this.labelInput(this.input()), cssSize(this.scene), pixelRatio(this.scene));
    }
    const step = this.labels.work(SLICE_MS);
    if (step === 'more') this.laterLabels.request();
    if (step !== 'done') return;
    this.labelsPlace = { x: 0, y: 0, scale: 1 };
    this.cameraMoved(this.camera);
    const state = this.input().state;
    if (state.correct.length || state.wrong.length) this.showMarks(state, true);
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
   * the camera showed them, until paintBase and labelsSlice repaint them crisp in later tasks.
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
    this.requestLabels();
  }

  /** What the names' layout needs from the drawing's input. */
  private labelInput(input: DrawingInput): LabelInput {
    const hide = input.plan?.hide;
    return {
      names: input.names,
      countryLabels: input.layers.countryLabels && !hide?.countries,
      cityLabels: input.layers.cityLabels && !hide?.cities,
      markers: this.markerIds(input),
      first: input.plan?.name ?? [],
      reserved: this.reserved(),
    };
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
    // The names on screen where they show now (moved with the fit until laid out again).
    const { x, y, scale } = this.labelsPlace;
    const names = this.labels.placed().map((l) => ({
      ...l,
      box: { x: x + l.box.x * scale, y: y + l.box.y * scale, width: l.box.width * scale, height: l.box.height * scale },
    }));
    this.marks.show(this.model, state.correct, state.wrong, still, names);
  }

  /** Show the outcome's marks in a later task (pulsing unless `still`); they follow the state then. */
  requestMarks(still: boolean): void {
    this.marksStill = still;
    this.laterMarks.request();
  }

  clearMarks(): void {
    this.marks.clear();
  }

  visibleLabels(): string[] {
    return this.labels.visibleIds();
  }

  /** 'fitted': the names on screen were laid out for the model's fit now; 'moved': for an earlier one (being redone). */
  namesState(): 'fitted' | 'moved' | 'none' {
    if (this.labels.visibleIds().length === 0) return 'none';
    return this.labels.laidOutFor(this.model) ? 'fitted' : 'moved';
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
