/**
 * The one test every reader of untrusted data starts with: a plain JSON object (not null, not an
 * array). Shared by the share codecs, the stored records and the content checks.
 */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
