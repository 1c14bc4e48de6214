/**
 * The class's results as kept on the teacher's device: round by round (assignment hash), every
 * result ever added, until the teacher removes one or clears a round (explicit, confirmed in the
 * page). Pasting more codes adds to the class; nothing is dropped silently. Pure: storage comes in.
 *
 * API for the page (and for later features such as a class-list import):
 *   addResults(record, entries)  → the record with new results, and a flag for each line left out
 *   removeResult / clearRound    → explicit removals
 *   roundTable(record, hash)     → the students × questions table of one round (classTable.ts)
 *   loadClassResults / saveClassResults → the stored record (v2; a v1 text of codes is read too)
 */
import * as v from 'valibot';
import { normaliseResult, validateResult, type ResultRecord } from '../share/result.ts';
import { ASSIGNMENT_HASH } from '../share/ids.ts';
import type { Loaded, RecordStore, SaveResult } from '../storage/index.ts';
import { salvaging } from '../storage/index.ts';
import { buildClassTable, splitCodes, type ClassTable, type Flag, type ResultEntry } from './classTable.ts';

export interface ClassRound {
  /** assignmentHash() of the round. */
  assignment: string;
  /** Results in the order they were added. */
  results: ResultRecord[];
}

export interface ClassResults {
  /** Rounds in the order first met. */
  rounds: ClassRound[];
}

export const CLASS_RESULTS_KEY = 'class-results';
export const CLASS_RESULTS_VERSION = 2;
/** Most results kept per round (a class, many times over). */
export const MAX_RESULTS_PER_ROUND = 500;

export function emptyClassResults(): ClassResults {
  return { rounds: [] };
}

/** Same student, same answers: the same result sent twice (a code and its file count alike). */
export function sameResult(a: ResultRecord, b: ResultRecord): boolean {
  return fingerprint(a) === fingerprint(b);
}

function fingerprint(r: ResultRecord): string {
  const n = normaliseResult(r);
  const answers = [...n.answers].sort((x, y) => (x.questionId < y.questionId ? -1 : 1));
  return JSON.stringify([n.name.trim().toLocaleLowerCase(), n.timeScale, n.score, answers]);
}

/**
 * Adds every readable result to its round (new rounds at the end). A result already in its round
 * is left out with 'results/already_in'; an unreadable line or file with its decoding error.
 */
export function addResults(
  record: ClassResults,
  entries: readonly ResultEntry[],
): { value: ClassResults; added: ResultRecord[]; flags: Flag[] } {
  const rounds = record.rounds.map((r) => ({ assignment: r.assignment, results: [...r.results] }));
  const added: ResultRecord[] = [];
  const flags: Flag[] = [];
  for (const e of entries) {
    if (!e.decoded.ok) {
      flags.push({ source: e.source, reason: e.decoded.error });
      continue;
    }
    const r = e.decoded.value;
    let round = rounds.find((x) => x.assignment === r.assignment);
    if (!round) {
      round = { assignment: r.assignment, results: [] };
      rounds.push(round);
    }
    const earlier = round.results.find((x) => sameResult(x, r));
    if (earlier) {
      flags.push({ source: e.source, reason: 'results/already_in', name: r.name, sameAs: earlier.name });
      continue;
    }
    if (round.results.length >= MAX_RESULTS_PER_ROUND) {
      flags.push({ source: e.source, reason: 'result/too_large', name: r.name });
      continue;
    }
    round.results.push(r);
    added.push(r);
  }
  return { value: { rounds }, added, flags };
}

/** The record without result `index` of round `assignment` (unchanged when there is none). */
export function removeResult(record: ClassResults, assignment: string, index: number): ClassResults {
  return {
    rounds: record.rounds.map((r) =>
      r.assignment === assignment ? { assignment, results: r.results.filter((_, i) => i !== index) } : r,
    ),
  };
}

/** The record without round `assignment`. */
export function clearRound(record: ClassResults, assignment: string): ClassResults {
  return { rounds: record.rounds.filter((r) => r.assignment !== assignment) };
}

/** The table of one round; each student row's `id` is the result's index in the round (for removeResult). */
export function roundTable(record: ClassResults, assignment: string | null): ClassTable {
  const round = record.rounds.find((r) => r.assignment === assignment) ?? record.rounds[0];
  const entries: ResultEntry[] = (round?.results ?? []).map((value, id) => ({
    source: value.name,
    decoded: { ok: true, value },
    id,
  }));
  const table = buildClassTable(entries, round?.assignment ?? null);
  return { ...table, rounds: record.rounds.map((r) => ({ assignment: r.assignment, count: r.results.length })) };
}

// ---- Stored form ------------------------------------------------------------------------

const storedSchema = v.strictObject({
  rounds: v.array(
    v.strictObject({
      assignment: v.pipe(v.string(), v.regex(ASSIGNMENT_HASH)),
      results: v.array(v.unknown()),
    }),
  ),
});

/**
 * Checks a stored record all the way down: the shape with valibot, every result with the share
 * codec's validator. A bad result (or one filed under another round) is dropped and counted, the
 * rest kept; undefined when it is not a class-results record at all.
 */
export function salvageClassResults(x: unknown): { value: ClassResults; lost: number } | undefined {
  const parsed = v.safeParse(storedSchema, x);
  if (!parsed.success) return undefined;
  let lost = 0;
  const rounds: ClassRound[] = [];
  for (const r of parsed.output.rounds) {
    if (rounds.some((y) => y.assignment === r.assignment)) {
      lost += r.results.length;
      continue;
    }
    const results: ResultRecord[] = [];
    for (const item of r.results) {
      const valid = validateResult(item);
      if (valid && valid.assignment === r.assignment && results.length < MAX_RESULTS_PER_ROUND) results.push(valid);
      else lost++;
    }
    rounds.push({ assignment: r.assignment, results });
  }
  return { value: { rounds }, lost };
}

/**
 * The stored class results. A record of the first version (the text of pasted codes) is read
 * through `decode` and carried over; the store keeps the old text aside.
 */
export function loadClassResults(
  store: RecordStore,
  decode: (code: string) => ResultEntry['decoded'],
): Loaded<ClassResults> & { flags: Flag[]; migrated?: true } {
  const loaded = store.load(
    CLASS_RESULTS_KEY,
    salvaging(salvageClassResults),
    emptyClassResults(),
    CLASS_RESULTS_VERSION,
  );
  if (loaded.problem !== 'storage/version') return { ...loaded, flags: [] };
  const old = store.load(CLASS_RESULTS_KEY, (x) => (typeof x === 'string' ? x : undefined), '', 1);
  if (old.problem) return { ...loaded, flags: [] };
  const entries = splitCodes(old.value).map(
    ({ line, code }): ResultEntry => ({ source: String(line), decoded: decode(code) }),
  );
  const carried = addResults(emptyClassResults(), entries);
  return { value: carried.value, flags: carried.flags, migrated: true };
}

export function saveClassResults(store: RecordStore, record: ClassResults): SaveResult {
  return store.save(CLASS_RESULTS_KEY, record, CLASS_RESULTS_VERSION);
}
