/**
 * The content packs: every folder content/<pack-id>/ found at build time (the build has already
 * checked each one: scripts/vite-plugin-content.ts), and the teachers' packs saved on this device
 * (./authoredPacks.ts). Adding a folder adds a pack.
 *
 * Only what the title screen needs of every pack is in the first download (its pack.json, fact ids
 * and title: `virtual:sahel-pack-index`); a pack's questions, texts and stage are separate files,
 * fetched when it is opened (`openShippedPack`), so a student downloads only the pack they play.
 */
import index from 'virtual:sahel-pack-index';
import { packFromFiles, type LoadedPack, type PackMeta } from '../core/content/pack.ts';
import type { Question } from '../core/content/types.ts';
import type { StageData } from '../geo/stage.ts';
import { addPackTexts, loadPackTexts } from '../i18n/index.ts';

const questionFiles = import.meta.glob<{ questions: Question[] }>('/content/*/questions.json', { import: 'default' });
const stageFiles = import.meta.glob<StageData>('/content/*/stage.json', { import: 'default' });

/** The pack a player gets when there is no choice to make (and the bench measures). */
export const DEFAULT_PACK_ID = 'niger-coup-2023';

/** A pack the title screen can list: no questions, no texts. */
export interface PackEntry {
  id: string;
  meta: PackMeta;
  /** How many facts it asks about. */
  factCount: number;
  /** A teacher's pack saved on this device, not one the game ships. */
  authored: boolean;
}

/** A pack ready to play: its questions, and how the map stages them. */
export interface OpenPack {
  loaded: LoadedPack;
  stage: StageData;
  authored: boolean;
}

/**
 * Every shipped pack, the default first, then by id. Ids are `[a-z0-9-]` (PACK_ID_PATTERN), whose
 * code-point order is localeCompare's: no collator is built while the page's code is evaluated.
 */
export const shippedPacks: readonly PackEntry[] = index
  .map((p) => ({ id: p.id, meta: p.meta, factCount: p.factCount, authored: false }))
  .sort((a, b) => (a.id === DEFAULT_PACK_ID ? -1 : b.id === DEFAULT_PACK_ID ? 1 : a.id < b.id ? -1 : 1));

/** Ids a teacher's pack may never take. */
export const SHIPPED_PACK_IDS: readonly string[] = shippedPacks.map((p) => p.id);

let authored: readonly PackEntry[] = [];

/** Every pack's title goes in at once: the pack list shows them before any pack opens. */
export function addPackTitles(): void {
  for (const p of index)
    addPackTexts(p.id, Object.fromEntries(Object.entries(p.titles).map(([l, title]) => [l, { _pack: { title } }])));
}

/** The teachers' packs saved on this device (./authoredPacks.ts keeps this list current). */
export function setAuthoredEntries(list: readonly PackEntry[]): void {
  authored = list.filter((p) => !SHIPPED_PACK_IDS.includes(p.id));
}

/** Shipped packs first, then the teachers' packs saved here. */
export function packEntries(): readonly PackEntry[] {
  return [...shippedPacks, ...authored];
}

export function packEntry(id: string): PackEntry | undefined {
  return packEntries().find((p) => p.id === id);
}

/** `?pack=<id>` in the address: the pack for this visit (the title screen's list links there). */
export function requestedPackId(): string | null {
  return typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('pack');
}

/** Fetches a shipped pack's questions and stage (it may start before i18n is set up; the texts come with openShipped). */
export async function shippedPackFiles(id: string): Promise<OpenPack | null> {
  const entry = shippedPacks.find((p) => p.id === id);
  const questions = questionFiles[`/content/${id}/questions.json`];
  if (!entry || !questions) return null;
  const [file, stage] = await Promise.all([questions(), packStage(id)]);
  return { loaded: { pack: packFromFiles(id, entry.meta, file), meta: entry.meta }, stage, authored: false };
}

/**
 * A shipped pack ready to play: its questions and stage (`files`, when already being fetched) and its
 * texts (English and the language shown). Call once i18n is set up.
 */
export async function openShippedPack(id: string, files = shippedPackFiles(id)): Promise<OpenPack | null> {
  const [open] = await Promise.all([files, loadPackTexts(id)]);
  return open;
}

/**
 * A pack's stage (content/<pack-id>/stage.json: the places each fact's story names, and the map's
 * regions). A pack without one keeps the default pack's regions, so its map questions still frame a
 * region, and frames other questions on the whole area.
 */
export async function packStage(id: string, own?: StageData): Promise<StageData> {
  const file = stageFiles[`/content/${id}/stage.json`];
  if (own) return own;
  if (file) return file();
  const fallback = stageFiles[`/content/${DEFAULT_PACK_ID}/stage.json`];
  return { regions: fallback ? (await fallback()).regions : [], facts: {} };
}

let active: LoadedPack | null = null;

/** The address that opens pack `id`, keeping the rest of the address (language, test flags). */
export function packHref(id: string): string {
  const params = new URLSearchParams(location.search);
  params.set('pack', id);
  return `?${params.toString()}`;
}

/** The pack being played now (texts and topic names are read from it). */
export function activePack(): LoadedPack {
  if (!active) throw new Error('activePack: no pack is open yet');
  return active;
}

export function setActivePack(p: LoadedPack): void {
  active = p;
}
