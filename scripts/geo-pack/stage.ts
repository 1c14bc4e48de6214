/**
 * The sahel-geography pack's stage (content/sahel-geography/stage.json, see src/geo/stage.ts): the
 * regions a map question may frame, and for each fact the countries its question is about.
 */
import { FOCUS } from '../../src/geo/frame.ts';
import type { StageData } from '../../src/geo/stage.ts';
import type { Question } from '../../src/core/content/types.ts';

/** Window sizes (degrees of longitude × latitude) and the step between windows of a size. */
const WINDOWS = [
  { w: 24, h: 18, step: 8 },
  { w: 32, h: 24, step: 8 },
  { w: 44, h: 32, step: 8 },
] as const;

/**
 * Windows of a few sizes laid over the map's focus, so that a map question (stagePlan picks the
 * smallest window that holds every target, away from its centre) is asked closer than the whole
 * map: on a phone's whole map Senegal is 28 px tall.
 */
export function geoRegions(): StageData['regions'] {
  const regions: StageData['regions'] = [];
  for (const { w, h, step } of WINDOWS) {
    for (let west = FOCUS.west; west + w <= FOCUS.east; west += step) {
      for (let south = FOCUS.south; south + h <= FOCUS.north; south += step)
        regions.push([west, south, west + w, south + h]);
    }
  }
  return regions;
}

/** Each fact's countries: the country codes its id is made of ('border-ben-bfa' → BEN, BFA). */
export function geoFacts(questions: readonly Question[], countries: readonly string[]): StageData['facts'] {
  const known = new Set(countries);
  const facts: StageData['facts'] = {};
  for (const q of questions) {
    const ids = q.fact
      .split('-')
      .map((part) => part.toUpperCase())
      .filter((id) => known.has(id));
    if (ids.length > 0) facts[q.fact] = ids;
  }
  return facts;
}
