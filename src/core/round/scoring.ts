import type { Question, Response } from '../content/types.ts';
import { distanceKm, type LonLat } from './distance.ts';

/**
 * How right a response is, from 0 (wrong) to 1 (fully right), with partial credit where a
 * question type allows it. Returns null when the response does not fit the question
 * (a wrong answer format), which the engine turns into 'round/bad_response'.
 */
export function correctness(q: Question, r: Response, placeCoords: (id: string) => LonLat | undefined): number | null {
  switch (q.type) {
    case 'choice':
      if (r.type !== 'choice' || !q.choices.includes(r.choice)) return null;
      return r.choice === q.answer ? 1 : 0;
    case 'truefalse':
      if (r.type !== 'truefalse') return null;
      return r.value === q.answer ? 1 : 0;
    case 'locate':
      return locateCorrectness(q, r, placeCoords);
    case 'numeric': {
      if (r.type !== 'numeric' || !Number.isFinite(r.value)) return null;
      return numericCorrectness(r.value, q.answer, q.tolerance, q.max - q.min);
    }
    case 'timeline': {
      if (r.type !== 'timeline' || !isPermutation(r.order, q.order)) return null;
      return pairsInOrder(r.order, q.order);
    }
    case 'match': {
      if (r.type !== 'match') return null;
      const speakers = new Set(q.pairs.map((p) => p.speaker));
      const given = Object.keys(r.pairs);
      if (given.length !== q.pairs.length) return null;
      let right = 0;
      for (const p of q.pairs) {
        const said = r.pairs[p.statement];
        if (said === undefined || !speakers.has(said)) return null;
        if (said === p.speaker) right++;
      }
      return right / q.pairs.length;
    }
  }
}

function locateCorrectness(
  q: Extract<Question, { type: 'locate' }>,
  r: Response,
  placeCoords: (id: string) => LonLat | undefined,
): number | null {
  const target = q.targets[0];
  if (target === undefined) return null;
  if (q.mode === 'city') {
    let point: LonLat | undefined;
    if (r.type === 'locate-point') point = { lon: r.lon, lat: r.lat };
    else if (r.type === 'locate' && r.places.length === 1) point = placeCoords(r.places[0] as string);
    const goal = placeCoords(target);
    if (!point || !goal || !Number.isFinite(point.lon) || !Number.isFinite(point.lat)) return null;
    return cityCorrectness(distanceKm(point, goal), q.toleranceKm ?? 100);
  }
  if (r.type !== 'locate') return null;
  if (q.mode === 'country') {
    if (r.places.length !== 1) return null;
    return r.places[0] === target ? 1 : 0;
  }
  const picked = new Set(r.places);
  const targets = new Set(q.targets);
  let hits = 0;
  let misses = 0;
  for (const p of picked) targets.has(p) ? hits++ : misses++;
  return Math.max(0, (hits - misses) / targets.size);
}

/** Full marks within the tolerance, then linearly down to 0 at three times the tolerance. */
export function cityCorrectness(km: number, toleranceKm: number): number {
  if (km <= toleranceKm) return 1;
  if (km >= 3 * toleranceKm) return 0;
  return 1 - (km - toleranceKm) / (2 * toleranceKm);
}

/** Full marks within the tolerance, then linearly down to 0 a fifth of the slider's range further out. */
export function numericCorrectness(value: number, answer: number, tolerance: number, range: number): number {
  const off = Math.abs(value - answer);
  if (off <= tolerance) return 1;
  const fade = Math.max(range / 5, tolerance, Number.EPSILON);
  return Math.max(0, 1 - (off - tolerance) / fade);
}

/** The share of pairs of events that the player put in the right relative order. */
export function pairsInOrder(given: readonly string[], right: readonly string[]): number {
  const pos = new Map(given.map((id, i) => [id, i]));
  let good = 0;
  let all = 0;
  for (let i = 0; i < right.length; i++) {
    for (let j = i + 1; j < right.length; j++) {
      all++;
      if ((pos.get(right[i] as string) ?? 0) < (pos.get(right[j] as string) ?? 0)) good++;
    }
  }
  return all === 0 ? 1 : good / all;
}

function isPermutation(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.every((x, i) => x === sb[i]);
}

/** Points for one answer. See README "Scoring". */
export const POINTS = { base: 500, speed: 500, untimedSpeed: 250, streakStep: 0.1, streakSteps: 5 } as const;

/**
 * The speed rule: the share of the question's OWN time (the round's base times the question's
 * weight, before the student's ×2/×10/off setting) still left when the answer came, 0 once it
 * is used up; null when the round itself has no time limit. Measuring against the unscaled
 * time means a longer clock helps a student answer but never scores more than ×1 for the same
 * answer after the same seconds.
 */
export function speedFraction(spentMs: number, questionBaseMs: number | null): number | null {
  if (questionBaseMs === null) return null;
  if (!(questionBaseMs > 0)) return 0;
  return clamp01(1 - spentMs / questionBaseMs);
}

/** How one answer's points were made; `total` = `right` + `speed` + `streak`. */
export interface PointsBreakdown {
  /** For being right (or partly right): c × 500. */
  right: number;
  /** For speed: c × 500 × speed fraction (c × 250 with no time limit). */
  speed: number;
  /** The streak bonus on top (fully right answers only). */
  streak: number;
  /** The bonus as a share (0.2 = +20 %). */
  streakShare: number;
  total: number;
}

/** The streak bonus share for an answer that makes `streak` right answers in a row. */
export function streakShare(streak: number): number {
  return POINTS.streakStep * Math.min(Math.max(streak - 1, 0), POINTS.streakSteps);
}

export function pointsBreakdown(c: number, speed: number | null, streak: number): PointsBreakdown {
  if (c <= 0) return { right: 0, speed: 0, streak: 0, streakShare: 0, total: 0 };
  const speedPart = speed === null ? POINTS.untimedSpeed : POINTS.speed * clamp01(speed);
  const share = isFullyRight(c) ? streakShare(streak) : 0;
  const total = Math.round(c * (POINTS.base + speedPart) * (1 + share));
  const right = Math.round(c * POINTS.base);
  const speedPoints = Math.min(total - right, Math.round(c * speedPart));
  return { right, speed: speedPoints, streak: total - right - speedPoints, streakShare: share, total };
}

/** `speed` is the speed fraction (see speedFraction), null with no time limit. */
export function points(c: number, speed: number | null, streak: number): number {
  return pointsBreakdown(c, speed, streak).total;
}

export function isFullyRight(c: number): boolean {
  return c >= 1 - 1e-9;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
