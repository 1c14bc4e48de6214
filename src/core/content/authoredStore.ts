/**
 * Teachers' packs saved on this device: one record per pack (`pack/<id>`, the PackFile, checked in
 * full with ./packFileCheck.ts every time it is read) and a small index (`index`: id, version, title
 * per language, meta, fact count) that the title screen reads without the packs themselves.
 * A pack that cannot be read is kept where it is (never overwritten without asking) and reported;
 * a saved pack is replaced only when the caller says so (`replace: true`), after asking the teacher.
 */
import type { KeyValueStore } from '../storage/keyValueStore.ts';
import { createRecordStore, type RecordStore } from '../storage/recordStore.ts';
import type { StorageProblem } from '../storage/problems.ts';
import { AUTHORED_NAMESPACE, type AuthoredSummary, INDEX_KEY, readAuthoredIndex } from './authoredIndex.ts';
import type { PackFile } from './packFile.ts';
import { checkPackFile, type PackFileCheck, type PackFileContext } from './packFileCheck.ts';
import type { PackProblem } from './packFileShape.ts';

const packKey = (id: string): string => `pack/${id}`;

export type { AuthoredSummary };

export type SaveOutcome =
  | { ok: true; summary: AuthoredSummary }
  /** A different pack with this id is saved here: ask the teacher, then save again with `replace`. */
  | { ok: false; reason: 'exists'; existing: AuthoredSummary }
  | { ok: false; reason: 'invalid'; problems: PackProblem[] }
  | { ok: false; reason: 'storage'; problem: StorageProblem };

export type ReadOutcome =
  | { ok: true; check: Extract<PackFileCheck, { ok: true }> }
  | { ok: false; reason: 'missing' }
  /** Saved, but not a pack this game can read any more: left where it was. */
  | { ok: false; reason: 'unreadable'; problems: PackProblem[] };

function titlesOf(file: PackFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lng, words] of Object.entries(file.texts)) {
    const title = (words._pack as { title?: unknown } | undefined)?.title;
    if (typeof title === 'string') out[lng] = title;
  }
  return out;
}

function summaryOf(check: Extract<PackFileCheck, { ok: true }>, savedAt: number): AuthoredSummary {
  return {
    id: check.file.id,
    version: check.file.meta.version,
    titles: titlesOf(check.file),
    meta: check.file.meta,
    factCount: new Set(check.pack.questions.map((q) => q.fact)).size,
    questionCount: check.pack.questions.length,
    savedAt,
  };
}

export interface AuthoredStore {
  /** Every saved pack's summary (the index; entries that do not read are left out). */
  list(): AuthoredSummary[];
  /** A saved pack, checked in full. */
  read(id: string): ReadOutcome;
  /** Saves a pack (checked first); refuses to replace a different saved pack with the same id unless `replace`. */
  save(file: unknown, now: number, options?: { replace?: boolean }): SaveOutcome;
  remove(id: string): void;
  /** Whether `file` is exactly what is saved under its id (opening it again changes nothing). */
  same(file: PackFile): boolean;
}

export function authoredStore(kv: KeyValueStore, ctx: PackFileContext): AuthoredStore {
  const records: RecordStore = createRecordStore(kv, AUTHORED_NAMESPACE);
  const readIndex = (): AuthoredSummary[] => readAuthoredIndex(records);
  const raw = (id: string): unknown =>
    records.load(packKey(id), (d) => d, undefined as unknown, 1, { aside: false }).value;

  const store: AuthoredStore = {
    list: () => readIndex().filter((s) => !ctx.shippedIds.includes(s.id)),
    read(id) {
      const data = raw(id);
      if (data === undefined) return { ok: false, reason: 'missing' };
      const check = checkPackFile(data, ctx);
      return check.ok ? { ok: true, check } : { ok: false, reason: 'unreadable', problems: check.problems };
    },
    same(file) {
      return JSON.stringify(raw(file.id)) === JSON.stringify(file);
    },
    save(file, now, options = {}) {
      const check = checkPackFile(file, ctx);
      if (!check.ok) return { ok: false, reason: 'invalid', problems: check.problems };
      const id = check.file.id;
      const existing = readIndex().find((s) => s.id === id);
      const stored = raw(id);
      if (stored !== undefined && !options.replace && !store.same(check.file)) {
        const fallback: AuthoredSummary = { ...summaryOf(check, 0), titles: { '': id } };
        return { ok: false, reason: 'exists', existing: existing ?? fallback };
      }
      const saved = records.save(packKey(id), check.file);
      if (!saved.ok) return { ok: false, reason: 'storage', problem: saved.problem };
      const summary = summaryOf(check, now);
      const index = [...readIndex().filter((s) => s.id !== id), summary];
      const indexed = records.save(INDEX_KEY, index);
      if (!indexed.ok) return { ok: false, reason: 'storage', problem: indexed.problem };
      return { ok: true, summary };
    },
    remove(id) {
      records.remove(packKey(id));
      records.save(
        INDEX_KEY,
        readIndex().filter((s) => s.id !== id),
      );
    },
  };
  return store;
}
