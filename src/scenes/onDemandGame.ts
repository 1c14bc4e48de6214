import Phaser from 'phaser';
import { keptAwake, STILL_STEPS_BEFORE_SLEEP, wakeLoop } from './loopSleep.ts';
import { yieldToMain } from './map/load/yieldToMain.ts';

export type { KeepsAwake } from './loopSleep.ts';

/**
 * A Phaser game that draws a frame only when something on it changed.
 *
 * A quiz map is still most of the time: between a hover and the next answer nothing moves. Phaser
 * redraws every display frame anyway, and on a school laptop without a usable GPU (Chromium then
 * rasterises in software) one full redraw of a 1280×720 map costs more than a frame. So every step
 * still updates input, clocks and tweens, but the render runs only when a view asked for it with
 * `requestRender(scene)` (after it changed a game object), while a tween is running, or when the
 * canvas was resized. The canvas keeps showing the last frame in between.
 *
 * When nothing was drawn for two steps and nothing moves (no tween, no scene that says it is
 * `keepingAwake`, no scene waiting to start), Phaser's frame loop itself sleeps: an idle question
 * runs no frame at all until something asks to be drawn, which wakes it for the next display frame.
 *
 * Rule for views: after changing what a game object looks like, call `requestRender(this)`; a scene
 * that moves things in `update` says so with `keepingAwake()`; code outside the loop reads the time
 * with `gameNow(scene)` (a sleeping loop's clock stands still).
 */
export class OnDemandGame extends Phaser.Game {
  private dirty = true;
  /** Scenes drawn on a small canvas of their own over the game's (see `ownCanvas`), with its CSS size. */
  private readonly overlays = new Map<Phaser.Scene, { canvas: HTMLCanvasElement; width: number; height: number }>();
  /** Overlay scenes that asked for a frame since the last one. */
  private readonly dirtyOverlays = new Set<Phaser.Scene>();
  private overlayHost: HTMLDivElement | null = null;
  /** The overlays' canvases were resized (which clears them) or the whole game asked to be drawn. */
  private overlaysCleared = true;
  private wasAnimating = false;
  /** Frames actually drawn (for tests and the bench: a still page draws none). */
  renderedFrames = 0;
  /** Frames that redrew only overlays (see ownCanvas): the game's canvas kept its picture. */
  overlayFrames = 0;
  /** Steps Phaser ran (for tests and the bench: a still page runs none while the loop sleeps). */
  steps = 0;
  /** Steps in a row with nothing drawn and nothing moving (see step). */
  private stillSteps = 0;
  /** Device pixels per CSS pixel the canvas is drawn at (the screen's, capped; see fitParent). */
  pixelRatio = 1;

