/**
 * The game's languages: i18next set-up, locale discovery and language switching (the shared
 * instance and lookup in ./runtime.ts, content packs' texts in ./packTexts.ts, formatting in ./formatNow.ts).
 *
 * - Every folder `locales/<lng>/` is found at build time (`import.meta.glob`, raw text, so a
 *   broken JSON file never breaks the build). English is bundled for the first screen; every
 *   other file is a separate lazy chunk, fetched when its language is needed; the menu's names come
 *   from the build (virtual:sahel-language-names), so no other language is fetched to list it.
 * - A language whose files are not valid JSON is left out of the menu, and `console.warn`
 *   names the file, line and column.
 * - A text missing in a language falls back to English for that text only, and so does a text
 *   whose `{{…}}` placeholders differ from English's (./placeholders.ts); a key missing
 *   everywhere shows as an empty string (never the key), with a warning in development.
 * - `?lng=<code>` in the address picks the language for that visit; `?lng=pseudo` shows the
 *   pseudo-language made from English at run time (see ./pseudo.ts).
 * All text goes into the DOM with `textContent` (or is drawn on canvas), so nothing is HTML-escaped.
 */
import {
  groupByLanguage,
  languageNameOf,
  namespaceFile,
  PACK_TEXTS_PREFIX,
  parseLocalePath,
  parseNamespace,
} from './discover.ts';
import type { Translate, UiKey } from './keys.ts';
import { loadOpenPacks } from './packTexts.ts';
import { pickLanguage } from './pickLanguage.ts';
import { withoutBrokenPlaceholders } from './placeholders.ts';
import builtLanguageNames from 'virtual:sahel-language-names';
import { pseudoLocalizeTree } from './pseudo.ts';
import {
  currentLanguage,
  english,
  FALLBACK_LANGUAGE,
  i18n,
  languages,
  PSEUDO_LANGUAGE,
  type Resources,
  setEnglish,
  translate,
  warn,
} from './runtime.ts';

export { formatDate, formatDuration, formatNumber, formatPercent } from './formatNow.ts';
export type { PlainUiKey, Translate, UiKey } from './keys.ts';
export { addPackTexts, loadPackTexts, prefetchPackTexts } from './packTexts.ts';
export { currentLanguage, t } from './runtime.ts';

export const NAMESPACES = ['ui', 'questions', 'places'] as const;

const englishFiles = import.meta.glob<string>('/locales/en/*.json', { query: '?raw', import: 'default', eager: true });
const lazyFiles = import.meta.glob<string>(['/locales/*/*.json', '!/locales/en/*.json'], {
  query: '?raw',
  import: 'default',
});

const listeners = new Set<(code: string) => void>();
const lazyByLanguage = groupByLanguage(lazyFiles);
lazyByLanguage.delete(PSEUDO_LANGUAGE); // reserved: generated from English

/** Puts a parsed file in place: a pack's texts go under its id in `questions`. */
function putNamespace(out: Resources, ns: string, data: Record<string, unknown>): void {
  if (!ns.startsWith(PACK_TEXTS_PREFIX)) {
    out[ns] = data;
    return;
  }
  const questions = out['questions'] ?? {};
  questions[ns.slice(PACK_TEXTS_PREFIX.length)] = data;
  out['questions'] = questions;
}

function parseAll(files: Map<string, string>, lng: string): Resources | null {
  const out: Resources = {};
  let ok = true;
  for (const [ns, text] of files) {
    const r = parseNamespace(namespaceFile(lng, ns), text);
    if (r.ok) putNamespace(out, ns, r.data);
    else {
      warn(r.warning);
      ok = false;
    }
  }
  return ok ? out : null;
}

async function loadTexts(lng: string): Promise<Map<string, string> | null> {
  const loaders = lazyByLanguage.get(lng);
  if (!loaders) return null;
  try {
    return new Map(await Promise.all([...loaders].map(async ([ns, load]) => [ns, await load()] as const)));
  } catch (e) {
    warn(`could not fetch the files of "${lng}": ${String(e)}`);
    return null;
  }
}

