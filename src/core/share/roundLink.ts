/**
 * The assigned-round link, both ways: `encodeAssignment` (here, with DEFLATE's compressor: only the
 * teachers' page writes links) and everything of ./roundLinkRead.ts (the game reads links from that
 * module alone, so the first download carries no compressor).
 */
import { validateAssignment, type Assignment } from './assignment.ts';
import { ByteWriter } from './bytes.ts';
import { sealFrame } from './frameSeal.ts';
import { questionIndex, type PackRef } from './packRef.ts';
import {
  MAX_PACK_VERSION,
  OPT_ALLOW_TIME_CHANGE,
  OPT_EXPLAIN,
  OPT_LANGUAGE,
  OPT_SHUFFLE,
  OPT_TIMED,
  VERSION,
} from './roundLinkRead.ts';

export {
  decodeAssignment,
  LINK_ERRORS,
  LINK_LIMITS,
  type LinkError,
} from './roundLinkRead.ts';

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
