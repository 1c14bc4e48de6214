/**
 * A teacher's pack arriving from a link or a file (loaded only then, see ./openPack.ts): checked,
 * saved (asking before replacing a different saved pack with its id), then opened with `?pack=<id>`.
 */
import { decodePackLink, parsePackFileBytes } from '../core/content/packLink.ts';
import { PACK_FILE_LIMITS } from '../core/content/packFileShape.ts';
import type { KeyValueStore } from '../core/storage/index.ts';
import { askReplace } from '../ui/screens/packReplace.ts';
import {
  type AuthoredSummary,
  type PackFile,
  type PackFileCheck,
  packContext,
  receivePack,
  summaryTitle,
} from './authoredPacks.ts';
import { packHref } from './packs.ts';

/** Saves a pack read from a link or file and opens it, or gives the message saying why not. */
async function receive(check: PackFileCheck, kv: KeyValueStore, root: HTMLElement): Promise<string | null> {
  const confirm = (saved: AuthoredSummary, incoming: PackFile) =>
    askReplace(root, incoming.id, summaryTitle(saved), titleOf(incoming));
  const r = await receivePack(check, kv, confirm);
  if (!r.ok) return r.message;
  location.replace(`${location.pathname}${packHref(r.id)}`);
  return null;
}

function titleOf(file: PackFile): string {
  const words = (file.texts[document.documentElement.lang] ?? file.texts.en ?? Object.values(file.texts)[0]) as
    | { _pack?: { title?: string } }
    | undefined;
  return words?._pack?.title ?? file.id;
}

/** Reads a `#p=` payload as a pack and opens it; the message when it does not open. */
export function receivePackLink(payload: string, kv: KeyValueStore, root: HTMLElement): Promise<string | null> {
  return receive(decodePackLink(payload, packContext()), kv, root);
}

/** Reads a picked or dropped file as a pack (never more than the size cap) and opens it. */
export async function receivePackFile(file: File, kv: KeyValueStore, root: HTMLElement): Promise<string | null> {
  const bytes = new Uint8Array(await file.slice(0, PACK_FILE_LIMITS.maxBytes + 1).arrayBuffer());
  return receive(parsePackFileBytes(bytes, packContext()), kv, root);
}
