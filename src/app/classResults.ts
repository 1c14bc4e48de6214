/**
 * Opens the class results page (loaded only when a teacher asks for it). The class's results are
 * kept on this device round by round (core/results/classRecord.ts); the page's state is one
 * ClassResultsController per device store, so a reload, a language change or pasting more codes
 * loses nothing.
 */
import type { ContentPack, Question } from '../core/content/types.ts';
import { csvSeparatorFor } from '../core/csv.ts';
import { assignmentHash } from '../core/share/assignment.ts';
import type { RecordStore } from '../core/storage/index.ts';
import { listSavedRounds } from '../core/teacher/savedRounds.ts';
import { decimalSeparatorIn } from '../i18n/format.ts';
import { currentLanguage, t } from '../i18n/index.ts';
import { ClassResultsController } from '../ui/screens/classResults/classResultsController.ts';
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

/** The page's state, one per device store, made when first needed. */
const controllers = new WeakMap<RecordStore, ClassResultsController>();

function controllerFor(host: Pick<ClassResultsHost, 'pack' | 'records'>): ClassResultsController {
  let c = controllers.get(host.records);
  if (!c) {
    c = new ClassResultsController(host.records, host.pack);
    controllers.set(host.records, c);
  }
  return c;
}

/** Titles of the rounds this device knows (the teacher's saved rounds), by assignment hash. */
function knownTitles(host: ClassResultsHost): Map<string, string> {
  const titles = new Map<string, string>();
  for (const r of listSavedRounds(host.records, host.pack).rounds)
    if (r.assignment.title.trim()) titles.set(assignmentHash(r.assignment), r.assignment.title.trim());
  return titles;
}

export async function openClassResults(host: ClassResultsHost): Promise<void> {
  const { classResultsScreen } = await import('../ui/screens/classResults/classResultsScreen.ts');
  const c = controllerFor(host);
  const titles = knownTitles(host);
  const draw = (): void => {
    const lng = currentLanguage();
    host.showScreen(
      classResultsScreen({
        c,
        question: host.question,
        texts: () => currentTexts(host.question),
        promptOf: (id) => {
          const q = host.question(id);
          return q ? questionText(q).prompt : t('classResults.unknownQuestion');
        },
        titleOf: (hash) => titles.get(hash) ?? null,
        notice: c.resultsProblem ? recordNotice('classResults', c.resultsProblem) : null,
        classListNotice: c.classListProblem ? recordNotice('classList', c.classListProblem) : null,
        csvSeparator: csvSeparatorFor(decimalSeparatorIn(lng)),
        decimal: decimalSeparatorIn(lng),
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
  return controllerFor(host).addCodes(codes, replacing);
}
