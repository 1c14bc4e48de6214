import Phaser from 'phaser';

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

  constructor(config: Phaser.Types.Core.GameConfig) {
    super(config);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.invalidate());
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

/** Ask the scene's game to draw its next frame (a no-op on a plain Phaser game). */
export function requestRender(scene: Phaser.Scene): void {
  const game = scene.sys.game;
  if (game instanceof OnDemandGame) game.invalidate();
}
