/**
 * Crockford base32 for codes people type: digits and upper-case letters without I, L, O, U.
 * Reading is forgiving: case-insensitive, O→0, I/L→1, dashes and spaces ignored.
 *
 * Check: two extra symbols make the whole code, read as a base-32 number, a multiple of the
 * prime 1021. A single wrong symbol changes that number by (a−b)·32^k and two swapped
 * neighbours by (a−b)·31·32^k; neither is a multiple of 1021 (|a−b| < 32, and 1021 is prime),
 * so both kinds of typing error are always caught, wherever they fall (check symbols included).
 */

export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VALUE = new Map([...CROCKFORD].map((c, i) => [c, i]));
const CHECK_PRIME = 1021;

/** Bytes → symbols, 5 bits each, big-endian, the last group zero-padded. */
export function bytesToBase32(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(acc >> bits) & 31];
    }
  }
  if (bits > 0) out += CROCKFORD[(acc << (5 - bits)) & 31];
  return out;
}

/** Symbols (canonical, upper-case) → bytes; null when padding bits are not zero or the length is impossible. */
export function base32ToBytes(symbols: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((symbols.length * 5) / 8));
  // A length that leaves 5 or more spare bits cannot come from bytesToBase32.
  if (symbols.length * 5 - out.length * 8 >= 5) return null;
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of symbols) {
    const v = VALUE.get(c);
    if (v === undefined) return null;
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

function residue(symbols: string): number {
  let r = 0;
  for (const c of symbols) r = (r * 32 + (VALUE.get(c) ?? 0)) % CHECK_PRIME;
  return r;
}

/** The symbols followed by their two check symbols. */
export function withCheck(symbols: string): string {
  const c = (CHECK_PRIME - ((residue(symbols) * 1024) % CHECK_PRIME)) % CHECK_PRIME;
  return symbols + CROCKFORD[c >> 5] + CROCKFORD[c & 31];
}

/** The symbols without their check, or null when the check fails. */
export function stripCheck(symbols: string): string | null {
  if (symbols.length < 3 || residue(symbols) !== 0) return null;
  return symbols.slice(0, -2);
}

/**
 * Every code one typing mistake away from `symbols` (one symbol changed, or two neighbours
 * swapped) whose check holds: what the person may have meant. At most `limit` of them.
 */
export function* singleMistakeFixes(symbols: string, limit = 64): Generator<string> {
  const n = symbols.length;
  const values = [...symbols].map((c) => VALUE.get(c) ?? 0);
  // weight[i] = 32^(n-1-i) mod p: how much symbol i counts in the residue.
  const weight: number[] = Array(n).fill(0);
  let w = 1;
  for (let i = n - 1; i >= 0; i--) {
    weight[i] = w;
    w = (w * 32) % CHECK_PRIME;
  }
  const r = residue(symbols);
  let found = 0;
  for (let i = 0; i < n && found < limit; i++) {
    const vi = values[i] as number;
    const wi = weight[i] as number;
    for (let c = 0; c < 32; c++) {
      if (c === vi) continue;
      const changed = (((r + (c - vi) * wi) % CHECK_PRIME) + CHECK_PRIME) % CHECK_PRIME;
      if (changed === 0) {
        found++;
        yield symbols.slice(0, i) + CROCKFORD[c] + symbols.slice(i + 1);
      }
    }
    if (i + 1 < n && values[i + 1] !== vi) {
      const vj = values[i + 1] as number;
      const wj = weight[i + 1] as number;
      const swapped = (((r + (vj - vi) * wi + (vi - vj) * wj) % CHECK_PRIME) + CHECK_PRIME) % CHECK_PRIME;
      if (swapped === 0) {
        found++;
        yield symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
      }
    }
  }
}

/**
 * What a person typed → canonical symbols, or null when it has a character that is not
 * Crockford base32 (after dropping separators and mapping look-alikes).
 */
export function normaliseTyped(typed: string): string | null {
  const s = typed
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]*$/.test(s) ? s : null;
}

/** Groups of `size` symbols joined by dashes, for reading aloud and typing. */
export function groupSymbols(symbols: string, size = 4): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += size) groups.push(symbols.slice(i, i + size));
  return groups.join('-');
}
