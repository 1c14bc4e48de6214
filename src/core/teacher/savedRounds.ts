/**
 * The teacher's saved rounds, kept in the browser through the RecordStore: one record per round
 * (`teacher-round/<id>`), so a damaged record is skipped and counted, never taking the others
 * with it. Also the round file a teacher exports and imports. Pure: storage comes in.
 */
import { packTopics } from '../content/pack.ts';
import type { ContentPack } from '../content/types.ts';
import { validateAssignment, type Assignment } from '../share/assignment.ts';
import { isRecord } from '../share/ids.ts';
import type { RecordStore, SaveResult, StorageProblem } from '../storage/index.ts';
import { formFromAssignment, formToAssignment, normalizeForm, type RoundForm } from './roundForm.ts';
import { fileStem } from '../fold.ts';

export const SAVED_ROUND_PREFIX = 'teacher-round/';
export const SAVED_ROUND_RECORD_VERSION = 1;
const ID = /^[a-z0-9]{4,32}$/;

export interface SavedTeacherRound {
  id: string;
  /** When it was last saved (ms since 1970). */
  savedAt: number;
  assignment: Assignment;
  /** The form that made it (filters, draw seed), so editing starts where the teacher left off. */
  form: RoundForm;
}

export interface SavedList {
  /** Newest first. */
  rounds: SavedTeacherRound[];
  /** Records that could not be read (damaged, another version, questions no longer in the bank). */
  damaged: number;
}

function equalAssignments(a: Assignment, b: Assignment): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Checks a saved round read back: the assignment must be valid and its questions in today's bank;
 * the form is kept only if it still makes exactly that assignment (else a hand-picked form of it).
 */
export function validateSavedTeacherRound(x: unknown, pack: ContentPack): SavedTeacherRound | undefined {
  if (!isRecord(x) || typeof x.id !== 'string' || !ID.test(x.id)) return undefined;
  if (typeof x.savedAt !== 'number' || !Number.isFinite(x.savedAt)) return undefined;
  const assignment = validateAssignment(x.assignment);
  if (!assignment || !inPack(assignment, pack)) return undefined;
  const fallbackSeed = 0;
  let form = normalizeForm(x.form, fallbackSeed, packTopics(pack));
  const remade = form ? formToAssignment(form, pack) : null;
  if (!form || !remade?.ok || !equalAssignments(remade.value, assignment))
    form = formFromAssignment(assignment, fallbackSeed);
  return { id: x.id, savedAt: x.savedAt, assignment, form };
}

function inPack(a: Assignment, pack: ContentPack): boolean {
  const known = new Set(pack.questions.map((q) => q.id));
  return a.questionIds.every((id) => known.has(id));
}

export function listSavedRounds(store: RecordStore, pack: ContentPack): SavedList {
  const rounds: SavedTeacherRound[] = [];
  let damaged = 0;
  for (const key of store.keys()) {
    if (!key.startsWith(SAVED_ROUND_PREFIX)) continue;
    const id = key.slice(SAVED_ROUND_PREFIX.length);
    const loaded = store.load(
      key,
      (d) => {
        const r = validateSavedTeacherRound(d, pack);
        return r && r.id === id ? r : undefined;
      },
      undefined,
      SAVED_ROUND_RECORD_VERSION,
      // Each round is its own key and is never saved over while unreadable: it stays where it is.
      { aside: false },
    );
    if (loaded.value) rounds.push(loaded.value);
    else damaged++;
  }
  rounds.sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
  return { rounds, damaged };
}

export function saveRound(store: RecordStore, round: SavedTeacherRound): SaveResult {
  if (!ID.test(round.id)) return { ok: false, problem: 'storage/invalid' };
  return store.save(SAVED_ROUND_PREFIX + round.id, round, SAVED_ROUND_RECORD_VERSION);
}

export function deleteRound(store: RecordStore, id: string): SaveResult {
  return store.remove(SAVED_ROUND_PREFIX + id);
}

/** A copy under a new id, saved now; the title says it is a copy (cut to fit the title limit). */
export function duplicateRound(
  store: RecordStore,
  round: SavedTeacherRound,
  newId: string,
  now: number,
  copyTitle: (title: string) => string,
): { ok: true; value: SavedTeacherRound } | { ok: false; problem: StorageProblem } {
  const title = [...copyTitle(round.assignment.title)].slice(0, 80).join('');
  const assignment = validateAssignment({ ...round.assignment, title }) ?? round.assignment;
  const copy: SavedTeacherRound = {
    id: newId,
    savedAt: now,
    assignment,
    form: { ...round.form, title: assignment.title },
  };
  const saved = saveRound(store, copy);
  return saved.ok ? { ok: true, value: copy } : { ok: false, problem: saved.problem };
}

/** A new record id: 12 base-36 symbols from a source of random 32-bit numbers. */
export function newRoundId(random32: () => number): string {
  let s = '';
  while (s.length < 12) s += (random32() >>> 0).toString(36).padStart(7, '0').slice(-6);
  return s.slice(0, 12);
}

// ---- Round files -------------------------------------------------------------------------

export const ROUND_FILE_FORMAT = 'sahel-quiz-round';
/** Largest file read at all; a real round file is well under 4 KB. */
export const ROUND_FILE_MAX_BYTES = 64 * 1024;

export type RoundFileError =
  | 'builder.import.tooLarge'
  | 'builder.import.notJson'
  | 'builder.import.notRound'
  | 'builder.import.unknownQuestions';

export interface RoundFile {
  format: typeof ROUND_FILE_FORMAT;
  v: 1;
  round: Assignment;
}

export function roundFileText(a: Assignment): string {
  return `${JSON.stringify({ format: ROUND_FILE_FORMAT, v: 1, round: a } satisfies RoundFile, null, 2)}\n`;
}

/** A file name from the round's title: letters and digits kept, the rest a dash. */
export function roundFileName(a: Assignment, fallback: string): string {
  return `${fileStem(a.title || fallback) || 'round'}.sahel-round.json`;
}

/** Reads a round file (its size in bytes is checked first). Never throws. */
export function parseRoundFile(
  text: string,
  sizeBytes: number,
  pack: ContentPack,
): { ok: true; value: Assignment } | { ok: false; error: RoundFileError } {
  if (sizeBytes > ROUND_FILE_MAX_BYTES || text.length > ROUND_FILE_MAX_BYTES)
    return { ok: false, error: 'builder.import.tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'builder.import.notJson' };
  }
  if (!isRecord(data) || data.format !== ROUND_FILE_FORMAT || data.v !== 1)
    return { ok: false, error: 'builder.import.notRound' };
  const a = validateAssignment(data.round);
  if (!a) return { ok: false, error: 'builder.import.notRound' };
  if (!inPack(a, pack)) return { ok: false, error: 'builder.import.unknownQuestions' };
  return { ok: true, value: a };
}
