/**
 * The pseudo-language `pseudo`, made from English when the game is opened with `?lng=pseudo`
 * (never stored as files, so it never drifts from English). Every text is accented, about
 * 40 % longer, and wrapped in [ … ], so a tester sees at a glance:
 * - a text without brackets → it does not come from the locale files (a hard-coded string);
 * - a cut bracket → the layout is too tight for longer languages (French is ~20–30 % longer);
 * - broken accents → the font lacks the letters.
 * `{{placeholders}}` and `$t(nesting)` are kept exactly, so the game still fills them in.
 */

const ACCENTS: Record<string, string> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Filler words appended to lengthen a text (kept as words so line-wrapping is realistic). */
const FILLER = ['ļöŕéɱ', 'îþšûɱ', 'ðöļöŕ', 'šîţ', 'åɱéţ', 'çöñšéçţéţûŕ'];

/** Pieces the game replaces or that are markup-like: left untouched. */
const PROTECTED = /(\{\{[^{}]*\}\}|\$t\([^)]*\)|<[^<>]*>|&[a-z]+;|\n)/;

/** Share of extra length added (0.4 = 40 % longer). */
export const PSEUDO_EXPANSION = 0.4;

export function pseudoLocalize(text: string): string {
  if (text === '') return text;
  let visible = 0;
  const body = text
    .split(PROTECTED)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a protected piece
      visible += part.length;
      return Array.from(part, (ch) => ACCENTS[ch] ?? ch).join('');
    })
    .join('');
  const extra = Math.max(1, Math.round(visible * PSEUDO_EXPANSION));
  let pad = '';
  for (let w = 0; pad.length < extra; w++) pad += (pad ? ' ' : '') + (FILLER[w % FILLER.length] as string);
  return `[${body} ${pad.slice(0, extra)}]`;
}

/** Applies pseudoLocalize to every text in a resource tree (objects and arrays kept as they are). */
export function pseudoLocalizeTree<T>(tree: T): T {
  if (typeof tree === 'string') return pseudoLocalize(tree) as T;
  if (Array.isArray(tree)) return tree.map((v: unknown) => pseudoLocalizeTree(v)) as T;
  if (tree !== null && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, pseudoLocalizeTree(v)])) as T;
  }
  return tree;
}
