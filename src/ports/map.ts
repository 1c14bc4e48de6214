import type { StageRequest } from '../geo/stage.ts';

/** What the DOM side asks of the map view; the Phaser map scene implements it. */
export type MapInteraction =
  | { kind: 'none' }
  | { kind: 'country' }
  | { kind: 'countries'; selected: string[] }
  | { kind: 'point' };

export type MapPick = { kind: 'place'; id: string } | { kind: 'point'; lon: number; lat: number };

/** Which layers of the map show; the game hides names and markers when they would give an answer away. */
export interface MapLayers {
  countryLabels: boolean;
  cityLabels: boolean;
  cityMarkers: boolean;
}

export interface MapPort {
  setLayers(layers: Partial<MapLayers>): void;
  setInteraction(mode: MapInteraction): void;
  /** Subscribe to picks on the map; returns an unsubscribe function. */
  onPick(cb: (pick: MapPick) => void): () => void;
  showOutcome(o: { correct: string[]; wrong: string[]; point?: { lon: number; lat: number } }): void;
  clearOutcome(): void;
  focusPlace(id: string | null): void;
  /** Ids of the countries and cities drawn on the map. */
  countryIds(): string[];
  cityIds(): string[];
  /** The places a map question offers in its list (keyboard and screen readers): the region's countries or their capitals. */
  offeredPlaces(kind: 'countries' | 'cities'): string[];
  /** Frame and name what this question (or its reveal) is about; null between rounds (see geo/stage.ts). */
  stage(request: StageRequest | null): void;
  /** The player's camera: zoom in (>1) or out (<1) about the centre, pan by CSS px, back to the question's frame. */
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  resetView(): void;
  /** The end of a round: confetti over the map for level 1–3 (none under reduced motion). */
  celebrate(level: number): void;
  /** Whether the map takes clicks and taps yet: it loads behind the title screen. */
  canPick(): boolean;
  /** Calls `cb` once the map takes clicks, or once it is known it never will (it failed to load); at once if so already. Returns a cancel function. */
  whenPickable(cb: () => void): () => void;
}
