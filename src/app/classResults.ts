/**
 * Opens the class results page (loaded only when a teacher asks for it). What the teacher pasted
 * is remembered on this device, so a reload or a language change loses nothing.
 */
import type { ContentPack, Question } from '../core/content/types.ts';
import { packRef, type PackRef } from '../core/share/packRef.ts';
import type { RecordStore } from '../core/storage/index.ts';
import { t } from '../i18n/index.ts';
import type { ClassResultsInput } from '../ui/screens/classResults/classResultsScreen.ts';
import type { Screen } from '../ui/screens/screen.ts';
import { currentTexts, questionText } from './texts.ts';

const KEY = 'class-results';
const MAX_SAVED_CHARS = 100_000;

export interface ClassResultsHost {
  pack: ContentPack;
  records: RecordStore;
  question(id: string): Question | undefined;
  showScreen(screen: Screen, redraw: () => void, ready: string): void;
  title(): void;
}

let input: ClassResultsInput | null = null;
let ref: PackRef | null = null;

function savedCodes(records: RecordStore): string {
  return records.load(KEY, (x) => (typeof x === 'string' && x.length <= MAX_SAVED_CHARS ? x : undefined), '').value;
}

export async function openClassResults(host: ClassResultsHost): Promise<void> {
  const { classResultsScreen } = await import('../ui/screens/classResults/classResultsScreen.ts');
  input ??= { codes: savedCodes(host.records), files: [], round: null };
  ref ??= packRef(host.pack);
  const state = input;
  const packs = ref;
  const draw = (): void =>
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
        changed: () => {
          if (state.codes.length <= MAX_SAVED_CHARS) host.records.save(KEY, state.codes);
        },
        home: () => host.title(),
      }),
      draw,
      'class-results',
    );
  draw();
}

/**
 * Adds result codes to the class results (a live game's, with no pasting), after taking out
 * `replacing` (the codes the same game added before), so sending again never doubles a student.
 */
export function addClassResultCodes(
  records: RecordStore,
  codes: readonly string[],
  replacing: readonly string[] = [],
): boolean {
  const gone = new Set(replacing);
  const current = input?.codes ?? savedCodes(records);
  const kept = current.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '' && !gone.has(line.trim()));
  const text = [...kept, ...codes].join('\n');
  if (text.length > MAX_SAVED_CHARS) return false;
  if (input) input.codes = text;
  return records.save(KEY, text).ok;
}
