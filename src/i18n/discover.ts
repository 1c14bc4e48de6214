/**
 * Turns the locale files Vite found (`/locales/<lng>/<ns>.json` → raw text or loader) into
 * languages and namespaces, and parses a file's text safely: a broken file gives a warning
 * naming the file, the line and what is wrong, never an exception. Pure.
 */
import { isRecord } from '../core/isRecord.ts';
import { parseJsonWithPosition } from './jsonError.ts';

export interface LocalePath {
  lng: string;
  ns: string;
}

/** The namespace of one content pack's texts: "questions/<pack-id>" (nested under the pack id in `questions`). */
export const PACK_TEXTS_PREFIX = 'questions/';

/**
 * "/locales/fr/ui.json" → { lng: "fr", ns: "ui" }; a pack's texts "/content/niger-coup-2023/texts/fr.json"
 * → { lng: "fr", ns: "questions/niger-coup-2023" }; null for anything else.
 */
export function parseLocalePath(path: string): LocalePath | null {
  const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (m) return { lng: m[1] as string, ns: m[2] as string };
  const p = /\/content\/([^/]+)\/texts\/([^/]+)\.json$/.exec(path);
  return p ? { lng: p[2] as string, ns: `${PACK_TEXTS_PREFIX}${p[1] as string}` } : null;
}

/** Where a namespace's file lives, for messages: "locales/fr/ui.json", "content/<pack>/texts/fr.json". */
export function namespaceFile(lng: string, ns: string): string {
  return ns.startsWith(PACK_TEXTS_PREFIX)
    ? `content/${ns.slice(PACK_TEXTS_PREFIX.length)}/texts/${lng}.json`
    : `locales/${lng}/${ns}.json`;
}

/** Groups glob results by language: lng → ns → value. */
export function groupByLanguage<T>(files: Record<string, T>): Map<string, Map<string, T>> {
  const out = new Map<string, Map<string, T>>();
  for (const [path, value] of Object.entries(files)) {
    const p = parseLocalePath(path);
    if (!p) continue;
    const nss = out.get(p.lng) ?? new Map<string, T>();
    nss.set(p.ns, value);
    out.set(p.lng, nss);
  }
  return out;
}

export type ParsedNamespace = { ok: true; data: Record<string, unknown> } | { ok: false; warning: string };

export function parseNamespace(path: string, text: string): ParsedNamespace {
  try {
    const data: unknown = JSON.parse(text);
    if (isRecord(data)) return { ok: true, data };
    return { ok: false, warning: `${path}: the file must hold a JSON object ({ … }); this language is left out` };
  } catch {
    const p = parseJsonWithPosition(text).problem;
    const where = p ? ` at line ${p.line}, column ${p.column}: ${p.message}` : '';
    return {
      ok: false,
      warning: `${path} is not valid JSON${where}; this language is left out (run npm run i18n:check)`,
    };
  }
}

/** The language's own name from its ui.json (`meta.languageName`), if it has one. */
export function languageNameOf(ui: Record<string, unknown> | undefined): string | null {
  const meta = ui?.['meta'];
  const name = meta && typeof meta === 'object' ? (meta as Record<string, unknown>)['languageName'] : undefined;
  return typeof name === 'string' && name.trim() ? name : null;
}
