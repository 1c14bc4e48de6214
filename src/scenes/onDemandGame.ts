import Phaser from 'phaser';
import { yieldToMain } from './map/load/yieldToMain.ts';

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
 * Rule for views: after changing what a game object looks like, call `requestRender(this)`.
 */
export class OnDemandGame extends Phaser.Game {
  private dirty = true;
  private wasAnimating = false;
  /** Frames actually drawn (for tests and the bench: a still page draws none). */
  renderedFrames = 0;
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
    scale.refresh(prevWidth, prevHeight);
  }

  /** Draw on the next step. */
  invalidate(): void {
    this.dirty = true;
  }

  override step(time: number, delta: number): void {
    const internals = this as unknown as { pendingDestroy: boolean; runDestroy(): void };
    if (internals.pendingDestroy) {
      internals.runDestroy();
      return;
    }
    if (this.isPaused) return;
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
      // The scene manager clears this flag at the end of its render; while it is set, scenes
      // added or started meanwhile wait in a queue that the next update drops. Clear it ourselves.
      (this.scene as unknown as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    this.dirty = false;
    this.renderedFrames++;
    const renderer = this.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }

  /** True while any running scene has a tween (a tween changes objects every step). */
  private animating(): boolean {
    for (const scene of this.scene.getScenes(true)) {
      if (scene.tweens && scene.tweens.getTweens().length > 0) return true;
    }
    return false;
  }
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
  if (game instanceof OnDemandGame) game.invalidate();
}
