import type { Rng } from '../random/rng.ts';

/**
 * A live game's join code: six symbols a class can read off a projector and type on a phone.
 * No look-alikes: none of 0/O/D… is doubled: 0, O, 1, I, L, 2, Z, 5, S, 6, 8, B, U, V are left out,
 * so 21 symbols and about 8.6 × 10^7 codes (join attempts are rate-limited on the server).
 */
export const CODE_ALPHABET = '3479ACEFGHJKMNPQRTWXY' as const;
export const CODE_LENGTH = 6;

export function makeJoinCode(rng: Rng): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[Math.floor(rng() * CODE_ALPHABET.length)];
  return code;
}

/** What a student typed, as a code: upper case, spaces and dashes dropped; null when it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

/**
 * Where a phone keeps its seat in a live game: one record for every pack (storage/packScoped.ts), so a phone
 * sent to the game's pack page comes back to the same seat.
 */
export const LIVE_SEAT_KEY = 'live-seat';
