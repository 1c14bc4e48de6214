/**
 * The teachers' packs saved on this device, as the title screen lists them ("by your teacher"): read
 * from their small index (core/content/authoredIndex.ts), without loading the packs or their codec.
 */
import { AUTHORED_NAMESPACE, readAuthoredIndex } from '../core/content/authoredIndex.ts';
import type { KeyValueStore } from '../core/storage/index.ts';
import { createRecordStore } from '../core/storage/index.ts';
import { addPackTexts } from '../i18n/index.ts';
import { setAuthoredEntries } from './packs.ts';

/** Lists the saved packs beside the shipped ones, their titles in every language they have. */
export function registerAuthoredIndex(kv: KeyValueStore): void {
  const list = readAuthoredIndex(createRecordStore(kv, AUTHORED_NAMESPACE));
  for (const s of list)
    addPackTexts(s.id, Object.fromEntries(Object.entries(s.titles).map(([lng, title]) => [lng, { _pack: { title } }])));
  setAuthoredEntries(list.map((s) => ({ id: s.id, meta: s.meta, factCount: s.factCount, authored: true })));
}
