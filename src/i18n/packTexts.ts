/**
 * Content packs' texts (content/<pack>/texts/<lng>.json) are read into the `questions` namespace under
 * the pack's id: `packText('<pack>.<question>.prompt')`. Each pack's file per language is its own lazy
 * chunk, fetched only for a pack that is opened (loadPackTexts), never for the others.
 */
import { parseNamespace } from './discover.ts';
import { withoutBrokenPlaceholders } from './placeholders.ts';
import { pseudoLocalizeTree } from './pseudo.ts';
import { english, FALLBACK_LANGUAGE, i18n, languages, PSEUDO_LANGUAGE, warn } from './runtime.ts';

const packTextFiles = import.meta.glob<string>('/content/*/texts/*.json', { query: '?raw', import: 'default' });

/** Packs whose texts are wanted: a language loaded later fetches theirs too. */
const openPacks = new Set<string>();

/** Puts a pack's words in one language in place (English ones also become the fallback and the pseudo-language's source). */
function putPackTexts(id: string, lng: string, data: Record<string, unknown>): void {
  if (lng === FALLBACK_LANGUAGE) {
    const questions = english['questions'] ?? {};
    questions[id] = { ...(questions[id] as Record<string, unknown> | undefined), ...data };
    english['questions'] = questions;
    i18n.addResourceBundle(lng, 'questions', { [id]: data }, true, true);
    if (i18n.hasResourceBundle(PSEUDO_LANGUAGE, 'ui'))
      i18n.addResourceBundle(PSEUDO_LANGUAGE, 'questions', pseudoLocalizeTree({ [id]: data }), true, true);
    return;
  }
  // A text whose {{…}} differ from English would show the braces: English is shown for it instead.
  const safe = withoutBrokenPlaceholders({ [id]: english['questions']?.[id] ?? {} }, { [id]: data });
  if (safe.dropped.length > 0)
    warn(
      `content/${id}/texts/${lng}.json: the {{…}} placeholders of ${safe.dropped.join(', ')} differ from English; English is shown for them (run npm run i18n:check)`,
    );
  i18n.addResourceBundle(lng, 'questions', safe.data, true, true);
}

async function loadPackLanguage(id: string, lng: string): Promise<void> {
  const load = packTextFiles[`/content/${id}/texts/${lng}.json`];
  if (!load) return;
  let text: string;
  try {
    text = await load();
  } catch (e) {
    warn(`could not fetch content/${id}/texts/${lng}.json: ${String(e)}`);
    return;
  }
  const r = parseNamespace(`content/${id}/texts/${lng}.json`, text);
  if (r.ok) putPackTexts(id, lng, r.data);
  else warn(r.warning);
}

/** Starts fetching a shipped pack's English texts before i18n is set up (loadPackTexts then finds them fetched). */
export function prefetchPackTexts(id: string): void {
  packTextFiles[`/content/${id}/texts/${FALLBACK_LANGUAGE}.json`]?.().catch(() => {});
}

/**
 * Fetches a shipped pack's texts: English (the fallback) and every language already loaded, and from
 * now on with every language loaded later. Call once i18n is set up (initI18n).
 */
export async function loadPackTexts(id: string): Promise<void> {
  openPacks.add(id);
  await loadPackLanguage(id, FALLBACK_LANGUAGE);
  const others = [...languages.values()].filter((l) => l.state === 'loaded' && l.code !== FALLBACK_LANGUAGE);
  await Promise.all(others.map((l) => loadPackLanguage(id, l.code)));
}

/**
 * Adds a pack's words already read and checked (a teacher's pack, or every pack's `_pack` titles):
 * language → { <question id>: …, _pack: … }. Languages the game has no locales for are left out.
 */
export function addPackTexts(id: string, texts: Readonly<Record<string, unknown>>): void {
  const en = texts[FALLBACK_LANGUAGE];
  if (en && typeof en === 'object') putPackTexts(id, FALLBACK_LANGUAGE, en as Record<string, unknown>);
  for (const [lng, data] of Object.entries(texts))
    if (lng !== FALLBACK_LANGUAGE && languages.has(lng) && data && typeof data === 'object')
      putPackTexts(id, lng, data as Record<string, unknown>);
}

/** Fetches the texts of every pack opened so far in a language just loaded. */
export async function loadOpenPacks(lng: string): Promise<void> {
  await Promise.all([...openPacks].map((id) => loadPackLanguage(id, lng)));
}
