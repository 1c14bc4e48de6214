/**
 * The pieces every response codec is made of (each question type's module uses them for its own response
 * shapes; src/core/share/response.ts dispatches): plain-data checks, and ids written as an index into the
 * question's own ids when they are there (see packRef.responseDictionary), as two bytes for an ISO alpha-3
 * country code, or else as text.
 */
import { type ByteReader, type ByteWriter, DecodeFailure } from './bytes.ts';
import { RESPONSE_TOKEN, allDistinct } from './ids.ts';

export const RESPONSE_LIMITS = { maxItems: 60, maxPairs: 30 } as const;

/** Points on the map travel to 1/1000 of a degree (about 110 m). */
export const COORD_SCALE = 1000;

export function isToken(x: unknown): x is string {
  return typeof x === 'string' && RESPONSE_TOKEN.test(x);
}

export function tokenList(x: unknown, min: number): string[] | null {
  if (!Array.isArray(x) || x.length < min || x.length > RESPONSE_LIMITS.maxItems) return null;
  if (!x.every(isToken) || !allDistinct(x as string[])) return null;
  return [...(x as string[])];
}

export function onlyKeys(x: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(x).every((k) => keys.includes(k));
}

/** Turns -0 into 0 (JSON cannot tell them apart, so neither do we). */
export function noNegZero(n: number): number {
  return n === 0 ? 0 : n;
}

const TOKEN_TEXT = 0;
const TOKEN_ALPHA3 = 1;
const TOKEN_DICT = 2;
const ALPHA3 = /^[A-Z]{3}$/;

export function writeToken(w: ByteWriter, t: string, dict: readonly string[]): void {
  const i = dict.indexOf(t);
  if (i >= 0) {
    w.uint(TOKEN_DICT + i);
  } else if (ALPHA3.test(t)) {
    const n = ((t.charCodeAt(0) - 65) * 26 + (t.charCodeAt(1) - 65)) * 26 + (t.charCodeAt(2) - 65);
    w.uint(TOKEN_ALPHA3)
      .byte(n >> 8)
      .byte(n);
  } else {
    w.uint(TOKEN_TEXT).str(t);
  }
}

export function readToken(r: ByteReader, dict: readonly string[]): string {
  const h = r.uint(TOKEN_DICT + dict.length);
  if (h === TOKEN_TEXT) {
    const t = r.str(64);
    if (!RESPONSE_TOKEN.test(t) || dict.includes(t) || ALPHA3.test(t)) throw new DecodeFailure('bad token');
    return t;
  }
  if (h === TOKEN_ALPHA3) {
    const n = (r.byte() << 8) | r.byte();
    if (n >= 26 ** 3) throw new DecodeFailure('bad alpha-3');
    const t = String.fromCharCode(65 + Math.floor(n / 676), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
    if (dict.includes(t)) throw new DecodeFailure('non-canonical token');
    return t;
  }
  const t = dict[h - TOKEN_DICT];
  if (t === undefined) throw new DecodeFailure('bad token index');
  return t;
}

export function writeTokens(w: ByteWriter, ts: readonly string[], dict: readonly string[]): void {
  w.uint(ts.length);
  for (const t of ts) writeToken(w, t, dict);
}

export function readTokens(r: ByteReader, dict: readonly string[], max: number): string[] {
  const n = r.uint(max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(readToken(r, dict));
  return out;
}
