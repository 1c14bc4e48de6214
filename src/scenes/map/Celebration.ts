import type Phaser from 'phaser';
import { confetti, type Confetto } from '../../geo/confetti.ts';
import { PALETTE } from './palette.ts';

const COLORS = [PALETTE.correct, 0xf2b705, 0x1f6fb2, 0xd9480f, 0xffffff];

/**
 * The end of a round, celebrated in proportion: confetti over the map, more and longer for a
 * better round (level 1–3, from core's celebrationLevel). One Graphics redrawn per frame from a
 * pure particle simulation (geo/confetti.ts); the scene never starts it under reduced motion.
 */
export class Celebration {
  private readonly g: Phaser.GameObjects.Graphics;
  private pieces: Confetto[] = [];
  private start0 = 0;
  private ms = 0;
  private size = { width: 1, height: 1 };

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics().setDepth(10);
  }

  start(level: number, size: { width: number; height: number }, now: number, seed = 1): void {
    this.size = size;
    this.pieces = confetti(level, size, seed);
    this.start0 = now;
    this.ms = 1400 + 600 * level;
  }

  /** Draw the frame for `now`; true while it plays. */
  step(now: number): boolean {
    if (this.pieces.length === 0) return false;
    const t = (now - this.start0) / 1000;
    const g = this.g;
    g.clear();
    if (now - this.start0 > this.ms) {
      this.pieces = [];
      return true; // one last frame, cleared
    }
    const fade = Math.max(0, Math.min(1, (this.ms - (now - this.start0)) / 400));
    for (const p of this.pieces) {
      const x = p.x + p.vx * t;
      const y = p.y + p.vy * t + 0.5 * 600 * t * t;
      if (y > this.size.height + 20) continue;
      const w = p.size * Math.abs(Math.cos(p.spin * t + p.phase));
      g.fillStyle(COLORS[p.color % COLORS.length]!, fade);
      g.fillRect(x - w / 2, y - p.size / 4, Math.max(1, w), p.size / 2);
    }
    return true;
  }

  playing(): boolean {
    return this.pieces.length > 0;
  }

  destroy(): void {
    this.g.destroy();
  }
}
