/**
 * What the countdown shows (the ring's steps, the whole seconds) and when that next changes: the
 * clock sleeps until then, so a wrong answer here is a ring or a second that is late, or a time-out
 * that never comes.
 */
import { describe, expect, it } from 'vitest';
import {
  COUNTDOWN_STEPS,
  msToNextCountdownChange,
  ringFraction,
  wholeSeconds,
} from '../../src/core/round/countdown.ts';

/** What the student sees at `remaining` of `limit`. */
const shown = (remaining: number, limit: number) => `${ringFraction(remaining, limit)}|${wholeSeconds(remaining)}`;

describe('the countdown', () => {
  it('shows whole seconds rounded up and the ring in whole steps', () => {
    expect(wholeSeconds(20_000)).toBe(20);
    expect(wholeSeconds(19_001)).toBe(20);
    expect(wholeSeconds(19_000)).toBe(19);
    expect(wholeSeconds(1)).toBe(1);
    expect(wholeSeconds(0)).toBe(0);
    expect(ringFraction(20_000, 20_000)).toBe(1);
    expect(ringFraction(10_000, 20_000)).toBe(0.5);
    expect(ringFraction(1, 20_000)).toBe(1 / COUNTDOWN_STEPS);
    expect(ringFraction(0, 20_000)).toBe(0);
  });

  it('wakes within 1 ms after each change of what is shown, and nothing changes in between, down to the time-out', () => {
    for (const limit of [5_000, 12_000, 20_000, 37_000]) {
      let r = limit;
      let wakes = 0;
      while (r > 0) {
        const d = msToNextCountdownChange(r, limit);
        // Changed by the wake-up…
        expect(shown(r - d, limit)).not.toBe(shown(r, limit));
        // …and not until 1 ms before it: the ring or the seconds are never late by more than that.
        expect(shown(r - d + 1 + 1e-6, limit)).toBe(shown(r, limit));
        r -= d;
        wakes++;
      }
      // About one wake a ring step plus one a second: far fewer than the display's frames.
      expect(wakes).toBeGreaterThanOrEqual(COUNTDOWN_STEPS);
      expect(wakes).toBeLessThanOrEqual(COUNTDOWN_STEPS + limit / 1000 + 1);
    }
    expect(msToNextCountdownChange(0, 20_000)).toBe(0);
  });

  it('counts seconds alone without a limit', () => {
    expect(msToNextCountdownChange(2_500, null)).toBe(501);
    expect(msToNextCountdownChange(2_000, null)).toBe(1_001);
  });
});
