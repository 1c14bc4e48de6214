import type { TimeScale } from '../round/types.ts';
import {
  base32ToBytes,
  bytesToBase32,
  groupSymbols,
  normaliseTyped,
  singleMistakeFixes,
  stripCheck,
  withCheck,
} from './base32.ts';
import { ByteReader, ByteWriter, DecodeFailure, utf8Bytes } from './bytes.ts';
import { fnv1a64 } from './checksum.ts';
import { idsFromIndices, matchPack } from './packMatch.ts';
import { questionIndex, responseDictionary, type PackRef, type PackRefs } from './packRef.ts';
import { readResponse, writeResponse } from './response.ts';
import {
  CORRECTNESS_SCALE,
  RESULT_LIMITS,
  TIME_STEP_MS,
  normaliseResult,
  validateResult,
  type ResultRecord,
} from './result.ts';
import type { ResultError } from './resultErrors.ts';

export { RESULT_ERRORS, type ResultError } from './resultErrors.ts';
export { encodeResultFile, decodeResultFile } from './resultFile.ts';

/**
 * The student's result as a short code to type or paste into a school form: Crockford
 * base32 in dashed groups of four, ending in two check symbols that catch every single
 * wrong symbol and every swap of two neighbours (see base32.ts).
 *
 * Bytes v1: version (uint) · pack id hash (1 byte) · pack version (uint) · assignment hash
 * (5 bytes) · flags (timeScale in bits 0–1) · name (str) · score minus the sum of points (int) · count (uint) · per
 * answer: question index in the pack (uint), response (response.ts), correctness (uint:
 * 0 → 0, 1 → 1, else 2 + thousandths), points (int), time in tenths of a second (uint).
 */

export type ResultCodeResult = { ok: true; value: ResultRecord } | { ok: false; error: ResultError };

export const RESULT_CODE_LIMITS = {
  /** Most bytes a code may carry (about 1,900 symbols); beyond it, use the file form. */
  maxBytes: 1_200,
  /** Longest typed text read at all (separators included); checked before anything else. */
  maxTypedChars: 3_000,
} as const;

const VERSION = 1;
const SCALE_CODES: readonly TimeScale[] = [null, 1, 2, 10];

function packIdHash(id: string): number {
  return Number(fnv1a64(utf8Bytes(id)) & 0xffn);
}

/**
 * The code for a result, as dashed groups: `{ ok: true, value }`, or `'result/too_large'` when
 * it would exceed RESULT_CODE_LIMITS.maxBytes (offer the file instead). The record is
 * normalised first (see normaliseResult). Throws a RangeError when `r` is not a valid
 * ResultRecord or names a question not in `pack` — programming errors, not user input.
 */
export function encodeResultCode(
  r: ResultRecord,
  pack: PackRef,
): { ok: true; value: string } | { ok: false; error: 'result/too_large' } {
  const valid = validateResult(r);
  if (!valid) throw new RangeError('encodeResultCode: not a valid result');
  const n = normaliseResult(valid);
  const w = new ByteWriter().uint(VERSION).byte(packIdHash(pack.id)).uint(pack.version);
  const hash = base32ToBytes(n.assignment);
  if (!hash || hash.length !== 5) throw new RangeError('encodeResultCode: bad assignment hash');
  const pointsSum = n.answers.reduce((sum, a) => sum + a.points, 0);
  // The score is kept as its difference from the sum of points: usually 0, one byte.
  w.bytes(hash)
    .byte(SCALE_CODES.indexOf(n.timeScale))
    .str(n.name)
    .int(n.score - pointsSum)
    .uint(n.answers.length);
  for (const a of n.answers) {
    const i = questionIndex(pack, a.questionId);
    if (i === undefined) throw new RangeError(`encodeResultCode: question ${a.questionId} is not in pack ${pack.id}`);
    w.uint(i);
    writeResponse(w, a.response, responseDictionary(pack, a.questionId));
    const pm = Math.round(a.correctness * CORRECTNESS_SCALE);
    w.uint(pm === 0 ? 0 : pm === CORRECTNESS_SCALE ? 1 : pm + 2);
    w.int(a.points).uint(Math.round(a.timeMs / TIME_STEP_MS));
    if (w.length > RESULT_CODE_LIMITS.maxBytes) return { ok: false, error: 'result/too_large' };
  }
  return { ok: true, value: groupSymbols(withCheck(bytesToBase32(w.finish()))) };
}

