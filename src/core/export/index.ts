/**
 * Exports for teachers' tools, one file per format. `exportText` writes the text formats; Kahoot's
 * .xlsx is written from `kahootRows` by src/export/kahootXlsx.ts (exceljs, loaded only when asked).
 */
import { questionsCsv } from './csv.ts';
import { giftFile } from './gift.ts';
import type { ExportItem, LeftOut } from './items.ts';
import { moodleXml } from './moodle.ts';
import { quizletText } from './quizlet.ts';
import type { AllExportWords } from './words.ts';
import { fileStem } from '../fold.ts';

export const EXPORT_FORMATS = ['moodle', 'gift', 'kahoot', 'quizlet', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type TextFormat = Exclude<ExportFormat, 'kahoot'>;

export const FORMAT_FILES: Record<ExportFormat, { ext: string; mime: string }> = {
  moodle: { ext: 'moodle.xml', mime: 'application/xml' },
  gift: { ext: 'gift.txt', mime: 'text/plain;charset=utf-8' },
  kahoot: { ext: 'kahoot.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  quizlet: { ext: 'quizlet.txt', mime: 'text/plain;charset=utf-8' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
};

export function isExportFormat(x: string): x is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(x);
}

/** A text format's file; these formats hold every question of the bank (nothing left out). */
export function exportText(
  format: TextFormat,
  items: readonly ExportItem[],
  words: AllExportWords,
  category: string,
): { text: string; leftOut: LeftOut[] } {
  switch (format) {
    case 'moodle':
      return { text: moodleXml(items, category), leftOut: [] };
    case 'gift':
      return { text: giftFile(items, words, category), leftOut: [] };
    case 'quizlet':
      return { text: quizletText(items), leftOut: [] };
    case 'csv':
      return { text: questionsCsv(items, words.csv), leftOut: [] };
  }
}

/** A file name: the round's title (letters and digits) and the format's extension. */
export function exportFileName(title: string, format: ExportFormat): string {
  return `${fileStem(title) || 'sahel-quiz'}.${FORMAT_FILES[format].ext}`;
}

export type { ExportItem, LeftOut } from './items.ts';
