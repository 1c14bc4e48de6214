import Phaser from 'phaser';
import { CORE_CITIES } from '../../geo/importance.ts';
import type { MapModel } from '../../geo/mapModel.ts';
import { PALETTE } from './palette.ts';

export const MARKER_RADIUS = 4;
/** Below this map width (px) only the capitals a round is about get a marker, or the coast turns to clutter. */
const CROWDED_WIDTH = 700;

/** Capital markers: a white disc with a dark ring and dot, drawn above highlights so they stay visible. */
export class MarkerLayer {
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics();
  }

  /** Ids of the cities that get a marker at this size. */
  static visibleCities(model: MapModel, on: boolean): string[] {
    if (!on) return [];
    const crowded = model.mapRect().width < CROWDED_WIDTH;
    return model.cities.filter((c) => !crowded || CORE_CITIES.has(c.id)).map((c) => c.id);
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
