/**
 * Confetti for the end of a round, as data: pure, seeded (no random source of its own), so the
 * same level always throws the same burst and tests can count it.
 */
import { createRng } from '../../core/random/rng.ts';

export interface Confetto {
  x: number;
  y: number;
  vx: number;
  vy: number;
  size: number;
  spin: number;
  phase: number;
  color: number;
}

/** Pieces per celebration level (0 = none); they fall under a gravity of 600 px/s² (CelebrationScene). */
export const CONFETTI_COUNT = [0, 40, 90, 160] as const;

/**
 * Half the pieces burst from the lower corners, up and in; half rain from above the top edge,
 * so some show at once even on a phone where the summary card covers the middle.
 */
export function confetti(level: number, size: { width: number; height: number }, seed = 1): Confetto[] {
  const n = CONFETTI_COUNT[Math.max(0, Math.min(3, Math.round(level))) as 0 | 1 | 2 | 3];
  const r = createRng(seed);
  const out: Confetto[] = [];
  const speed = Math.sqrt(size.height) * 38;
  for (let i = 0; i < n; i++) {
    const look = { size: 6 + r() * 6, spin: 4 + r() * 8, phase: r() * Math.PI, color: Math.floor(r() * 5) };
    if (i % 2 === 1) {
      out.push({ x: r() * size.width, y: -r() * size.height * 0.4, vx: (r() - 0.5) * 80, vy: 40 + r() * 120, ...look });
      continue;
    }
    const left = i % 4 === 0;
    const angle = (left ? -1 : 1) * (0.25 + r() * 0.45);
    const v = speed * (0.7 + r() * 0.5);
    out.push({
      x: left ? 0 : size.width,
      y: size.height,
      vx: Math.sin(-angle) * v * (size.width / Math.max(size.width, size.height)),
      vy: -Math.cos(angle) * v,
      ...look,
    });
  }
  return out;
}
