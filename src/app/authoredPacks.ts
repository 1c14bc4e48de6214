/**
 * Teachers' packs on this device: the app-level API the game and the authoring studio share. Loaded
 * only when a pack is opened from a link or a file, a saved pack is played, or the studio asks; the
 * title screen lists saved packs from their index alone (./authoredIndex.ts).
 *
 * - `packContext()`: what a pack is checked against (map places, shipped ids, the game's languages);
 * - `checkPack(file)`: the game's own verdict on a PackFile (as `npm run content:check -- <file>`);
 * - `savedPacks(kv)`: the store — list(), read(id), save(file, now, { replace }), remove(id), same(file);
 * - `packFileDownload(file)`: the exported file's name and text; `packLinkFor(file)`: the `#p=` link;
 * - `receivePack(check, kv, confirmReplace)`: saves a pack read from a link or file, asking before
 *   replacing a different saved pack with its id; `openSavedPack(id, kv)`: a saved pack ready to play;
 * - `problemsText(problems)`: the problems in the player's language, one sentence each.
 */
import { type AuthoredStore, authoredStore, type AuthoredSummary } from '../core/content/authoredStore.ts';
import { packFromFiles } from '../core/content/pack.ts';
import type { PackFile } from '../core/content/packFile.ts';
import {
  checkPackFile,
  type PackFileCheck,
  type PackFileContext,
  textsForPlay,
} from '../core/content/packFileCheck.ts';
import type { PackProblem } from '../core/content/packFileShape.ts';
import { encodePackLink, packFileText, PACK_LINK_KEY } from '../core/content/packLink.ts';
import type { KeyValueStore } from '../core/storage/index.ts';
import { placeIndex } from '../geo/placeIds.ts';
import { addPackTexts, availableLanguages, currentLanguage, t, type UiKey, uiLookup } from '../i18n/index.ts';
import { errorMessage } from '../i18n/errorMessages.ts';
import { registerAuthoredIndex } from './authoredIndex.ts';
import { type OpenPack, packStage, SHIPPED_PACK_IDS } from './packs.ts';

export type { AuthoredSummary, PackFile, PackFileCheck, PackProblem };

let context: PackFileContext | null = null;

export function packContext(): PackFileContext {
  if (!context) {
    const places = placeIndex();
    context = {
      placeIds: new Set([...places.countries.map((c) => c.id), ...places.cities.map((c) => c.id)]),
      shippedIds: SHIPPED_PACK_IDS,
      languages: [...new Set(['en', ...availableLanguages().map((l) => l.code)])],
    };
  }
  return context;
}

/**
 * The game's own verdict on a pack (what opening it would say).
 * @public for the authoring studio
 */
export function checkPack(file: unknown): PackFileCheck {
  return checkPackFile(file, packContext());
}

/** The saved packs in `kv` (the game's store: main.ts's createLocalStore). */
export function savedPacks(kv: KeyValueStore): AuthoredStore {
  return authoredStore(kv, packContext());
}

/**
 * The exported pack file: `<id>.sahel-pack.json` and its text.
 * @public for the authoring studio
 */
export function packFileDownload(file: PackFile): { name: string; text: string } {
  return { name: `${file.id}.sahel-pack.json`, text: packFileText(file) };
}

/**
 * The link that opens `file` on any device: this page's address with `#p=<payload>`.
 * @public for the authoring studio
 */
export function packLinkFor(file: PackFile, base = `${location.origin}${location.pathname}`): string {
  return `${base}#${PACK_LINK_KEY}=${encodePackLink(file)}`;
}

/** A pack's problems in the player's language, one sentence each (the first few; the rest counted). */
export function problemsText(problems: readonly PackProblem[], max = 5): string {
  const lines = problems.slice(0, max).map((p) => {
    // Every PackProblemKey is a ui.json key (packFile.*, packLink.*; tsc checks it here), filled with its values.
    const key: UiKey = p.key;
    const message = uiLookup()(key, p.values);
    // A problem of the whole file or link needs no place; one inside says where (entry, field).
    const where = p.entry === 'file' || p.entry === 'link' ? '' : [p.entry, p.field].filter((s) => s !== '').join(' ');
    return p.key === 'packFile.invalid' || where === '' ? message : `${where}: ${message}`;
  });
  if (problems.length > max) lines.push(t('authored.more', { count: problems.length - max }));
  return lines.join(' ');
}

export type Received = { ok: true; id: string } | { ok: false; message: string };

/**
 * Saves a pack read from a link or file. A different pack already saved with its id is replaced only
 * if `confirmReplace` says yes; nothing changes otherwise.
 */
export async function receivePack(
  check: PackFileCheck,
  kv: KeyValueStore,
  confirmReplace: (saved: AuthoredSummary, incoming: PackFile) => Promise<boolean>,
  now = Date.now(),
): Promise<Received> {
  if (!check.ok) return { ok: false, message: `${t('authored.refused')} ${problemsText(check.problems)}` };
  const store = savedPacks(kv);
  let saved = store.save(check.file, now);
  if (!saved.ok && saved.reason === 'exists') {
    if (!(await confirmReplace(saved.existing, check.file))) return { ok: false, message: t('authored.kept') };
    saved = store.save(check.file, now, { replace: true });
  }
  if (saved.ok) {
    registerAuthoredIndex(kv);
    return { ok: true, id: saved.summary.id };
  }
  if (saved.reason === 'storage') return { ok: false, message: errorMessage(saved.problem) };
  if (saved.reason === 'invalid')
    return { ok: false, message: `${t('authored.refused')} ${problemsText(saved.problems)}` };
  return { ok: false, message: t('authored.kept') };
}

export type Opened = { ok: true; open: OpenPack } | { ok: false; message: string };

/** A saved pack ready to play: its texts are put in place, its stage (or the default regions) ready. */
export async function openSavedPack(id: string, kv: KeyValueStore): Promise<Opened> {
  const read = savedPacks(kv).read(id);
  if (!read.ok)
    return {
      ok: false,
      message:
        read.reason === 'missing'
          ? t('authored.missing', { id })
          : `${t('authored.unreadable', { id })} ${problemsText(read.problems)}`,
    };
  const { file } = read.check;
  addPackTexts(id, textsForPlay(file));
  const stage = await packStage(id, file.stage as Parameters<typeof packStage>[1]);
  const loaded = { pack: packFromFiles(id, file.meta, { questions: file.questions }), meta: file.meta };
  return { ok: true, open: { loaded, stage, authored: true } };
}

/** The title of a saved pack in the player's language (or any it has). */
export function summaryTitle(s: AuthoredSummary): string {
  return s.titles[currentLanguage()] ?? s.titles.en ?? Object.values(s.titles)[0] ?? s.id;
}
