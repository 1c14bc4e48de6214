import Phaser from 'phaser';
import { projectionFor } from '../../geo/camera.ts';
import { FOCUS } from '../../geo/frame.ts';
import { MapModel } from '../../geo/mapModel.ts';
import { offeredPlaces } from '../../geo/offered.ts';
import type { MapData } from '../../geo/mapData.ts';
import { regionCentreCountry, stagePlan, type StageData, type StagePlan, type StageRequest } from '../../geo/stage.ts';
import { SCENES } from '../keys.ts';
import { cssSize, gameNow, type KeepsAwake, pixelRatio } from '../onDemandGame.ts';
import { CameraRig, type CameraState } from './CameraRig.ts';
import type { CelebrationScene } from '../hud/CelebrationScene.ts';
import { type HighlightState, setOutcome } from './HighlightLayer.ts';
import { type DrawingInput, MapDrawing, type Residual } from './MapDrawing.ts';
import type { MapInteraction, MapLayers, MapPick, MapView } from './MapView.ts';
import { MapInput } from './MapInput.ts';
import { forEachSliced, yieldToMain } from './load/yieldToMain.ts';

/** Between rounds the map shows the whole focus area. */
const HOME = FOCUS;

export interface MapSceneOptions {
  reducedMotion?: boolean;
  /** Space around the Sahel frame inside the viewport, px. */
  padding?: number;
}

/**
 * The map of the Sahel: a view. It draws countries, capitals and names, flies to the frame each
 * question's stage plan gives (geo/stage.ts), lets the player zoom and pan (MapInput, CameraRig),
 * and turns a tap on a country into a pick. It never decides whether an answer is right.
 * Drawing (MapDrawing): painted at the view last "committed", moved while the view moves, and
 * repainted crisp in slices once it settles; the model's fit (what a tap picks) follows at once.
 */
export class MapScene extends Phaser.Scene implements MapView, KeepsAwake {
  readonly model: MapModel;
  private readonly mapData: MapData;
  // A resize (also each question that grows or shrinks the map) re-fits at once and repaints in
  // slices like a settle; once per size and density (Phaser tells each resize twice).
  private readonly onResize = (): void => void (this.sizeKey() !== this.laidOut && this.relayout());
  private laidOut = '';
  readonly rig = new CameraRig();
  private names: Record<string, string> = {};
  private layers: MapLayers = { countryLabels: true, cityLabels: true, cityMarkers: true };
  interaction: MapInteraction = { kind: 'none' };
  readonly state: HighlightState = { hover: null, selected: [], focus: null, correct: [], wrong: [], point: null };
  private readonly listeners = new Set<(pick: MapPick) => void>();
  private reducedMotion = false;
  private padding = 12;
  private ready = false;
  private stageData: StageData = { regions: [], facts: {} };
  private plan: StagePlan | null = null;
  /** The player moved the map since the question framed it: a resize keeps their view, not the frame. */
  userMoved = false;
  private drawing?: MapDrawing;
  private input2?: MapInput;

  /** `data`: the decoded map, made off the main thread by ./load/loadMap.ts. */
  constructor(data: MapData) {
    super(SCENES.map);
    this.mapData = data;
    this.model = new MapModel(data);
  }

  init(options: MapSceneOptions = {}): void {
    this.reducedMotion = options.reducedMotion ?? this.reducedMotion;
    this.padding = options.padding ?? this.padding;
  }

