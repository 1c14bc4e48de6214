/**
 * Accent folding, the one rule for comparing, searching and naming files by what a person typed:
 * Unicode compatibility decomposition (NFKD), then every combining mark dropped. Pure.
 */

/** "Aïcha Ñ ﬁ" → "Aicha N fi": the letters without their accents. */
export function withoutAccents(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Lower case without accents, for a comparison or search that finds "etat" in "État". */
export function foldText(s: string): string {
  return withoutAccents(s).toLowerCase();
}

/**
 * A file name's stem from typed text: unaccented letters and digits kept, every other run a dash,
 * at most 40 characters; lower case unless `keepCase`. Empty when nothing is left.
 */
export function fileStem(text: string, keepCase = false): string {
  const plain = keepCase ? withoutAccents(text) : foldText(text);
  return plain
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}