  constructor(config: Phaser.Types.Core.GameConfig) {
    super(config);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.invalidate());
  }

  /**
   * Phaser boots (its renderer, canvas, textures, scale and input) in the task after the game is
   * made: the two were one task of 45–65 ms at CPU ×4. Scenes added meanwhile wait for the boot,
   * as they do for Phaser's own, and READY comes after it.
   */
  protected override boot(): void {
    void yieldToMain().then(() => super.boot());
  }

  /**
   * Size the canvas to its parent at the screen's pixel density, capped at MAX_PIXEL_RATIO for
   * speed: the game's size is in device pixels and the canvas is shown at the parent's CSS size, so
   * names are crisp on a 2× phone. Scenes work in CSS px through their camera's zoom (cssCamera).
   */
  fitParent(parent: HTMLElement): void {
    if (!this.canvas) return;
    const ratio = Math.max(1, Math.min(MAX_PIXEL_RATIO, window.devicePixelRatio || 1));
    const w = Math.max(1, parent.clientWidth);
    const h = Math.max(1, parent.clientHeight);
    const pw = Math.round(w * ratio);
    const ph = Math.round(h * ratio);
    if (ratio === this.pixelRatio && this.scale.width === pw && this.scale.height === ph) return;
    this.pixelRatio = ratio;
    // What ScaleManager.resize does, with the CSS size set before its one refresh: resize() then
    // refresh() (to correct the CSS size it sets) read the page's layout twice and told every
    // scene twice, in the task of a resize (issue 20: no task over 50 ms).
    const scale = this.scale;
    const [prevWidth, prevHeight] = [scale.width, scale.height];
    scale.zoom = 1 / ratio;
    scale.gameSize.resize(pw, ph);
    scale.baseSize.resize(pw, ph);
    scale.displaySize.setSize(w, h);
    this.canvas.width = pw;
    this.canvas.height = ph;
    const style = this.canvas.style;
    style.width = `${w}px`;
    style.height = `${h}px`;
    for (const overlay of this.overlays.values()) sizeOverlay(overlay, ratio);
    this.overlaysCleared = true;
    scale.refresh(prevWidth, prevHeight);
  }

  /**
   * Draws `scene` on a canvas of its own (CSS `width`×`height`, at the top left of the game's),
   * over the game's canvas and the map's layers, never a target for the pointer. The countdown's
   * ring changes a few times a second. Drawn on the game's canvas, each change redrew all its live
   * parts, and the browser then copied the whole canvas for the compositor (without a GPU, 6–40 ms
   * per frame at CPU ×4 for a 840×720 canvas): an idle question had 11–13 tasks over 30 ms in 8 s.
   * On its own small canvas a change redraws and copies the ring alone (3–6 such tasks, and 13 %
   * less main-thread time). Phaser still draws it: the scene's context is that canvas's.
   */
  ownCanvas(scene: Phaser.Scene, width: number, height: number): void {
    const parent = this.canvas?.parentElement;
    if (!parent) return;
    if (!this.overlayHost) {
      // Private to the game (a closed shadow root), as the map's layers are: `#stage canvas` still
      // finds the game's canvas alone. Last in the parent, so over the names' layer too.
      const host = document.createElement('div');
      host.setAttribute('aria-hidden', 'true');
      Object.assign(host.style, { position: 'absolute', inset: '0', overflow: 'hidden', pointerEvents: 'none' });
      this.overlayHost = host;
    }
    const canvas = document.createElement('canvas');
    Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0' });
    (this.overlayHost.shadowRoot ?? this.overlayHost.attachShadow({ mode: 'closed' })).append(canvas);
    parent.append(this.overlayHost);
    const context = canvas.getContext('2d');
    if (!context) return;
    const overlay = { canvas, width, height };
    sizeOverlay(overlay, this.pixelRatio);
    this.overlays.set(scene, overlay);
    const sys = scene.sys as unknown as { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
    sys.canvas = canvas;
    sys.context = context;
    scene.events.once(Phaser.Scenes.Events.DESTROY, () => {
      this.overlays.delete(scene);
      canvas.remove();
    });
    this.invalidate(scene);
  }

  /** Draw on the next step: the whole game, or only `scene` if it has a canvas of its own. */
  invalidate(scene?: Phaser.Scene): void {
    if (scene && this.overlays.has(scene)) this.dirtyOverlays.add(scene);
    else this.dirty = true;
    // A resize, or the game's own settings: everything is drawn again.
    if (!scene) this.overlaysCleared = true;
    this.wake();
  }

  /** True while Phaser's frame loop sleeps (see the class comment). */
  get sleeping(): boolean {
    return this.isRunning && !this.loop.running;
  }

  /** Wakes a sleeping frame loop for the next display frame (see wakeLoop). */
  wake(): void {
    if (this.sleeping) wakeLoop(this.loop);
  }

  override destroy(removeCanvas: boolean, noReturn?: boolean): void {
    super.destroy(removeCanvas, noReturn);
    // The destroy is carried out by the next step.
    this.wake();
  }

  override step(time: number, delta: number): void {
    const internals = this as unknown as { pendingDestroy: boolean; runDestroy(): void };
    if (internals.pendingDestroy) {
      internals.runDestroy();
      return;
    }
    if (this.isPaused) return;
    this.steps++;
    const events = this.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    // One more frame after the last tween ends, so its final state is drawn.
    const animating = this.animating();
    const draw = this.dirty || animating || this.wasAnimating;
    this.wasAnimating = animating;
    if (!draw) {
      const overlays = [...this.dirtyOverlays];
      this.drawOverlays(overlays);
      // The scene manager clears this flag at the end of its render; while it is set, scenes
      // added or started meanwhile wait in a queue that the next update drops. Clear it ourselves.
      (this.scene as unknown as { isProcessing: boolean }).isProcessing = false;
      this.stillSteps = overlays.length > 0 || keptAwake(this.scene) ? 0 : this.stillSteps + 1;
      if (this.stillSteps >= STILL_STEPS_BEFORE_SLEEP && !this.dirty) {
        this.stillSteps = 0;
        this.loop.sleep();
      }
      return;
    }
    this.stillSteps = 0;
    this.dirty = false;
    this.renderedFrames++;
    const renderer = this.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.renderScenes();
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }

  /**
   * What the scene manager's render does (each visible scene, created or running, in order), except
   * that an overlay is drawn again only if it asked to be or was cleared (see ownCanvas): a camera
   * flight redraws the game's canvas every frame, not the ring's.
   */
  private renderScenes(): void {
    const all = this.overlaysCleared;
    this.overlaysCleared = false;
    for (const scene of this.scene.scenes as Phaser.Scene[]) {
      if (!shown(scene)) continue;
      const overlay = this.overlays.get(scene);
      if (overlay && !all && !this.dirtyOverlays.has(scene)) continue;
      if (overlay) clear(overlay.canvas);
      scene.sys.render(this.renderer);
    }
    this.dirtyOverlays.clear();
    (this.scene as unknown as { isProcessing: boolean }).isProcessing = false;
  }

  /** Redraws these overlay scenes alone, each on its own canvas (see ownCanvas); the game's canvas keeps its frame. */
  private drawOverlays(scenes: readonly Phaser.Scene[]): void {
    if (scenes.length === 0) return;
    this.dirtyOverlays.clear();
    this.overlayFrames++;
    for (const scene of scenes) {
      const overlay = this.overlays.get(scene);
      if (!overlay) continue;
      clear(overlay.canvas);
      if (shown(scene)) scene.sys.render(this.renderer);
    }
  }

  /** True while any running scene has a tween (a tween changes objects every step). */
  private animating(): boolean {
    for (const scene of this.scene.getScenes(true)) {
      if (scene.tweens && scene.tweens.getTweens().length > 0) return true;
    }
    return false;
  }
}

