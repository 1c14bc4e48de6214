/**
 * The class list as kept on the teacher's device, with the teacher's confirmations of near names.
 *
 * One list for the class, reused round after round: a teacher loads the class's list once and
 * expects it to be there for every round they check; a confirmation ("aicha ouedraogo" is Aïcha
 * Ouédraogo) is about how a student writes their name, which does not change from one round to
 * the next. Loading another list replaces it (keeping the confirmations of names still on it);
 * removing it is an explicit, confirmed choice. Pure: storage comes in.
 */
import * as v from 'valibot';
import type { Loaded, RecordStore, SaveResult } from '../storage/index.ts';
import { salvaging } from '../storage/index.ts';
import { CLASS_LIST_LIMITS } from './parse.ts';
import { confirmKey } from './match.ts';

export interface Confirmation {
  /** The name on the list. */
  listed: string;
  /** The name a result was sent under, confirmed by the teacher as that student. */
  result: string;
}

export interface ClassListRecord {
  /** The names in the order of the file. */
  names: string[];
  /** The file the list came from (shown to the teacher), or '' when unknown. */
  file: string;
  confirmed: Confirmation[];
}

export const CLASS_LIST_KEY = 'class-list';
export const CLASS_LIST_VERSION = 1;
/** Most confirmations kept: a few per student is already many. */
const MAX_CONFIRMATIONS = CLASS_LIST_LIMITS.maxNames * 4;

export function emptyClassList(): ClassListRecord {
  return { names: [], file: '', confirmed: [] };
}

/** The confirmations as the matcher takes them. */
export function confirmedKeys(record: ClassListRecord): Set<string> {
  return new Set(record.confirmed.map((c) => confirmKey(c.listed, c.result)));
}

/** A new list in place of the old; confirmations of names still on the list are kept. */
export function replaceList(record: ClassListRecord, names: readonly string[], file: string): ClassListRecord {
  const onList = new Set(names);
  return { names: [...names], file, confirmed: record.confirmed.filter((c) => onList.has(c.listed)) };
}

/** The teacher confirmed that the result sent as `result` is `listed`'s (once is enough). */
export function confirmName(record: ClassListRecord, listed: string, result: string): ClassListRecord {
  if (!record.names.includes(listed)) return record;
  if (record.confirmed.some((c) => c.listed === listed && c.result === result)) return record;
  if (record.confirmed.length >= MAX_CONFIRMATIONS) return record;
  return { ...record, confirmed: [...record.confirmed, { listed, result }] };
}

// ---- Stored form ------------------------------------------------------------------------

const name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CLASS_LIST_LIMITS.maxNameChars));

const storedSchema = v.strictObject({
  names: v.array(v.unknown()),
  file: v.pipe(v.string(), v.maxLength(260)),
  confirmed: v.array(v.unknown()),
});

const confirmationSchema = v.strictObject({ listed: name, result: name });

/**
 * Checks a stored record all the way down: the shape with valibot, then each name and each
 * confirmation; a bad one (or a confirmation of a name not on the list) is dropped and counted.
 * Undefined when it is not a class list at all.
 */
export function salvageClassList(x: unknown): { value: ClassListRecord; lost: number } | undefined {
  const parsed = v.safeParse(storedSchema, x);
  if (!parsed.success) return undefined;
  let lost = 0;
  const names: string[] = [];
  for (const item of parsed.output.names) {
    const n = v.safeParse(name, item);
    if (n.success && names.length < CLASS_LIST_LIMITS.maxNames) names.push(n.output);
    else lost++;
  }
  let record: ClassListRecord = { names, file: parsed.output.file, confirmed: [] };
  for (const item of parsed.output.confirmed) {
    const c = v.safeParse(confirmationSchema, item);
    const next = c.success ? confirmName(record, c.output.listed, c.output.result) : record;
    if (next === record) lost++;
    record = next;
  }
  return { value: record, lost };
}

/** The stored class list (empty when there is none); a problem when it could not be read whole. */
export function loadClassList(store: RecordStore): Loaded<ClassListRecord> {
  return store.load(CLASS_LIST_KEY, salvaging(salvageClassList), emptyClassList(), CLASS_LIST_VERSION);
}

export function saveClassList(store: RecordStore, record: ClassListRecord): SaveResult {
  return store.save(CLASS_LIST_KEY, record, CLASS_LIST_VERSION);
}

/** Forgets the class list (the teacher confirmed it) — never one written by a newer version. */
export function removeClassList(store: RecordStore): SaveResult {
  const there = store.load(CLASS_LIST_KEY, () => true, false, CLASS_LIST_VERSION, { aside: false });
  if (there.problem === 'storage/newer') return { ok: false, problem: 'storage/newer' };
  return store.remove(CLASS_LIST_KEY);
}
