import { isRecord } from '../isRecord.ts';
import { packList, questionIndex, type PackRef, type PackRefs } from './packRef.ts';
import { validateResult, type ResultRecord } from './result.ts';
import type { ResultError } from './resultErrors.ts';

/**
 * The file form of a result, for when a code is too long or a form takes uploads:
 * `{ "format": "sahel-quiz/result", "v": 1, "pack": { "id", "version" }, "result": ResultRecord }`.
 * Values are kept exactly (no rounding); question ids travel as text, so a file from an older
 * pack version reads as long as its questions still exist.
 */

export const RESULT_FILE_FORMAT = 'sahel-quiz/result';
export const RESULT_FILE_LIMITS = { maxChars: 200_000 } as const;

export type ResultFileResult = { ok: true; value: ResultRecord } | { ok: false; error: ResultError };

/** The file's text. Throws a RangeError when `r` is invalid or names a question not in `pack`. */
export function encodeResultFile(r: ResultRecord, pack: PackRef): string {
  const valid = validateResult(r);
  if (!valid) throw new RangeError('encodeResultFile: not a valid result');
  for (const a of valid.answers)
    if (questionIndex(pack, a.questionId) === undefined)
      throw new RangeError(`encodeResultFile: question ${a.questionId} is not in pack ${pack.id}`);
  return JSON.stringify(
    { format: RESULT_FILE_FORMAT, v: 1, pack: { id: pack.id, version: pack.version }, result: valid },
    null,
    1,
  );
}

/** Reads a result file's text. Never throws. */
export function decodeResultFile(text: string, packs: PackRefs): ResultFileResult {
  try {
    return decode(text, packs);
  } catch {
    return { ok: false, error: 'result/corrupt' };
  }
}

function decode(text: string, packs: PackRefs): ResultFileResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'result/empty' };
  if (text.length > RESULT_FILE_LIMITS.maxChars) return { ok: false, error: 'result/too_long' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'result/bad_file' };
  }
  if (!isRecord(doc)) return { ok: false, error: 'result/bad_file' };
  const { format, v, pack, result } = doc;
  if (format !== RESULT_FILE_FORMAT) return { ok: false, error: 'result/bad_file' };
  // "Made by a newer version" only when the file's version number says so.
  if (typeof v === 'number' && Number.isInteger(v) && v > 1) return { ok: false, error: 'result/bad_version' };
  if (v !== 1) return { ok: false, error: 'result/bad_file' };
  const current: PackRef | undefined = packList(packs)[0];
  const packId = isRecord(pack) ? pack.id : undefined;
  if (typeof packId !== 'string') return { ok: false, error: 'result/corrupt' };
  if (!current || packId !== current.id) return { ok: false, error: 'result/other_pack' };
  const value = validateResult(result);
  if (!value) return { ok: false, error: 'result/corrupt' };
  if (value.answers.some((a) => questionIndex(current, a.questionId) === undefined))
    return { ok: false, error: 'result/unknown_questions' };
  return { ok: true, value };
}