/** Reads a typed or pasted code (any case, O/0 I/L/1 alike, separators ignored). Never throws. */
export function decodeResultCode(typed: string, packs: PackRefs): ResultCodeResult {
  try {
    return decode(typed, packs);
  } catch {
    return { ok: false, error: 'result/corrupt' };
  }
}

function fail(error: ResultError): ResultCodeResult {
  return { ok: false, error };
}

function decode(typed: string, packs: PackRefs): ResultCodeResult {
  if (typeof typed !== 'string') return fail('result/empty');
  if (typed.length > RESULT_CODE_LIMITS.maxTypedChars) return fail('result/too_long');
  const symbols = normaliseTyped(typed);
  if (symbols === null) return fail('result/bad_encoding');
  if (symbols === '') return fail('result/empty');
  const data = stripCheck(symbols);
  if (data === null) return checkFailed(symbols, packs);
  return decodeChecked(data, packs);
}

/** The shortest a real code can be (an empty round, a one-letter name), check symbols included. */
export const MIN_CODE_SYMBOLS = 20;

/**
 * The check failed. It is "a typing mistake" only when the checksum says so: one changed symbol
 * or one swap of neighbours turns it into a code that reads. Anything too short to be a code is
 * not one at all; the rest is incomplete or has more than one mistake.
 */
function checkFailed(symbols: string, packs: PackRefs): ResultCodeResult {
  if (symbols.length < MIN_CODE_SYMBOLS) return fail('result/not_code');
  for (const fixed of singleMistakeFixes(symbols)) {
    const data = stripCheck(fixed);
    if (data !== null && decodeChecked(data, packs).ok) return fail('result/bad_checksum');
  }
  return fail('result/damaged');
}

function decodeChecked(data: string, packs: PackRefs): ResultCodeResult {
  const bytes = base32ToBytes(data);
  if (!bytes || bytes.length === 0) return fail('result/corrupt');
  if (bytes.length > RESULT_CODE_LIMITS.maxBytes) return fail('result/too_large');
  try {
    return parse(new ByteReader(bytes), packs);
  } catch (e) {
    if (e instanceof DecodeFailure) return fail('result/corrupt');
    throw e;
  }
}

function parse(r: ByteReader, packs: PackRefs): ResultCodeResult {
  const version0 = r.uint();
  // "Made by a newer version" only when the version number says so.
  if (version0 > VERSION) return fail('result/bad_version');
  if (version0 !== VERSION) return fail('result/corrupt');
  const idHash = r.byte();
  const version = r.uint(2 ** 32 - 1);
  const match = matchPack(
    packs,
    (p) => packIdHash(p.id) === idHash && p.version === version,
    (p) => packIdHash(p.id) === idHash,
  );
  if (!match.ok) return fail(match.reason === 'other_pack' ? 'result/other_pack' : 'result/other_version');
  const pack = match.pack;
  const assignment = bytesToBase32(r.bytes(5));
  const timeScale = SCALE_CODES[r.byte()];
  if (timeScale === undefined) return fail('result/corrupt');
  const name = r.str(RESULT_LIMITS.maxNameChars * 4);
  const scoreOffset = r.int(2 * RESULT_LIMITS.maxAbsScore);
  const count = r.uint(RESULT_LIMITS.maxAnswers);
  const indices: number[] = [];
  const answers: unknown[] = [];
  let pointsSum = 0;
  for (let k = 0; k < count; k++) {
    const index = r.uint(1_000_000);
    indices.push(index);
    const questionId = pack.questionIds[index];
    if (questionId === undefined) return fail('result/unknown_questions');
    const response = readResponse(r, responseDictionary(pack, questionId));
    const c = r.uint(CORRECTNESS_SCALE + 1);
    if (c === 2 || c === CORRECTNESS_SCALE + 2) return fail('result/corrupt');
    const correctness = c === 0 ? 0 : c === 1 ? 1 : (c - 2) / CORRECTNESS_SCALE;
    const points = r.int(RESULT_LIMITS.maxAbsPoints);
    pointsSum += points;
    const timeMs = r.uint(RESULT_LIMITS.maxTimeMs / TIME_STEP_MS) * TIME_STEP_MS;
    answers.push({ questionId, response, correctness, points, timeMs });
  }
  r.end();
  if (!idsFromIndices(indices, pack, packs)) return fail('result/unknown_questions');
  const value = validateResult({ v: 1, name, assignment, timeScale, answers, score: scoreOffset + pointsSum });
  return value ? { ok: true, value } : fail('result/corrupt');
}
