import { ASSIGNMENT_LIMITS, validateAssignment, type Assignment } from './assignment.ts';
import { ByteReader, DecodeFailure } from './bytes.ts';
import { openFrame } from './frame.ts';
import { idsFromIndices, matchPack } from './packMatch.ts';
import type { PackRefs } from './packRef.ts';

/**
 * Reading the assigned-round link (writing one: ./roundLink.ts, loaded with the teachers' page). The link: `encodeAssignment` gives the URL-fragment payload (base64url, so
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

export const VERSION = '1';
export const OPT_ALLOW_TIME_CHANGE = 1;
export const OPT_SHUFFLE = 2;
export const OPT_EXPLAIN = 4;
export const OPT_TIMED = 8;
export const OPT_LANGUAGE = 16;
const MAX_PACK_ID_BYTES = 64;
export const MAX_PACK_VERSION = 2 ** 32 - 1;

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
