/**
 * The first look at an untrusted pack file, before any schema: caps on size, depth, entries and text
 * length, and names that must never be keys. Iterative (no recursion), so a hostile file nested a
 * million levels deep is measured, not followed, and nothing here can throw.
 */

/** The problem's i18n key (locales/<lng>/ui.json → packFile.*) and its values. */
export interface PackProblem {
  /** What it is in: 'file', 'link', 'meta', 'texts', 'stage', '_pack' or a question id. */
  entry: string;
  /** Where in the entry ('' for the whole entry): a dot path, with the language as `[fr]`. */
  field: string;
  key: PackProblemKey;
  values: Record<string, string | number>;
}

export type PackProblemKey =
  | 'packFile.notJson'
  | 'packFile.tooLarge'
  | 'packFile.tooDeep'
  | 'packFile.tooMany'
  | 'packFile.textTooLong'
  | 'packFile.badKey'
  | 'packFile.notPack'
  | 'packFile.newer'
  | 'packFile.badId'
  | 'packFile.shippedId'
  | 'packFile.unknownField'
  | 'packFile.tooManyQuestions'
  | 'packFile.noLanguage'
  | 'packFile.badLanguage'
  | 'packFile.meta'
  | 'packFile.stage'
  | 'packFile.invalid'
  | 'packFile.cueOverlong'
  | 'packLink.empty'
  | 'packLink.tooLong'
  | 'packLink.badEncoding'
  | 'packLink.badVersion'
  | 'packLink.notLink'
  | 'packLink.incomplete'
  | 'packLink.tooLarge'
  | 'packLink.corrupt';

export const PACK_FILE_LIMITS = {
  /** Largest pack file read at all (UTF-8 bytes of its text), and largest link body once inflated. */
  maxBytes: 600_000,
  /** Longest `#p=` payload (characters) read at all: about 20 bilingual questions fit. */
  maxLinkChars: 16_000,
  /** Deepest nesting of objects and arrays (a pack needs 5). */
  maxDepth: 12,
  /** Most values (objects, arrays, strings, numbers…) in one file. */
  maxValues: 60_000,
  /** Longest single text (an explanation is a few hundred characters). */
  maxTextChars: 4_000,
  maxQuestions: 300,
  maxLanguages: 12,
} as const;

/** Keys that would reach an object's prototype if some code copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function problem(
  entry: string,
  field: string,
  key: PackProblemKey,
  values: Record<string, string | number> = {},
): PackProblem {
  return { entry, field, key, values };
}

/** UTF-8 length of a text without encoding it (surrogate pairs count 4). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** How deep a JSON text nests, read without parsing it (strings skipped); stops once past `max`. */
export function jsonTextDepth(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    } else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

/** The first cap a value breaks, or null. The root is depth 1. */
export function shapeProblem(root: unknown): PackProblem | null {
  const L = PACK_FILE_LIMITS;
  const stack: [unknown, number][] = [[root, 1]];
  let count = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (++count > L.maxValues) return problem('file', '', 'packFile.tooMany', { max: L.maxValues });
    if (typeof value === 'string') {
      if (value.length > L.maxTextChars)
        return problem('file', '', 'packFile.textTooLong', { length: value.length, max: L.maxTextChars });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > L.maxDepth) return problem('file', '', 'packFile.tooDeep', { max: L.maxDepth });
    if (Array.isArray(value)) {
      if (value.length > L.maxValues) return problem('file', '', 'packFile.tooMany', { max: L.maxValues });
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
      return problem('file', '', 'packFile.notPack');
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return problem('file', '', 'packFile.badKey', { name: key });
      if (key.length > L.maxTextChars)
        return problem('file', '', 'packFile.textTooLong', { length: key.length, max: L.maxTextChars });
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}
