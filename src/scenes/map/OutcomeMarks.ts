import type Phaser from 'phaser';
import type { PlacedLabel } from '../../geo/labelLayout.ts';
import { markSpot } from '../../geo/labelPlan.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import { PALETTE } from './palette.ts';

/**
 * A tick on each right place and a cross on each wrong one, so the outcome never rests on
 * colour alone. They pulse twice unless motion is reduced.
 */
export class OutcomeMarks {
  /** The marks shown, by place, kind and size ('id|ok|size'). */
  private marks = new Map<string, Phaser.GameObjects.Graphics>();

  constructor(private readonly scene: Phaser.Scene) {}

  /**
   * `labels`: the names on screen; a mark never covers one. A mark already shown where it goes
   * stays as it is (the names being laid out again must not restart its pulse).
   */
  show(
    model: MapModel,
    correct: readonly string[],
    wrong: readonly string[],
    reducedMotion: boolean,
    labels: readonly PlacedLabel[] = [],
  ): void {
    const old = this.marks;
    this.marks = new Map();
    const size = Math.max(9, Math.min(15, model.mapRect().width / 100));
    const put = (id: string, ok: boolean) => {
      const at = markSpot(model, id, size, labels);
      if (!at) return;
      const key = `${id}|${ok}|${size}`;
      const kept = old.get(key);
      if (kept && kept.x === at.x && kept.y === at.y) {
        old.delete(key);
        this.marks.set(key, kept);
        return;
      }
      const g = this.scene.add.graphics({ x: at.x, y: at.y });
      g.fillStyle(0xffffff, 1);
      g.fillCircle(0, 0, size + 2);
      g.fillStyle(ok ? PALETTE.correct : PALETTE.wrong, 1);
      g.fillCircle(0, 0, size);
      g.lineStyle(Math.max(2, size / 4), 0xffffff, 1);
      if (ok) {
        g.beginPath();
        g.moveTo(-size * 0.5, 0);
        g.lineTo(-size * 0.12, size * 0.4);
        g.lineTo(size * 0.55, -size * 0.4);
        g.strokePath();
      } else {
        const k = size * 0.42;
        g.lineBetween(-k, -k, k, k);
        g.lineBetween(-k, k, k, -k);
      }
      this.marks.set(key, g);
      if (!reducedMotion) {
        this.scene.tweens.add({
          targets: g,
          scale: { from: 1, to: 1.3 },
          duration: 220,
          yoyo: true,
          repeat: 1,
          ease: 'Sine.easeInOut',
        });
      }
    };
    for (const id of wrong) put(id, false);
    for (const id of correct) put(id, true);
    drop(this.scene, old.values());
  }

  clear(): void {
    drop(this.scene, this.marks.values());
    this.marks = new Map();
  }
}

function drop(scene: Phaser.Scene, marks: Iterable<Phaser.GameObjects.Graphics>): void {
  for (const g of marks) {
    scene.tweens.killTweensOf(g);
    g.destroy();
  }
}
