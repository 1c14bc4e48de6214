/**
 * The export's words from the UI strings (locales/<lng>/ui.json), one function for the browser
 * (i18next's t) and the command line (scripts/export.ts): pass a lookup that fills {{vars}} and
 * picks the plural form from `count`.
 */
import type { Texts } from '../content/describe.ts';
import type { Question, QuestionType } from '../content/types.ts';
import type { CsvExportWords } from './csv.ts';
import type { ExportWords } from './items.ts';

/** The UI texts the export reads (each in locales/en/ui.json: tsc checks them where a typed lookup is passed in). */
export type ExportUiKey =
  | 'feedback.source'
  | 'feedback.sourceContext'
  | 'feedback.contextOnly'
  | 'teacherExport.mapNote'
  | 'teacherExport.position'
  | 'teacherExport.choicesColumn'
  | `answerKey.columns.${'id' | 'type' | 'prompt' | 'answer' | 'explanation'}`
  | `answerKey.types.${QuestionType}`;

export type UiLookup = (key: ExportUiKey, vars?: Record<string, string | number>) => string;

export interface AllExportWords extends ExportWords {
  csv: CsvExportWords;
}

export function exportWords(ui: UiLookup, texts: Texts): AllExportWords {
  const sep = texts.word('listSeparator');
  return {
    source(q: Question) {
      const paragraphs = q.paragraphs.map((p) => texts.formatNumber(p)).join(sep);
      if (q.context) return paragraphs ? ui('feedback.sourceContext', { paragraphs }) : ui('feedback.contextOnly');
      return paragraphs ? ui('feedback.source', { count: q.paragraphs.length, paragraphs }) : '';
    },
    mapNote: ui('teacherExport.mapNote'),
    position: (n) => ui('teacherExport.position', { n: texts.formatNumber(n) }),
    trueWord: texts.word('true'),
    falseWord: texts.word('false'),
    csv: {
      columns: {
        id: ui('answerKey.columns.id'),
        type: ui('answerKey.columns.type'),
        prompt: ui('answerKey.columns.prompt'),
        choices: ui('teacherExport.choicesColumn'),
        answer: ui('answerKey.columns.answer'),
        explanation: ui('answerKey.columns.explanation'),
      },
      type: (t: QuestionType) => ui(`answerKey.types.${t}`),
      listSeparator: sep,
    },
  };
}
