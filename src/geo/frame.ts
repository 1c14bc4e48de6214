/**
 * The two rectangles (in degrees) that frame the map.
 * - FOCUS: the part of Africa a round is about; the projection always fits it whole on screen.
 * - EXTENT: how far the prepared map data reaches around it, so a wide or tall screen shows
 *   real neighbours instead of empty sea. Anything past EXTENT is drawn as the page margin.
 */
export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const FOCUS: LonLatBox = { west: -20, south: -5, east: 40, north: 37 };

export const EXTENT: LonLatBox = { west: -32, south: -16, east: 58, north: 46 };
