import type { MapPort } from '../../ui/mapPort.ts';

export type { MapInteraction, MapPick } from '../../ui/mapPort.ts';

/** Which layers of the map show; the game hides names and markers when they would give an answer away. */
export interface MapLayers {
  countryLabels: boolean;
  cityLabels: boolean;
  cityMarkers: boolean;
}

/** Space kept free of map content at the window's edges (px), e.g. for a question panel. */
export interface MapInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * What the rest of the game may ask of the map scene. The scene draws and reports picks; it
 * never decides whether an answer is right.
 */
export interface MapView extends MapPort {
  /** Place id → label in the player's language (from locales/<lng>/places.json). */
  setNames(names: Record<string, string>): void;
  setLayers(layers: Partial<MapLayers>): void;
  setInsets(insets: Partial<MapInsets>): void;
  /** Skip pulses and other motion (prefers-reduced-motion or the player's setting). */
  setReducedMotion(reduced: boolean): void;
  /** Page CSS pixels of a lon/lat point, for tests and DOM overlays. */
  projectToScreen(lon: number, lat: number): { x: number; y: number };
}