/**
 * Names each language from what the build read of its ui.json (virtual:sahel-language-names), so the
 * menu is complete without downloading any other language; a broken or missing ui.json leaves it out.
 */
function readLanguageNames(): void {
  for (const lng of lazyByLanguage.keys()) {
    const entry = languages.get(lng);
    if (!entry || entry.state !== 'unread') continue;
    const read = builtLanguageNames[lng];
    if (read === undefined || 'warning' in read) {
      warn(read?.warning ?? `locales/${lng}/ui.json is missing; this language is left out`);
      entry.state = 'broken';
      continue;
    }
    entry.name = read.name ?? lng;
  }
}

async function ensureLoaded(lng: string): Promise<boolean> {
  if (lng === FALLBACK_LANGUAGE) return true;
  if (lng === PSEUDO_LANGUAGE) {
    if (!i18n.hasResourceBundle(PSEUDO_LANGUAGE, 'ui')) {
      for (const [ns, data] of Object.entries(english))
        i18n.addResourceBundle(PSEUDO_LANGUAGE, ns, pseudoLocalizeTree(data));
    }
    return true;
  }
  const entry = languages.get(lng);
  if (!entry || entry.state === 'broken') return false;
  if (entry.state === 'loaded') return true;
  const texts = await loadTexts(lng);
  const resources = texts ? parseAll(texts, lng) : null;
  if (!resources) {
    entry.state = 'broken';
    return false;
  }
  for (const [ns, data] of Object.entries(resources)) {
    // A text whose {{…}} differ from English would show the braces: English is shown for it instead.
    const safe = withoutBrokenPlaceholders(english[ns] ?? {}, data);
    if (safe.dropped.length > 0)
      warn(
        `${ns === 'questions' ? `content/*/texts/${lng}.json` : `locales/${lng}/${ns}.json`}: the {{…}} placeholders of ${safe.dropped.join(', ')} differ from English; English is shown for them (run npm run i18n:check)`,
      );
    i18n.addResourceBundle(lng, ns, safe.data, true, true);
  }
  entry.name = languageNameOf(resources['ui']) ?? entry.name ?? lng;
  entry.state = 'loaded';
  await loadOpenPacks(lng);
  return true;
}

function applyToDocument(lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng === PSEUDO_LANGUAGE ? 'en-XA' : lng;
  document.documentElement.dir = i18n.dir(lng === PSEUDO_LANGUAGE ? FALLBACK_LANGUAGE : lng);
}

/**
 * Sets up i18next and shows the first language: `?lng=` in the address, else `preferred`
 * (the player's remembered choice), else the first of `browserLanguages` we have, else English.
 * Resolves with the language shown. Call once, before drawing any text. `pause` gives the browser a
 * turn between the steps (main.ts passes yieldToMain).
 */
export async function initI18n(
  preferred: string | null,
  browserLanguages: readonly string[],
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<string> {
  const parsedEnglish = parseAll(groupByLanguage(englishFiles).get(FALLBACK_LANGUAGE) ?? new Map(), FALLBACK_LANGUAGE);
  setEnglish(parsedEnglish ?? {});
  if (!parsedEnglish) {
    // Keep the files that did parse: the game still runs, with empty strings where English is broken.
    for (const [path, text] of Object.entries(englishFiles)) {
      const r = parseNamespace(path, text);
      const ns = parseLocalePath(path)?.ns;
      if (r.ok && ns) putNamespace(english, ns, r.data);
    }
  }
  languages.clear();
  languages.set(FALLBACK_LANGUAGE, {
    code: FALLBACK_LANGUAGE,
    name: languageNameOf(english['ui']) ?? 'English',
    state: 'loaded',
  });
  for (const lng of lazyByLanguage.keys()) languages.set(lng, { code: lng, name: null, state: 'unread' });

  // Parsing the English texts, setting i18next up and showing the language are a task each (each
  // tens of ms on a slow phone): a tap meanwhile waits for one of them at most.
  await pause();
  await i18n.init({
    lng: FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: false,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: { [FALLBACK_LANGUAGE]: english as Record<string, Record<string, string>> },
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    returnObjects: false,
    interpolation: { escapeValue: false },
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (lngs, ns, key) => {
      if (import.meta.env.DEV) warn(`missing text "${ns}:${key}" (languages ${lngs.join(', ')})`);
    },
    // Missing in every language, English included: show nothing rather than the key.
    parseMissingKeyHandler: () => '',
    returnedObjectHandler: (key) => {
      if (import.meta.env.DEV) warn(`"${key}" is a group of texts, not a text`);
      return '';
    },
  });

  await pause();
  const query = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lng');
  const chosen = pickLanguage({
    query,
    remembered: preferred,
    browser: browserLanguages,
    available: [...languages.keys(), PSEUDO_LANGUAGE],
    fallback: FALLBACK_LANGUAGE,
  });
  readLanguageNames();
  const ok = await ensureLoaded(chosen);
  await changeTo(ok ? chosen : FALLBACK_LANGUAGE, false);
  return currentLanguage();
}

async function changeTo(lng: string, notify: boolean): Promise<void> {
  await i18n.changeLanguage(lng);
  applyToDocument(lng);
  if (notify) for (const cb of listeners) cb(lng);
}

/**
 * Switches language (fetching its files the first time) and sets `<html lang dir>`.
 * A language whose files are broken is dropped from the menu and the current language stays;
 * listeners are told either way, so the menu redraws. Remember the player's choice yourself.
 */
export async function setLanguage(code: string): Promise<void> {
  const ok = await ensureLoaded(code);
  await changeTo(ok ? code : currentLanguage(), true);
}

/**
 * Fetches a language's texts without switching to it, so `t(key, { lng })` can read them (e.g. an
 * answer key in the round's language). Resolves false when the language cannot be read.
 */
export function loadLanguage(code: string): Promise<boolean> {
  return ensureLoaded(code);
}

/** Languages for the menu, each with its own name ("English", "Français"); never `pseudo` or a broken one. */
export function availableLanguages(): { code: string; name: string }[] {
  return [...languages.values()]
    .filter((l) => l.state !== 'broken' && l.name !== null)
    .map((l) => ({ code: l.code, name: l.name as string }))
    .sort((a, b) =>
      a.code === FALLBACK_LANGUAGE ? -1 : b.code === FALLBACK_LANGUAGE ? 1 : a.name.localeCompare(b.name),
    );
}

/** Calls `cb` with the new code after each setLanguage. Returns a function that unsubscribes. */
export function onLanguageChanged(cb: (code: string) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** `t` bound to one language (loaded first with loadLanguage), e.g. for an answer key in the round's language. */
export function textsIn(lng: string): Translate {
  return (key, ...args) => translate(key, { ...args[0], lng });
}

/**
 * A UI text whose variables are not known to tsc (only its key is): for lookups passed into pure code
 * (core/export/words.ts) that fills `{{vars}}` itself. Prefer `t`.
 */
export function uiLookup(lng?: string): (key: UiKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => translate(key, { ...vars, ...(lng ? { lng } : {}) });
}

/**
 * A content pack's text (content/<pack>/texts/<lng>.json, read into the `questions` namespace under the
 * pack's id): `packText('sahel-news.coup-date.prompt')`. Its keys are data ids, so tsc cannot check them:
 * a missing one is an empty string (English first); npm run content:check checks the files.
 */
export function packText(key: string, lng?: string): string {
  return translate(key, { ns: 'questions', ...(lng ? { lng } : {}) });
}

/** A place's name by its id ('NER', 'city:niamey') from locales/<lng>/places.json. */
export function placeText(id: string, lng?: string): string {
  return translate(id, { ns: 'places', ...(lng ? { lng } : {}) });
}
