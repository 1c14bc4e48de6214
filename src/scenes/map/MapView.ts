import type { StageData } from '../../geo/stage.ts';
import type { MapPort } from '../../ports/map.ts';

export type { MapInteraction, MapPick } from '../../ports/map.ts';

export type { MapLayers } from '../../ports/map.ts';

/**
 * What the rest of the game may ask of the map scene. The scene draws and reports picks; it
 * never decides whether an answer is right.
 */
export interface MapView extends MapPort {
  /** Place id → label in the player's language (from locales/<lng>/places.json). */
  setNames(names: Record<string, string>): void;
  /** Skip pulses and other motion (prefers-reduced-motion or the player's setting). */
  setReducedMotion(reduced: boolean): void;
  /** The pack's stage data: regions a map question may frame, places each fact names. */
  setStageData(data: StageData): void;
  /** Page CSS pixels of a lon/lat point, for tests and DOM overlays. */
  projectToScreen(lon: number, lat: number): { x: number; y: number };
}
