/**
 * Opens the class results page (loaded only when a teacher asks for it). The class's results are
 * kept on this device round by round (core/results/classRecord.ts), so a reload, a language
 * change or pasting more codes loses nothing.
 */
import type { ContentPack, Question } from '../core/content/types.ts';
import {
  emptyClassList,
  loadClassList,
  removeClassList,
  saveClassList,
  type ClassListRecord,
} from '../core/classList/record.ts';
import { csvSeparatorFor } from '../core/csv.ts';
import {
  addResults,
  loadClassResults,
  sameResult,
  saveClassResults,
  type ClassResults,
} from '../core/results/classRecord.ts';
import { assignmentHash } from '../core/share/assignment.ts';
import { packRef, type PackRef } from '../core/share/packRef.ts';
import { decodeResultCode } from '../core/share/resultCode.ts';
import { problemMessageKey, type RecordStore } from '../core/storage/index.ts';
import { listSavedRounds } from '../core/teacher/savedRounds.ts';
import { currentLanguage, t } from '../i18n/index.ts';
import { decimalSeparatorIn } from '../i18n/format.ts';
import type { ClassResultsInput } from '../ui/screens/classResults/classResultsScreen.ts';
import type { Screen, ScreenId } from '../ports/screen.ts';
import { recordNotice } from './recordNotice.ts';
import { currentTexts, questionText } from '../i18n/texts.ts';

export interface ClassResultsHost {
  pack: ContentPack;
  records: RecordStore;
  question(id: string): Question | undefined;
  showScreen(screen: Screen, redraw: () => void, id: ScreenId): void;
  title(): void;
}

let input: ClassResultsInput | null = null;
let ref: PackRef | null = null;
let record: ClassResults | null = null;
let notice: string | null = null;
let classList: ClassListRecord | null = null;
let classListNotice: string | null = null;

/** Titles of the rounds this device knows (the teacher's saved rounds), by assignment hash. */
function knownTitles(host: ClassResultsHost): Map<string, string> {
  const titles = new Map<string, string>();
  for (const r of listSavedRounds(host.records, host.pack).rounds)
    if (r.assignment.title.trim()) titles.set(assignmentHash(r.assignment), r.assignment.title.trim());
  return titles;
}

export async function openClassResults(host: ClassResultsHost): Promise<void> {
  const { classResultsScreen } = await import('../ui/screens/classResults/classResultsScreen.ts');
  ref ??= packRef(host.pack);
  const packs = ref;
  if (!record) {
    const loaded = loadClassResults(host.records, (code) => decodeResultCode(code, packs));
    record = loaded.value;
    // Codes kept by the first version (one text box) are carried over; its text stays aside.
    if (loaded.migrated) saveClassResults(host.records, record);
    else if (loaded.problem) notice = recordNotice('classResults', loaded.problem);
  }
  if (!classList) {
    // The class's list, reused round after round, with the teacher's confirmations of near names.
    const loaded = loadClassList(host.records);
    classList = loaded.value;
    if (loaded.problem) classListNotice = recordNotice('classList', loaded.problem);
  }
  input ??= { codes: '', round: null, status: null };
  const state = input;
  const titles = knownTitles(host);
  const draw = (): void => {
    const lng = currentLanguage();
    host.showScreen(
      classResultsScreen({
        packs,
        question: host.question,
        texts: () => currentTexts(host.question),
        promptOf: (id) => {
          const q = host.question(id);
          return q ? questionText(q).prompt : t('classResults.unknownQuestion');
        },
        input: state,
        record: () => record ?? { rounds: [] },
        update: (next) => {
          record = next;
          const saved = saveClassResults(host.records, next);
          return saved.ok ? null : t(problemMessageKey(saved.problem));
        },
        titleOf: (hash) => titles.get(hash) ?? null,
        notice,
        csvSeparator: csvSeparatorFor(decimalSeparatorIn(lng)),
        decimal: decimalSeparatorIn(lng),
        classList: {
          record: () => classList ?? emptyClassList(),
          update: (next) => {
            classList = next;
            const saved = saveClassList(host.records, next);
            return saved.ok ? null : t(problemMessageKey(saved.problem));
          },
          remove: () => {
            const removed = removeClassList(host.records);
            if (!removed.ok) return t(problemMessageKey(removed.problem));
            classList = emptyClassList();
            classListNotice = null;
            return null;
          },
          notice: classListNotice,
        },
        home: () => host.title(),
      }),
      draw,
      'class-results',
    );
  };
  draw();
}

/**
 * Adds result codes to the class results (a live game's, with no pasting), after taking out the
 * results of `replacing` (the codes the same game added before), so sending again never doubles a
 * student. Goes through the same kept record as pasted codes.
 */
export function addClassResultCodes(
  host: Pick<ClassResultsHost, 'pack' | 'records'>,
  codes: readonly string[],
  replacing: readonly string[] = [],
): boolean {
  const packs = ref ?? packRef(host.pack);
  let next = record ?? loadClassResults(host.records, (code) => decodeResultCode(code, packs)).value;
  for (const code of replacing) {
    const old = decodeResultCode(code, packs);
    if (!old.ok) continue;
    next = {
      rounds: next.rounds.map((r) =>
        r.assignment === old.value.assignment
          ? { ...r, results: r.results.filter((x) => !sameResult(x, old.value)) }
          : r,
      ),
    };
  }
  const entries = codes.map((code, i) => ({ source: String(i + 1), decoded: decodeResultCode(code, packs) }));
  next = addResults(next, entries).value;
  const saved = saveClassResults(host.records, next);
  if (saved.ok) record = next;
  return saved.ok;
}
