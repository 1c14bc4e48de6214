import Phaser from 'phaser';
import { confetti, type Confetto } from './confetti.ts';
import { SCENES } from '../keys.ts';
import { cssSize, type KeepsAwake, pixelRatio, requestRender } from '../onDemandGame.ts';
import { PALETTE } from '../map/palette.ts';

const COLORS = [PALETTE.correct, 0xf2b705, 0x1f6fb2, 0xd9480f, 0xffffff];

/**
 * The end of a round, celebrated in proportion: confetti over the map, more and longer for a
 * better round (level 1–3, from core's celebrationLevel). Its own scene above the map, so the
 * map's camera moves never carry it. One Graphics redrawn per frame from a pure particle
 * simulation (geo/confetti.ts); never started under reduced motion.
 */
export class CelebrationScene extends Phaser.Scene implements KeepsAwake {
  private g?: Phaser.GameObjects.Graphics;
  private pieces: Confetto[] = [];
  private start0 = 0;
  private ms = 0;
  private size = { width: 1, height: 1 };
  private seed = 1;
  private pending: number | null = null;
  private level = 0;

  constructor() {
    super({ key: SCENES.celebration, active: true });
  }

  create(): void {
    const css = () => this.cameras.main.setOrigin(0, 0).setZoom(pixelRatio(this));
    css();
    this.scale.on(Phaser.Scale.Events.RESIZE, css);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, css));
    this.g = this.add.graphics();
  }

  /** Starts on the next frame, at the canvas size then (the summary's layout may still be resizing the map). */
  play(level: number): void {
    this.pending = level;
    requestRender(this);
  }

  playing(): boolean {
    return this.pending !== null || this.pieces.length > 0;
  }

  keepingAwake(): boolean {
    return this.playing();
  }

  override update(now: number): void {
    const g = this.g;
    if (g && this.pending !== null) {
      this.level = this.pending;
      this.size = cssSize(this);
      this.pieces = confetti(this.level, this.size, ++this.seed);
      this.start0 = now;
      this.ms = 1400 + 600 * this.level;
      this.pending = null;
    }
    if (!g || this.pieces.length === 0) return;
    // The canvas changed size (the summary's layout settling, a rotation): the same burst, refitted.
    const size = cssSize(this);
    if (size.width !== this.size.width || size.height !== this.size.height) {
      this.size = size;
      this.pieces = confetti(this.level, size, this.seed);
    }
    requestRender(this);
    g.clear();
    const elapsed = now - this.start0;
    if (elapsed > this.ms) {
      this.pieces = []; // this frame draws it cleared
      return;
    }
    const t = elapsed / 1000;
    const fade = Math.max(0, Math.min(1, (this.ms - elapsed) / 400));
    for (const p of this.pieces) {
      const x = p.x + p.vx * t;
      const y = p.y + p.vy * t + 0.5 * 600 * t * t;
      if (y > this.size.height + 20) continue;
      const w = p.size * Math.abs(Math.cos(p.spin * t + p.phase));
      g.fillStyle(COLORS[p.color % COLORS.length] ?? 0xffffff, fade);
      g.fillRect(x - w / 2, y - p.size / 4, Math.max(1, w), p.size / 2);
    }
  }
}
