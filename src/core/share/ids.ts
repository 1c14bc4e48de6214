/** Identifier shapes shared by the share codecs. */

/** A question id: [a-z0-9-]+ (see content/types.ts), bounded. */
export const QUESTION_ID = /^[a-z0-9-]{1,64}$/;

/**
 * An id inside a response (choice, event, statement, speaker, place): letters, digits, '-', '_' or '.',
 * starting with a letter or digit (so never `__proto__`), bounded.
 */
export const RESPONSE_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A language tag such as `en`, `fr`, `fr-CA`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;

/** An assignment hash: 8 Crockford base32 symbols. */
export const ASSIGNMENT_HASH = /^[0-9A-HJKMNP-TV-Z]{8}$/;

export { isRecord } from '../isRecord.ts';

export function allDistinct(items: readonly string[]): boolean {
  return new Set(items).size === items.length;
}
