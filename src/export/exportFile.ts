/**
 * One export as a file's bytes or text, for the builder and `npm run export`. The .xlsx writer
 * (and exceljs with it) is imported only for Kahoot.
 */
import { exportText, type ExportFormat, type ExportItem, type LeftOut } from '../core/export/index.ts';
import { kahootRows } from '../core/export/kahoot.ts';
import type { AllExportWords } from '../core/export/words.ts';

export interface ExportedFile {
  data: string | Uint8Array;
  /** Questions written. */
  written: number;
  leftOut: LeftOut[];
}

export async function exportFile(
  format: ExportFormat,
  items: readonly ExportItem[],
  words: AllExportWords,
  title: string,
): Promise<ExportedFile> {
  if (format === 'kahoot') {
    const { rows, leftOut } = kahootRows(items, words);
    const { kahootXlsx } = await import('./kahootXlsx.ts');
    return { data: await kahootXlsx(rows, title), written: rows.length, leftOut };
  }
  const { text, leftOut } = exportText(format, items, words, title);
  return { data: text, written: items.length - leftOut.length, leftOut };
}
