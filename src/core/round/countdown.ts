/**
 * What the countdown shows of a question's time, and when that next changes. The ring on the map
 * and the seconds beside it change only at these steps; between them the clock has nothing to draw
 * (it sleeps until the next one instead of running every display frame).
 */

/** The ring moves in steps of 1/COUNTDOWN_STEPS of a turn (about 2 px): finer steps look the same and cost a redraw each. */
export const COUNTDOWN_STEPS = 90;

/** The part of the ring still full: `remaining / limit`, rounded up to a whole step (0 to 1). */
export function ringFraction(remainingMs: number, limitMs: number): number {
  if (limitMs <= 0) return 0;
  return Math.ceil(Math.max(0, Math.min(1, remainingMs / limitMs)) * COUNTDOWN_STEPS) / COUNTDOWN_STEPS;
}

/** The whole seconds shown: `remaining` rounded up (the last second reads 1 until it is over). */
export function wholeSeconds(remainingMs: number): number {
  return Math.ceil(Math.max(0, remainingMs) / 1000);
}

/**
 * Milliseconds from now until the ring or the seconds show something else (a little after, never
 * before: at that moment the value has changed). 0 once the time is up. `limitMs` null: the seconds only.
 */
export function msToNextCountdownChange(remainingMs: number, limitMs: number | null): number {
  if (remainingMs <= 0) return 0;
  // ceil(r / unit) drops by one when r reaches (ceil(r / unit) - 1) × unit.
  const untilDrop = (unit: number) => remainingMs - (Math.ceil(remainingMs / unit) - 1) * unit;
  const second = untilDrop(1000);
  const step = limitMs && limitMs > 0 ? untilDrop(limitMs / COUNTDOWN_STEPS) : Number.POSITIVE_INFINITY;
  // The extra millisecond keeps rounding from waking the clock a hair before the change.
  return Math.min(second, step, remainingMs) + 1;
}
