import type Phaser from 'phaser';
import { MARKER_RADIUS } from '../../geo/labelPlan.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import { PALETTE } from './palette.ts';

export { MARKER_RADIUS };

/** Capital markers: a white disc with a dark ring and dot, drawn above highlights so they stay visible. */
export class MarkerLayer {
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics();
  }

  draw(model: MapModel, ids: readonly string[]): void {
    const g = this.g;
    g.clear();
    for (const id of ids) {
      const c = model.city(id);
      if (!c) continue;
      const { x, y } = model.projection.project(c.lon, c.lat);
      g.fillStyle(PALETTE.markerFill, 1);
      g.fillCircle(x, y, MARKER_RADIUS);
      g.lineStyle(1.6, PALETTE.marker, 1);
      g.strokeCircle(x, y, MARKER_RADIUS);
      g.fillStyle(PALETTE.marker, 1);
      g.fillCircle(x, y, 1.6);
    }
  }

  destroy(): void {
    this.g.destroy();
  }
}
