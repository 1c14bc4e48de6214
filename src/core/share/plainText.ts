/**
 * Plain-text fields that travel in links and codes (a round's title, a student's name).
 * They are shown with textContent or canvas text, never as HTML; here we only keep out what
 * could garble or spoof the display: control characters, bidirectional overrides, lone
 * surrogates, and anything longer than the limit.
 */

// Cc control characters, bidi embeddings/overrides/isolates, and Cs (a lone surrogate in a 'u' regex).
const FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069\p{Cs}]/u;

/** Number of Unicode code points (what a person would call characters, near enough). */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** True when `s` is acceptable plain text of at most `maxChars` code points (and at least one visible one if `required`). */
export function isPlainText(s: unknown, maxChars: number, required: boolean): s is string {
  if (typeof s !== 'string') return false;
  if (FORBIDDEN.test(s)) return false;
  if (codePointLength(s) > maxChars) return false;
  return !required || s.trim().length > 0;
}
