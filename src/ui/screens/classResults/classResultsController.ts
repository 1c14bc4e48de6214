/**
 * The class results page without its DOM: the class's results and class list as kept on this
 * device, the codes typed but not read yet, the round shown, the CSV separator chosen, and the
 * intents (read codes, read files, remove a student, clear a round, add a live game's codes).
 * One per device store (see app/classResults.ts), so a redraw, a language change or pasting more
 * codes loses nothing. Unit-tested in plain node (test/unit/class-results-controller.test.ts).
 */
import {
  emptyClassList,
  loadClassList,
  removeClassList,
  saveClassList,
  type ClassListRecord,
} from '../../../core/classList/record.ts';
import type { CsvSeparator } from '../../../core/csv.ts';
import type { ContentPack } from '../../../core/content/types.ts';
import {
  addResults,
  clearRound,
  loadClassResults,
  removeResult,
  roundTable,
  sameResult,
  saveClassResults,
  type ClassResults,
} from '../../../core/results/classRecord.ts';
import { splitCodes, type ClassTable, type Flag, type ResultEntry } from '../../../core/results/classTable.ts';
import { packRefs, type PackRefs } from '../../../core/share/packRef.ts';
import { decodeResultCode } from '../../../core/share/resultCode.ts';
import { RESULT_FILE_LIMITS, decodeResultFile } from '../../../core/share/resultFile.ts';
import type { RecordStore, StorageProblem } from '../../../core/storage/index.ts';
import { errorMessage } from '../../../i18n/errorMessages.ts';
import { t } from '../../../i18n/index.ts';

/** What the page holds between redraws (a language change redraws it): the draft and the choices. */
export interface ClassResultsInput {
  /** Codes typed or pasted but not read yet. */
  codes: string;
  /** The round shown (assignment hash), or null for the first. */
  round: string | null;
  /** The teacher's choice of CSV separator; null = the one of the language. */
  separator: CsvSeparator | null;
  /** What the last reading said, and what it left out. */
  status: { added: number; flags: Flag[] } | null;
}

/** A file the teacher chose or dropped: its name, size, and its text when read. */
export interface ResultFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export class ClassResultsController {
  readonly packs: PackRefs;
  readonly input: ClassResultsInput = { codes: '', round: null, separator: null, status: null };
  /** What went wrong reading the kept results (said at the top), if anything. */
  readonly resultsProblem: StorageProblem | null = null;
  /** What went wrong reading the kept class list (said in its panel until it is replaced), if anything. */
  classListProblem: StorageProblem | null = null;
  private results: ClassResults;
  private list: ClassListRecord;

  constructor(
    private readonly records: RecordStore,
    pack: ContentPack,
  ) {
    const packs = packRefs(pack);
    this.packs = packs;
    const loaded = loadClassResults(records, (code) => decodeResultCode(code, packs));
    this.results = loaded.value;
    // Codes kept by the first version (one text box) are carried over; its text stays aside.
    if (loaded.migrated) saveClassResults(records, this.results);
    else if (loaded.problem) this.resultsProblem = loaded.problem;
    // The class's list, reused round after round, with the teacher's confirmations of near names.
    const list = loadClassList(records);
    this.list = list.value;
    if (list.problem) this.classListProblem = list.problem;
  }

  record(): ClassResults {
    return this.results;
  }

  /** The table of the round shown (the first one when none was chosen). */
  table(): ClassTable {
    return roundTable(this.results, this.input.round);
  }

  /** Keeps a new version of the record; a message when it could not be saved (kept in memory then). */
  private update(next: ClassResults): string | null {
    this.results = next;
    const saved = saveClassResults(this.records, next);
    return saved.ok ? null : errorMessage(saved.problem);
  }

  /** Adds results; the round of the first one added is shown. A message when they could not be kept. */
  add(entries: ResultEntry[]): string | null {
    const result = addResults(this.results, entries);
    const problem = this.update(result.value);
    const first = result.added[0];
    if (first) this.input.round = first.assignment;
    this.input.status = { added: result.added.length, flags: result.flags };
    return problem;
  }

  /** Reads the codes in the box, one a line; the box is then cleared for the next ones. */
  readCodes(): string | null {
    const entries = splitCodes(this.input.codes).map(
      ({ line, code }): ResultEntry => ({
        source: t('classResults.line', { n: line }),
        decoded: decodeResultCode(code, this.packs),
      }),
    );
    this.input.codes = '';
    return this.add(entries);
  }

  /** Reads result files; a file far larger than any result is not read at all. */
  async readFiles(files: readonly ResultFile[]): Promise<string | null> {
    const entries: ResultEntry[] = [];
    for (const f of files) {
      const text =
        f.size > RESULT_FILE_LIMITS.maxChars * 4
          ? 'x'.repeat(RESULT_FILE_LIMITS.maxChars + 1)
          : await f.text().catch(() => '');
      entries.push({ source: f.name, decoded: decodeResultFile(text, this.packs) });
    }
    return this.add(entries);
  }

  setSeparator(sep: CsvSeparator): void {
    this.input.separator = sep;
  }

  chooseRound(hash: string): void {
    this.input.round = hash;
  }

  /** Takes one student's result out of a round (the teacher confirmed). */
  removeResult(round: string, id: number): string | null {
    this.input.status = null;
    return this.update(removeResult(this.results, round, id));
  }

  /** Empties a round (the teacher confirmed); the first round left is shown. */
  clearRound(round: string): string | null {
    this.input.round = null;
    this.input.status = null;
    return this.update(clearRound(this.results, round));
  }

  /**
   * Adds result codes (a live game's, with no pasting), after taking out the results of
   * `replacing` (the codes the same game added before), so sending again never doubles a student.
   * False when they could not be kept.
   */
  addCodes(codes: readonly string[], replacing: readonly string[] = []): boolean {
    let next = this.results;
    for (const code of replacing) {
      const old = decodeResultCode(code, this.packs);
      if (!old.ok) continue;
      next = {
        rounds: next.rounds.map((r) =>
          r.assignment === old.value.assignment
            ? { ...r, results: r.results.filter((x) => !sameResult(x, old.value)) }
            : r,
        ),
      };
    }
    const entries = codes.map((code, i) => ({ source: String(i + 1), decoded: decodeResultCode(code, this.packs) }));
    next = addResults(next, entries).value;
    const saved = saveClassResults(this.records, next);
    if (saved.ok) this.results = next;
    return saved.ok;
  }

  // ---- The class list ------------------------------------------------------------------------

  classList(): ClassListRecord {
    return this.list;
  }

  updateClassList(next: ClassListRecord): string | null {
    this.list = next;
    const saved = saveClassList(this.records, next);
    return saved.ok ? null : errorMessage(saved.problem);
  }

  removeClassList(): string | null {
    const removed = removeClassList(this.records);
    if (!removed.ok) return errorMessage(removed.problem);
    this.list = emptyClassList();
    this.classListProblem = null;
    return null;
  }
}
