import type { Response } from '../content/types.ts';
import { type ByteReader, type ByteWriter, DecodeFailure } from './bytes.ts';
import { RESPONSE_TOKEN, allDistinct, isRecord } from './ids.ts';
import { factorial, MAX_PERM, permutationFromRank, permutationRank } from './permutation.ts';

/**
 * Responses as they travel in result codes and files: validation (a clean copy or null) and
 * compact binary packing. Ids inside a response are written as an index into the question's
 * own ids when they are there (see packRef.responseDictionary), as two bytes for an
 * ISO alpha-3 country code, or else as text.
 */

export const RESPONSE_LIMITS = { maxItems: 60, maxPairs: 30 } as const;

/** Points on the map travel to 1/1000 of a degree (about 110 m). */
export const COORD_SCALE = 1000;

function isToken(x: unknown): x is string {
  return typeof x === 'string' && RESPONSE_TOKEN.test(x);
}

function tokenList(x: unknown, min: number): string[] | null {
  if (!Array.isArray(x) || x.length < min || x.length > RESPONSE_LIMITS.maxItems) return null;
  if (!x.every(isToken) || !allDistinct(x as string[])) return null;
  return [...(x as string[])];
}

function onlyKeys(x: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(x).every((k) => keys.includes(k));
}

/** Turns -0 into 0 (JSON cannot tell them apart, so neither do we). */
function noNegZero(n: number): number {
  return n === 0 ? 0 : n;
}

export function validateResponse(x: unknown): Response | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'choice':
      return onlyKeys(x, ['type', 'choice']) && isToken(x.choice) ? { type: 'choice', choice: x.choice } : null;
    case 'truefalse':
      return onlyKeys(x, ['type', 'value']) && typeof x.value === 'boolean'
        ? { type: 'truefalse', value: x.value }
        : null;
    case 'locate': {
      const places = onlyKeys(x, ['type', 'places']) ? tokenList(x.places, 0) : null;
      return places ? { type: 'locate', places } : null;
    }
    case 'locate-point': {
      const { lon, lat } = x;
      if (!onlyKeys(x, ['type', 'lon', 'lat']) || typeof lon !== 'number' || typeof lat !== 'number') return null;
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return null;
      return { type: 'locate-point', lon: noNegZero(lon), lat: noNegZero(lat) };
    }
    case 'numeric':
      return onlyKeys(x, ['type', 'value']) && typeof x.value === 'number' && Number.isFinite(x.value)
        ? { type: 'numeric', value: noNegZero(x.value) }
        : null;
    case 'timeline': {
      const order = onlyKeys(x, ['type', 'order']) ? tokenList(x.order, 1) : null;
      return order ? { type: 'timeline', order } : null;
    }
    case 'match': {
      if (!onlyKeys(x, ['type', 'pairs']) || !isRecord(x.pairs)) return null;
      const entries = Object.entries(x.pairs);
      if (entries.length > RESPONSE_LIMITS.maxPairs) return null;
      const pairs: Record<string, string> = {};
      for (const [k, v] of entries) {
        if (!isToken(k) || !isToken(v)) return null;
        pairs[k] = v;
      }
      return { type: 'match', pairs };
    }
    default:
      return null;
  }
}

/** The response as the short code keeps it: map points rounded to 1/1000 degree. */
export function normaliseResponse(r: Response): Response {
  if (r.type !== 'locate-point') return r;
  return {
    type: 'locate-point',
    lon: noNegZero(Math.round(r.lon * COORD_SCALE) / COORD_SCALE),
    lat: noNegZero(Math.round(r.lat * COORD_SCALE) / COORD_SCALE),
  };
}

const TAG = {
  none: 0,
  choice: 1,
  false: 2,
  true: 3,
  locate: 4,
  point: 5,
  numericInt: 6,
  numericFloat: 7,
  timeline: 8,
  match: 9,
  timelinePerm: 10,
} as const;

/** Whole numbers whose zigzag form stays a safe integer travel as varints; the rest as float64. */
function smallWhole(v: number): boolean {
  return Number.isSafeInteger(v) && Math.abs(v) < 2 ** 52;
}

const TOKEN_TEXT = 0;
const TOKEN_ALPHA3 = 1;
const TOKEN_DICT = 2;
const ALPHA3 = /^[A-Z]{3}$/;

