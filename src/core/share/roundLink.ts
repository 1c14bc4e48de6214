import { ASSIGNMENT_LIMITS, validateAssignment, type Assignment } from './assignment.ts';
import { ByteReader, ByteWriter, DecodeFailure } from './bytes.ts';
import { openFrame, sealFrame } from './frame.ts';
import { idsFromIndices, matchPack } from './packMatch.ts';
import { questionIndex, type PackRef, type PackRefs } from './packRef.ts';

/**
 * The assigned-round link: `encodeAssignment` gives the URL-fragment payload (base64url, so
 * safe in a URL as is); `decodeAssignment` reads one back, never throwing.
 *
 * Payload v1: the character '1', then the envelope of ./frame.ts around the body:
 *   pack id (str) · pack version (uint) · options (byte) · [time limit ms (uint)] ·
 *   [language (str)] · title (str) · count (uint) · question indices in the pack (uint…) ·
 *   CRC-32 of all of the preceding (4 bytes, big-endian).
 * Questions travel as indices into the pack's id list, so a link only reads against the same
 * pack id and version (or an older version's id list the app still ships).
 */

export const LINK_ERRORS = [
  'link/empty',
  'link/too_long',
  'link/bad_encoding',
  'link/bad_version',
  'link/corrupt',
  'link/too_large',
  'link/other_pack',
  'link/other_version',
  'link/unknown_questions',
  /** What follows `#r=` is not a round link at all. */
  'link/not_link',
  /** A round link cut short or changed on the way (its length or checksum does not hold). */
  'link/incomplete',
] as const;
/** Doubles as the i18n key (locales/<lng>/ui.json) of the message a player sees. */
export type LinkError = (typeof LINK_ERRORS)[number];

export type LinkResult = { ok: true; value: Assignment } | { ok: false; error: LinkError };

export const LINK_LIMITS = {
  /** Longest payload read at all; checked before anything else. The largest valid round encodes well under it. */
  maxChars: 1_600,
  /** Largest body after inflating. */
  maxBytes: 4_096,
} as const;

const VERSION = '1';
const OPT_ALLOW_TIME_CHANGE = 1;
const OPT_SHUFFLE = 2;
const OPT_EXPLAIN = 4;
const OPT_TIMED = 8;
const OPT_LANGUAGE = 16;
const MAX_PACK_ID_BYTES = 64;
const MAX_PACK_VERSION = 2 ** 32 - 1;

/**
 * The fragment payload for an assignment. Throws a RangeError when `a` is not a valid
 * Assignment (check with validateAssignment first) or names a question not in `pack`:
 * both are programming errors, not user input.
 */
export function encodeAssignment(a: Assignment, pack: PackRef): string {
  const valid = validateAssignment(a);
  if (!valid) throw new RangeError('encodeAssignment: not a valid assignment');
  if (!Number.isSafeInteger(pack.version) || pack.version < 0 || pack.version > MAX_PACK_VERSION)
    throw new RangeError('encodeAssignment: bad pack version');
  const w = new ByteWriter().str(pack.id).uint(pack.version);
  let opts = 0;
  if (valid.allowTimeChange) opts |= OPT_ALLOW_TIME_CHANGE;
  if (valid.shuffle) opts |= OPT_SHUFFLE;
  if (valid.explainDuringRound) opts |= OPT_EXPLAIN;
  if (valid.timeLimitMs !== null) opts |= OPT_TIMED;
  if (valid.language !== null) opts |= OPT_LANGUAGE;
  w.byte(opts);
  if (valid.timeLimitMs !== null) w.uint(valid.timeLimitMs);
  if (valid.language !== null) w.str(valid.language);
  w.str(valid.title).uint(valid.questionIds.length);
  for (const id of valid.questionIds) {
    const i = questionIndex(pack, id);
    if (i === undefined) throw new RangeError(`encodeAssignment: question ${id} is not in pack ${pack.id}`);
    w.uint(i);
  }
  return sealFrame(w.finish(), VERSION);
}

/** Reads a fragment payload (a leading '#' and surrounding spaces are tolerated). Never throws. */
export function decodeAssignment(payload: string, packs: PackRefs): LinkResult {
  try {
    return decode(payload, packs);
  } catch {
    return { ok: false, error: 'link/corrupt' };
  }
}

function fail(error: LinkError): LinkResult {
  return { ok: false, error };
}

function decode(payload: string, packs: PackRefs): LinkResult {
  const frame = openFrame(payload, VERSION, LINK_LIMITS);
  if (!frame.ok) return fail(`link/${frame.error}`);
  const body = frame.body;
  try {
    return parseBody(body, packs);
  } catch (e) {
    if (e instanceof DecodeFailure) return fail('link/corrupt');
    throw e;
  }
}

function parseBody(body: Uint8Array, packs: PackRefs): LinkResult {
  const r = new ByteReader(body);
  const packId = r.str(MAX_PACK_ID_BYTES);
  const packVersion = r.uint(MAX_PACK_VERSION);
  const opts = r.byte();
  if (opts & ~(OPT_ALLOW_TIME_CHANGE | OPT_SHUFFLE | OPT_EXPLAIN | OPT_TIMED | OPT_LANGUAGE))
    return fail('link/corrupt');
  const timeLimitMs = opts & OPT_TIMED ? r.uint(ASSIGNMENT_LIMITS.maxTimeLimitMs) : null;
  const language = opts & OPT_LANGUAGE ? r.str(35) : null;
  const title = r.str(ASSIGNMENT_LIMITS.maxTitleChars * 4);
  const count = r.uint(ASSIGNMENT_LIMITS.maxQuestions);
  const indices: number[] = [];
  for (let i = 0; i < count; i++) indices.push(r.uint(1_000_000));
  r.end();

  const match = matchPack(
    packs,
    (p) => p.id === packId && p.version === packVersion,
    (p) => p.id === packId,
  );
  if (!match.ok) return fail(match.reason === 'other_pack' ? 'link/other_pack' : 'link/other_version');
  const questionIds = idsFromIndices(indices, match.pack, packs);
  if (!questionIds) return fail('link/unknown_questions');
  const value = validateAssignment({
    v: 1,
    title,
    questionIds,
    timeLimitMs,
    allowTimeChange: (opts & OPT_ALLOW_TIME_CHANGE) !== 0,
    language,
    shuffle: (opts & OPT_SHUFFLE) !== 0,
    explainDuringRound: (opts & OPT_EXPLAIN) !== 0,
  });
  return value ? { ok: true, value } : fail('link/corrupt');
}
