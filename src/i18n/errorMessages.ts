/**
 * Every error code the player or teacher can meet, and the UI text (locales/<lng>/ui.json) that says
 * it: one table, checked by tsc. A code missing from it, or a key that is not in ui.json or takes
 * variables, fails the type check; nothing is cast.
 */
import type { LinkError } from '../core/share/roundLink.ts';
import type { ResultError } from '../core/share/resultErrors.ts';
import type { StorageProblem } from '../core/storage/problems.ts';
import { t } from './index.ts';
import type { PlainUiKey, UiKey } from './keys.ts';

const ERROR_MESSAGES = {
  'storage/corrupt': 'storage.corrupt',
  'storage/invalid': 'storage.invalid',
  'storage/version': 'storage.version',
  'storage/newer': 'storage.newer',
  'storage/partial': 'storage.partial',
  'storage/full': 'storage.full',
  'storage/unavailable': 'storage.unavailable',

  'link/empty': 'link.empty',
  'link/too_long': 'link.too_long',
  'link/bad_encoding': 'link.bad_encoding',
  'link/bad_version': 'link.bad_version',
  'link/corrupt': 'link.corrupt',
  'link/too_large': 'link.too_large',
  'link/other_pack': 'link.other_pack',
  'link/other_version': 'link.other_version',
  'link/unknown_questions': 'link.unknown_questions',
  'link/not_link': 'keep.link.not_link',
  'link/incomplete': 'keep.link.incomplete',

  'result/empty': 'result.empty',
  'result/too_long': 'result.too_long',
  'result/bad_encoding': 'result.bad_encoding',
  'result/bad_checksum': 'result.bad_checksum',
  'result/bad_version': 'result.bad_version',
  'result/corrupt': 'result.corrupt',
  'result/too_large': 'result.too_large',
  'result/other_pack': 'result.other_pack',
  'result/other_version': 'result.other_version',
  'result/unknown_questions': 'result.unknown_questions',
  'result/bad_file': 'result.bad_file',
  'result/not_code': 'keep.result.not_code',
  'result/damaged': 'keep.result.damaged',

  // Live game codes come from the server as plain strings (liveErrorMessage); a code not listed
  // here ('round/bad_response', 'live/health'…) is told as "cannot be reached".
  'live/bad_code': 'live.errors.live_bad_code',
  'live/not_found': 'live.errors.live_not_found',
  'live/unreachable': 'live.errors.live_unreachable',
  'live/name_empty': 'live.errors.live_name_empty',
  'live/name_blocked': 'live.errors.live_name_blocked',
  'live/full': 'live.errors.live_full',
  'live/removed': 'live.errors.live_removed',
  'live/finished': 'live.errors.live_finished',
  'live/dropped': 'live.errors.live_dropped',
  'live/too_many_joins': 'live.errors.live_too_many_joins',
  'live/bad_join': 'live.errors.live_bad_join',
  'live/not_host': 'live.errors.live_not_host',
  'live/bad_setup': 'live.errors.live_bad_setup',
  'live/not_open': 'live.errors.live_not_open',
  'live/answered': 'live.errors.live_answered',
  'live/wrong_question': 'live.errors.live_wrong_question',
  'live/not_playing': 'live.errors.live_not_playing',
  'live/redis_down': 'live.errors.live_redis_down',
  'round/not_asking': 'live.errors.round_not_asking',
} as const satisfies Record<StorageProblem | LinkError | ResultError, PlainUiKey> & Record<string, PlainUiKey>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Whether `code` (e.g. read from the network) is one this table can tell. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGES, code);
}

/** The message of an error code in the current language: 'link/corrupt' → "This link is damaged…". */
export function errorMessage(code: ErrorCode): string {
  return t(ERROR_MESSAGES[code]);
}

/** A live game's error code ('live/name_empty', 'round/bad_response'…) as a sentence; unknown codes get a general one. */
export function liveErrorMessage(code: string): string {
  return errorMessage(isErrorCode(code) && /^(live|round)\//.test(code) ? code : 'live/unreachable');
}

/**
 * A stored record's problem, naming the record (`what`, e.g. "Your progress"): the keep.* texts for
 * problems with one record, the general text for a full or missing storage.
 */
const RECORD_PROBLEM_MESSAGES = {
  'storage/corrupt': 'keep.corrupt',
  'storage/invalid': 'keep.invalid',
  'storage/version': 'keep.version',
  'storage/partial': 'keep.partial',
  'storage/newer': 'keep.newer',
  'storage/full': 'storage.full',
  'storage/unavailable': 'storage.unavailable',
} as const satisfies Record<StorageProblem, UiKey>;

export function recordProblemMessage(problem: StorageProblem, what: string): string {
  return t(RECORD_PROBLEM_MESSAGES[problem], { what });
}
