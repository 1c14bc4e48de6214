import Phaser from 'phaser';
import type { MapPick } from './MapView.ts';
import type { MapScene } from './MapScene.ts';
import { gameNow, pixelRatio } from '../onDemandGame.ts';

/**
 * The map's pointer input: hover, taps that pick, and the gestures that move the camera (drag,
 * pinch, wheel; see CameraRig). Positions are turned into CSS px of the canvas; a pick is
 * reported as a place id or a lon/lat, never as pixels. A press that became a drag or a pinch
 * is never a pick.
 */
export class MapInput {
  constructor(private readonly scene: MapScene) {
    const input = scene.input;
    input.on(Phaser.Input.Events.POINTER_DOWN, this.onDown, this);
    input.on(Phaser.Input.Events.POINTER_MOVE, this.onMove, this);
    input.on(Phaser.Input.Events.POINTER_UP, this.onUp, this);
    input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.onUpOutside, this);
    input.on(Phaser.Input.Events.GAME_OUT, this.onOut, this);
    input.on(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
  }

  destroy(): void {
    const input = this.scene.input;
    input.off(Phaser.Input.Events.POINTER_DOWN, this.onDown, this);
    input.off(Phaser.Input.Events.POINTER_MOVE, this.onMove, this);
    input.off(Phaser.Input.Events.POINTER_UP, this.onUp, this);
    input.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.onUpOutside, this);
    input.off(Phaser.Input.Events.GAME_OUT, this.onOut, this);
    input.off(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
  }

  /** Canvas CSS px of a pointer. */
  private css(p: Phaser.Input.Pointer): { x: number; y: number } {
    const r = pixelRatio(this.scene);
    return { x: p.x / r, y: p.y / r };
  }

  private picksCountries(): boolean {
    const k = this.scene.interaction.kind;
    return k === 'country' || k === 'countries';
  }

  private onDown(pointer: Phaser.Input.Pointer): void {
    const { x, y } = this.css(pointer);
    this.scene.rig.down(pointer.id, x, y);
  }

  private onMove(pointer: Phaser.Input.Pointer): void {
    const { x, y } = this.css(pointer);
    const now = gameNow(this.scene);
    if (pointer.isDown && this.scene.rig.move(pointer.id, x, y, now)) {
      this.scene.userMoved = true;
      this.scene.rig.step(now);
      this.applyCamera();
      this.setHover(null);
      return;
    }
    if (!this.picksCountries() || pointer.wasTouch || pointer.isDown) return;
    const id = this.scene.countryAtScreen(x, y, false);
    this.setCursor(id !== null);
    this.setHover(id);
  }

  private applyCamera(): void {
    // The scene's update() repaints when the view settles; until then move what is drawn.
    this.scene.applyCamera();
  }

  private setHover(id: string | null): void {
    const s = this.scene.state;
    if (id !== s.hover) {
      s.hover = id;
      this.scene.redraw();
    }
  }

  private onOut(): void {
    this.setHover(null);
    this.setCursor(false);
  }

  private onUpOutside(pointer: Phaser.Input.Pointer): void {
    this.scene.rig.up(pointer.id, gameNow(this.scene));
  }

  private onUp(pointer: Phaser.Input.Pointer): void {
    if (this.scene.rig.up(pointer.id, gameNow(this.scene)) !== 'tap') return;
    const { x, y } = this.css(pointer);
    let pick: MapPick | null = null;
    const scene = this.scene;
    if (this.picksCountries()) {
      const id = scene.countryAtScreen(x, y, pointer.wasTouch);
      if (id) pick = { kind: 'place', id };
    } else if (scene.interaction.kind === 'point') {
      const world = scene.cameras.main.getWorldPoint(pointer.x, pointer.y);
      const r = scene.model.mapRect();
      if (world.x >= r.x && world.y >= r.y && world.x <= r.x + r.width && world.y <= r.y + r.height) {
        const { lon, lat } = scene.model.projection.invert(world.x, world.y);
        pick = { kind: 'point', lon, lat };
      }
    }
    if (pick) scene.emitPick(pick);
  }

  private onWheel(pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    const { x, y } = this.css(pointer);
    this.scene.userMoved = true;
    this.scene.rig.wheel(dy, x, y, gameNow(this.scene));
    this.applyCamera();
    pointer.event?.preventDefault();
  }

  setCursor(pointing: boolean): void {
    const kind = this.scene.interaction.kind;
    this.scene.input.manager.canvas.style.cursor = kind === 'point' ? 'crosshair' : pointing ? 'pointer' : 'default';
  }
}