function writeToken(w: ByteWriter, t: string, dict: readonly string[]): void {
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

function readToken(r: ByteReader, dict: readonly string[]): string {
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

/** Writes a (normalised) response or null (time ran out). */
export function writeResponse(w: ByteWriter, r: Response | null, dict: readonly string[]): void {
  if (r === null) {
    w.uint(TAG.none);
    return;
  }
  switch (r.type) {
    case 'choice':
      w.uint(TAG.choice);
      writeToken(w, r.choice, dict);
      return;
    case 'truefalse':
      w.uint(r.value ? TAG.true : TAG.false);
      return;
    case 'locate':
      w.uint(TAG.locate).uint(r.places.length);
      for (const p of r.places) writeToken(w, p, dict);
      return;
    case 'locate-point':
      w.uint(TAG.point)
        .int(Math.round(r.lon * COORD_SCALE))
        .int(Math.round(r.lat * COORD_SCALE));
      return;
    case 'numeric':
      if (smallWhole(r.value)) w.uint(TAG.numericInt).int(r.value);
      else w.uint(TAG.numericFloat).f64(r.value);
      return;
    case 'timeline': {
      const rank = permutationRank(r.order, dict);
      if (rank !== null) {
        w.uint(TAG.timelinePerm).uint(rank);
        return;
      }
      w.uint(TAG.timeline).uint(r.order.length);
      for (const e of r.order) writeToken(w, e, dict);
      return;
    }
    case 'match': {
      const entries = Object.entries(r.pairs);
      w.uint(TAG.match).uint(entries.length);
      for (const [k, v] of entries) {
        writeToken(w, k, dict);
        writeToken(w, v, dict);
      }
      return;
    }
    default: {
      // A new response shape must get its own tag here: the compiler refuses to build until it does.
      const unhandled: never = r;
      throw new Error(`no result-code tag for response ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Reads what writeResponse wrote; the result is re-validated so only valid responses come out. */
export function readResponse(r: ByteReader, dict: readonly string[]): Response | null {
  const tag = r.uint(TAG.timelinePerm);
  let out: unknown;
  switch (tag) {
    case TAG.none:
      return null;
    case TAG.choice:
      out = { type: 'choice', choice: readToken(r, dict) };
      break;
    case TAG.false:
    case TAG.true:
      out = { type: 'truefalse', value: tag === TAG.true };
      break;
    case TAG.locate:
      out = { type: 'locate', places: readTokens(r, dict, RESPONSE_LIMITS.maxItems) };
      break;
    case TAG.point:
      out = {
        type: 'locate-point',
        lon: noNegZero(r.int(180 * COORD_SCALE) / COORD_SCALE),
        lat: noNegZero(r.int(90 * COORD_SCALE) / COORD_SCALE),
      };
      break;
    case TAG.numericInt:
      out = { type: 'numeric', value: r.int(2 ** 52 - 1) };
      break;
    case TAG.numericFloat: {
      const value = r.f64();
      if (smallWhole(value) || Object.is(value, -0)) throw new DecodeFailure('non-canonical number');
      out = { type: 'numeric', value };
      break;
    }
    case TAG.timeline: {
      const order = readTokens(r, dict, RESPONSE_LIMITS.maxItems);
      if (permutationRank(order, dict) !== null) throw new DecodeFailure('non-canonical timeline');
      out = { type: 'timeline', order };
      break;
    }
    case TAG.timelinePerm:
      if (dict.length === 0 || dict.length > MAX_PERM) throw new DecodeFailure('no events to order');
      out = { type: 'timeline', order: permutationFromRank(r.uint(factorial(dict.length) - 1), dict) };
      break;
    case TAG.match: {
      const n = r.uint(RESPONSE_LIMITS.maxPairs);
      const pairs: Record<string, string> = {};
      for (let i = 0; i < n; i++) {
        const k = readToken(r, dict);
        if (Object.hasOwn(pairs, k)) throw new DecodeFailure('repeated statement');
        pairs[k] = readToken(r, dict);
      }
      out = { type: 'match', pairs };
      break;
    }
  }
  const valid = validateResponse(out);
  if (!valid) throw new DecodeFailure('invalid response');
  return valid;
}

function readTokens(r: ByteReader, dict: readonly string[], max: number): string[] {
  const n = r.uint(max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(readToken(r, dict));
  return out;
}
