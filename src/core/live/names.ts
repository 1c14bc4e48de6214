import { codePointLength } from '../share/plainText.ts';
import { foldText } from '../fold.ts';

export const NAME_LIMITS = { maxChars: 24 } as const;

/** Words a name may not contain (kept short: the host can still remove a player). */
const BLOCKED = ['fuck', 'shit', 'bitch', 'cunt', 'nigg', 'putain', 'merde', 'connard', 'salope', 'encul', 'pute'];

// Control characters, bidi overrides/isolates, zero-width characters and lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

export type NameError = 'live/name_empty' | 'live/name_blocked';

/**
 * A player's name as the class will see it: invisible and control characters dropped, spaces
 * collapsed, at most NAME_LIMITS.maxChars characters. Shown as text, never as HTML.
 */
export function cleanName(typed: string): { ok: true; name: string } | { ok: false; error: NameError } {
  const name = [...typed.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()]
    .slice(0, NAME_LIMITS.maxChars)
    .join('')
    .trim();
  if (codePointLength(name) === 0) return { ok: false, error: 'live/name_empty' };
  const folded = foldText(name).replace(/[^a-z]/g, '');
  if (BLOCKED.some((w) => folded.includes(w))) return { ok: false, error: 'live/name_blocked' };
  return { ok: true, name };
}

/** `name`, or `name 2`, `name 3`… : the first not already taken (case and accents ignored). */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(foldText));
  if (!used.has(foldText(name))) return name;
  for (let n = 2; ; n++) {
    const base = [...name].slice(0, NAME_LIMITS.maxChars - String(n).length - 1).join('');
    const candidate = `${base} ${n}`;
    if (!used.has(foldText(candidate))) return candidate;
  }
}
