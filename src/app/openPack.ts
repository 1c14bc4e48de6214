/**
 * Which pack this visit plays, and teachers' packs arriving on this device:
 * - `#p=<payload>`: a pack in a link, checked, saved (asking before replacing a different saved pack
 *   with its id), then opened with `?pack=<id>`; a bad link leaves everything as it was, with a message;
 * - `?pack=<id>` of a saved teacher's pack plays it; of a pack not on this device, the default pack
 *   opens with a message saying to open the pack's own link or file first (a round link for it is dropped);
 * - a pack file picked ("Open a quiz file") or dropped on the title screen, the same way as a link.
 * The codec, the store and the questions they ask load only for these (./receivePack.ts, ./authoredPacks.ts).
 */
import type { KeyValueStore } from '../core/storage/index.ts';

/** The store of teachers' packs (core/content/authoredIndex.ts; kept here so checking for one loads nothing). */
const AUTHORED_NAMESPACE = 'sahel-quiz-packs';
import { DEFAULT_PACK_ID, type OpenPack, openShippedPack, requestedPackId, SHIPPED_PACK_IDS } from './packs.ts';

/** The `#p=…` payload of the address, or null. */
export function packLinkInHash(hash: string): string | null {
  return /^#p=/.test(hash) ? hash.slice(3) : null;
}

/**
 * Lists the teachers' packs saved here beside the shipped ones. Their index and its checks load only
 * on a device that has saved one (most students' devices never do).
 */
export async function listSavedPacks(kv: KeyValueStore): Promise<void> {
  if (kv.get(`${AUTHORED_NAMESPACE}:index`) === null) return;
  (await import('./authoredIndex.ts')).registerAuthoredIndex(kv);
}

export type Resolved = { open: OpenPack; notice: string | null } | 'navigated';

const withoutHash = (): void => history.replaceState(null, '', location.pathname + location.search);
const join = (a: string | null, b: string): string => (a ? `${a} ${b}` : b);

export async function resolvePack(
  kv: KeyValueStore,
  root: HTMLElement,
  shipped: () => Promise<OpenPack | null>,
): Promise<Resolved> {
  let notice: string | null = null;
  const payload = packLinkInHash(location.hash);
  if (payload !== null) {
    withoutHash();
    const message = await (await import('./receivePack.ts')).receivePackLink(payload, kv, root);
    if (message === null) return 'navigated';
    notice = message;
  }
  const asked = requestedPackId();
  if (asked !== null && !SHIPPED_PACK_IDS.includes(asked)) {
    const m = await import('./authoredPacks.ts');
    const r = await m.openSavedPack(asked, kv);
    if (r.ok) return { open: r.open, notice };
    // A round link for a pack this device does not have cannot be read: the message says what to do.
    if (/^#r=/.test(location.hash)) withoutHash();
    return { open: (await openShippedPack(DEFAULT_PACK_ID)) as OpenPack, notice: join(notice, r.message) };
  }
  return { open: (await shipped()) as OpenPack, notice };
}

async function receiveFile(file: File, kv: KeyValueStore, root: HTMLElement, tell: (m: string) => void): Promise<void> {
  const message = await (await import('./receivePack.ts')).receivePackFile(file, kv, root);
  if (message !== null) tell(message);
}

/** "Open a quiz file": the file picker; `tell` shows why a file was refused. */
export function pickPackFile(kv: KeyValueStore, root: HTMLElement, tell: (message: string) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.hidden = true;
  input.setAttribute('data-testid', 'pack-file-input');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.remove();
    if (file) void receiveFile(file, kv, root, tell);
  });
  document.body.append(input);
  input.click();
}

/** A pack file dropped anywhere on the title screen opens like a picked one. */
export function acceptDroppedPacks(
  kv: KeyValueStore,
  root: HTMLElement,
  onTitle: () => boolean,
  tell: (message: string) => void,
): void {
  document.addEventListener('dragover', (e) => {
    if (onTitle() && e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  document.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!onTitle() || !file) return;
    e.preventDefault();
    void receiveFile(file, kv, root, tell);
  });
}
