/** Which language to show first. Pure: the caller passes the address, storage and browser facts. */

export interface LanguageChoiceInput {
  /** `?lng=` from the address, if any: wins for this visit. */
  query: string | null;
  /** The language the player chose before (remembered by the caller), if any. */
  remembered: string | null;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
  /** Codes that can be shown (folder names, plus `pseudo` which only `?lng=` may pick). */
  available: readonly string[];
  fallback: string;
}

/** Finds `code` among `available`: exact (case-insensitive), else by base language ("fr-CA" → "fr"). */
export function matchLanguage(code: string | null | undefined, available: readonly string[]): string | null {
  if (!code) return null;
  const want = code.trim().replace(/_/g, '-').toLowerCase();
  if (!want) return null;
  const exact = available.find((a) => a.toLowerCase() === want);
  if (exact) return exact;
  const base = want.split('-')[0] as string;
  return (
    available.find((a) => a.toLowerCase() === base) ??
    available.find((a) => a.toLowerCase().split('-')[0] === base) ??
    null
  );
}

export function pickLanguage(input: LanguageChoiceInput): string {
  const fromQuery = matchLanguage(input.query, input.available);
  if (fromQuery) return fromQuery;
  const selectable = input.available.filter((a) => a !== 'pseudo');
  const remembered = matchLanguage(input.remembered, selectable);
  if (remembered) return remembered;
  for (const b of input.browser) {
    const m = matchLanguage(b, selectable);
    if (m) return m;
  }
  return input.fallback;
}
