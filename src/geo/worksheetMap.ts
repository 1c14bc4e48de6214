import { geoMercator, geoPath } from 'd3-geo';
import { sahelMap } from './sahelMap.ts';

/**
 * A blank map for a paper worksheet: the game's own country shapes (src/geo map data), no names,
 * framed on a set of places with a margin, and those places as numbered points. Pure: SVG path
 * data and coordinates out; the view makes the elements.
 */
export interface WorksheetMap {
  width: number;
  height: number;
  /** One SVG path (`d`) per country. */
  countries: string[];
  points: { n: number; id: string; x: number; y: number }[];
}

export function worksheetMap(
  places: readonly { id: string; lon: number; lat: number }[],
  width = 480,
  height = 300,
): WorksheetMap {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  // At least 16° across, so the frame never points at the answer.
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
  const half = Math.max(
    8,
    (Math.max(...lons) - Math.min(...lons)) / 2 + 4,
    (Math.max(...lats) - Math.min(...lats)) / 2 + 4,
  );
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [cx - half, cy - half * 0.7],
        [cx + half, cy + half * 0.7],
      ],
    },
  );
  const path = geoPath(projection);
  const countries = sahelMap()
    .countries.map((c) => path(c.feature) ?? '')
    .filter((d) => d !== '');
  const points = places.map((p, i) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    return { n: i + 1, id: p.id, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return { width, height, countries, points };
}
