/**
 * The content packs the game ships: every folder content/<pack-id>/ found at build time (the build
 * has already checked each one: scripts/vite-plugin-content.ts). Adding a folder adds a pack.
 */
import { packFromFiles, type LoadedPack, type PackMeta } from '../core/content/pack.ts';
import type { Question } from '../core/content/types.ts';

const metas = import.meta.glob<PackMeta>('/content/*/pack.json', { eager: true, import: 'default' });
const questionFiles = import.meta.glob<{ questions: Question[] }>('/content/*/questions.json', {
  eager: true,
  import: 'default',
});

const idOf = (path: string): string => /\/content\/([^/]+)\//.exec(path)?.[1] ?? path;

/** The pack a player gets when there is no choice to make (and the bench measures). */
export const DEFAULT_PACK_ID = 'niger-coup-2023';

/** Every shipped pack, the default first, then by id. */
export const packs: readonly LoadedPack[] = Object.entries(metas)
  .map(([path, meta]) => {
    const id = idOf(path);
    const questions = questionFiles[`/content/${id}/questions.json`] ?? { questions: [] };
    return { pack: packFromFiles(id, meta, questions), meta };
  })
  .sort((a, b) =>
    a.pack.id === DEFAULT_PACK_ID ? -1 : b.pack.id === DEFAULT_PACK_ID ? 1 : a.pack.id.localeCompare(b.pack.id),
  );

export function packById(id: string): LoadedPack | undefined {
  return packs.find((p) => p.pack.id === id);
}

/** `?pack=<id>` in the address picks the pack for this visit (the title screen's list links there). */
const asked = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('pack');
let active: LoadedPack = (asked ? packById(asked) : undefined) ?? packById(DEFAULT_PACK_ID) ?? (packs[0] as LoadedPack);

/** The address that opens pack `id`, keeping the rest of the address (language, test flags). */
export function packHref(id: string): string {
  const params = new URLSearchParams(location.search);
  params.set('pack', id);
  return `?${params.toString()}`;
}

/** The pack being played now (texts and topic names are read from it). */
export function activePack(): LoadedPack {
  return active;
}

export function setActivePack(id: string): LoadedPack | undefined {
  const p = packById(id);
  if (p) active = p;
  return p;
}