/**
 * The scene's clock, for code outside the frame loop (a DOM call, an input event): the loop's time
 * of its last step, or now while the loop sleeps (its clock stood still meanwhile).
 */
export function gameNow(scene: Phaser.Scene): number {
  const game = scene.sys.game;
  return game instanceof OnDemandGame && game.sleeping ? performance.now() : scene.time.now;
}

/** Highest canvas pixel density: a 3× phone is drawn at 2×, which is crisp and a little over half the pixels. */
export const MAX_PIXEL_RATIO = 2;

/** Device pixels per CSS pixel of the scene's canvas (1 on a plain Phaser game). */
export function pixelRatio(scene: Phaser.Scene): number {
  const game = scene.sys.game;
  return game instanceof OnDemandGame ? game.pixelRatio : 1;
}

/** The canvas size in CSS px. */
export function cssSize(scene: Phaser.Scene): { width: number; height: number } {
  const r = pixelRatio(scene);
  return { width: scene.scale.width / r, height: scene.scale.height / r };
}

/** Ask the scene's game to draw its next frame (a no-op on a plain Phaser game). */
export function requestRender(scene: Phaser.Scene): void {
  const game = scene.sys.game;
  if (game instanceof OnDemandGame) game.invalidate(scene);
}

/** Draw `scene` on a small canvas of its own (OnDemandGame.ownCanvas; a no-op on a plain Phaser game). */
export function ownCanvas(scene: Phaser.Scene, width: number, height: number): void {
  const game = scene.sys.game;
  if (game instanceof OnDemandGame) game.ownCanvas(scene, width, height);
}

/** What the scene manager's render asks of a scene: visible, and loading, created, running or paused. */
function shown(scene: Phaser.Scene): boolean {
  const { settings } = scene.sys;
  return settings.visible && settings.status >= Phaser.Scenes.LOADING && settings.status < Phaser.Scenes.SLEEPING;
}

function sizeOverlay(overlay: { canvas: HTMLCanvasElement; width: number; height: number }, ratio: number): void {
  overlay.canvas.width = Math.round(overlay.width * ratio);
  overlay.canvas.height = Math.round(overlay.height * ratio);
  overlay.canvas.style.width = `${overlay.width}px`;
  overlay.canvas.style.height = `${overlay.height}px`;
}

function clear(canvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'source-over';
  ctx.clearRect(0, 0, canvas.width, canvas.height);
}