  create(): void {
    this.drawing = new MapDrawing(this, this.model, () => this.drawingInput());
    this.input2 = new MapInput(this);
    // Fitted (then picks work) and painted in slices from the next task: with the above, one of 45 ms at x4.
    void yieldToMain().then(() => {
      this.ready = this.sys.isActive();
      this.relayout(true);
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize);
      this.input2?.destroy();
      this.drawing?.destroy();
      this.ready = false;
    });
  }

  override update(time: number): void {
    if (this.rig.step(time)) this.applyCamera();
    if (this.rig.settled(time)) this.commit();
  }

  /** A flight, a gesture, or a view not yet redrawn crisp (update commits it once settled). */
  keepingAwake = (): boolean => this.rig.state().moving;

  // ---- MapView -----------------------------------------------------------------------------
  setNames(names: Record<string, string>): void {
    this.names = { ...names };
    if (this.ready) this.drawing?.requestLabels();
  }

  setLayers(layers: Partial<MapLayers>): void {
    const hides = (Object.keys(layers) as (keyof MapLayers)[]).some((k) => this.layers[k] && layers[k] === false);
    this.layers = { ...this.layers, ...layers };
    if (!this.ready) return;
    // Hiding names is never late (a map question must not show them for a frame); the rest is later.
    this.drawing?.layersChanged(hides);
  }

  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
  }

  setStageData(data: StageData): void {
    this.stageData = data;
    // The stage's costliest test (which country holds a region's centre), made ahead a few per task.
    void forEachSliced(data.regions, (r) => regionCentreCountry(this.mapData, r));
  }

  stage(request: StageRequest | null): void {
    const was = this.plan?.hide;
    this.plan = request ? stagePlan(request, this.mapData, this.stageData) : null;
    if (!this.ready) return;
    this.resetView();
    // Names of the kind asked for go at once (they would tell the answer); the new layout comes later.
    const now = this.plan?.hide;
    this.drawing?.layersChanged((!!now?.countries && !was?.countries) || (!!now?.cities && !was?.cities));
  }

  resetView(): void {
    this.userMoved = false;
    this.rig.frame(this.plan?.frame ?? HOME, gameNow(this), this.reducedMotion);
    this.afterCameraCall();
  }

  zoomBy(factor: number): void {
    this.userMoved = true;
    this.rig.zoomBy(factor, gameNow(this), this.reducedMotion);
    this.afterCameraCall();
  }

  panBy(dx: number, dy: number): void {
    this.userMoved = true;
    this.rig.panBy(dx, dy, gameNow(this), this.reducedMotion);
    this.afterCameraCall();
  }

  celebrate(level: number): void {
    if (!this.ready || this.reducedMotion || level <= 0) return;
    this.party()?.play(level);
  }

  setInteraction(mode: MapInteraction): void {
    this.interaction = mode;
    this.state.selected = mode.kind === 'countries' ? [...mode.selected] : [];
    if (mode.kind !== 'country' && mode.kind !== 'countries') this.state.hover = null;
    this.input2?.setCursor(false);
    this.redraw();
  }

  onPick(cb: (pick: MapPick) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  emitPick(pick: MapPick): void {
    for (const cb of [...this.listeners]) cb(pick);
  }

  showOutcome(o: { correct: string[]; wrong: string[]; point?: { lon: number; lat: number } }): void {
    setOutcome(this.state, o);
    this.redraw();
    if (this.ready) this.drawing?.requestMarks(this.reducedMotion);
  }

  clearOutcome(): void {
    setOutcome(this.state, null);
    this.drawing?.clearMarks();
    this.redraw();
  }

  focusPlace(id: string | null): void {
    this.state.focus = id;
    this.redraw();
  }

  countryIds = (): string[] => this.model.countries.map((c) => c.id);
  cityIds = (): string[] => this.model.cities.map((c) => c.id);

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

  /** The confetti scene, drawn above the map (absent in a game without it). */
  private party(): CelebrationScene | undefined {
    return this.scene.manager.getScene(SCENES.celebration) as CelebrationScene | undefined;
  }

  /** Page CSS px of a lon/lat point in the view shown now. */
  projectToScreen(lon: number, lat: number): { x: number; y: number } {
    const p = projectionFor(this.rig.view, this.viewport(), this.padding).project(lon, lat);
    const rect = this.game.canvas.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }

  /** The country a pick at canvas CSS px (x, y), in the view shown now, would report, or null. */
  countryAtScreen(x: number, y: number, touch = false): string | null {
    const { lon, lat } = projectionFor(this.rig.view, this.viewport(), this.padding).invert(x, y);
    const p = this.model.projection.project(lon, lat);
    return this.model.countryAtScreen(p.x, p.y, { tolerancePx: touch ? 16 : 8 });
  }

  /** Names currently drawn (for tests). */
  visibleLabels = (): string[] => this.drawing?.visibleLabels() ?? [];

  /** Camera and canvas state (for tests and the bench); `names`: see MapDrawing.namesState. */
  viewState(): CameraState & { pixelRatio: number; plan: StagePlan | null; celebrating: boolean; names: string } {
    const [names, celebrating] = [this.drawing?.namesState() ?? 'none', this.party()?.playing() ?? false];
    return { ...this.rig.state(), celebrating, pixelRatio: pixelRatio(this), plan: this.plan, names };
  }

  /** The whole canvas, in CSS px: the map is the page's background. */
  viewport(): { x: number; y: number; width: number; height: number } {
    const { width, height } = cssSize(this);
    return { x: 0, y: 0, width: Math.max(1, width), height: Math.max(1, height) };
  }

  private afterCameraCall(): void {
    if (!this.ready) return;
    if (this.rig.settled(Infinity)) this.commit();
    else this.applyCamera();
  }

  /** Where the view shown now puts what was drawn at the committed one (see MapDrawing.carry). */
  private residual(): Residual {
    return this.rig.residual(this.viewport(), (lon, lat) => this.model.projection.project(lon, lat));
  }

  /** Show the moving view by transforming what was drawn at the committed one (no repaint). */
  applyCamera(): void {
    const r = this.residual();
    this.cameras.main
      .setOrigin(0, 0)
      .setZoom(pixelRatio(this) * r.zoom)
      .setScroll(r.scrollX, r.scrollY);
    this.drawing?.cameraMoved(r);
  }

  /**
   * The view settled: fit the model to it at once (picks, markers, highlights follow it), show the
   * map and names drawn at the old fit where the camera showed them, and repaint them crisp in later
   * tasks (the map in one, the names in slices), so a settle is never one long task.
   */
  private commit(): void {
    if (!this.ready || !this.drawing) return;
    const residual = this.residual();
    this.rig.committed = { ...this.rig.view };
    this.model.fitView(this.viewport(), this.rig.view, this.padding);
    this.cameras.main.setOrigin(0, 0).setZoom(pixelRatio(this)).setScroll(0, 0);
    this.drawing.carry(residual);
  }

  private sizeKey(): string {
    return `${this.scale.width}x${this.scale.height}@${pixelRatio(this)}`;
  }

  /** Fit the model to the canvas now (picks follow at once); the drawing is repainted in slices. */
  private relayout(paintLater = false): void {
    if (!this.ready || !this.drawing) return;
    this.laidOut = this.sizeKey();
    this.rig.setViewport(this.viewport(), this.padding, this.userMoved ? undefined : (this.plan?.frame ?? HOME));
    this.rig.committed = { ...this.rig.view };
    this.model.fitView(this.viewport(), this.rig.view, this.padding);
    this.cameras.main.setOrigin(0, 0).setZoom(pixelRatio(this)).setScroll(0, 0);
    this.drawing.cameraMoved({ zoom: 1, scrollX: 0, scrollY: 0 });
    if (paintLater) void yieldToMain().then(() => this.ready && this.drawing?.paint(true));
    else this.drawing.paint(true);
  }

  private drawingInput(): DrawingInput {
    return { names: this.names, layers: this.layers, plan: this.plan, state: this.state };
  }

  redraw(): void {
    if (this.ready) this.drawing?.redraw(this.state);
  }
}
