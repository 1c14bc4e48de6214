/**
 * Kahoot's quiz template as an .xlsx, written with exceljs. Imported only when a teacher asks for
 * Kahoot (the builder loads this file on demand), so exceljs never reaches a student.
 */
import ExcelJS from 'exceljs';
import { KAHOOT_HEADER, KAHOOT_HEADER_ROW, type KahootRow } from '../core/export/kahoot.ts';

export async function kahootXlsx(rows: readonly KahootRow[], title: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.title = title;
  const sheet = book.addWorksheet('Sheet1');
  sheet.getCell('B2').value = 'Quiz template';
  sheet.getCell('B3').value = title;
  sheet.getRow(KAHOOT_HEADER_ROW).values = [...KAHOOT_HEADER];
  rows.forEach((r, i) => {
    const answers = [0, 1, 2, 3].map((n) => r.answers[n] ?? '');
    // Text cells as strings: a cell is never read as a formula, whatever the question says.
    sheet.getRow(KAHOOT_HEADER_ROW + 1 + i).values = [i + 1, r.question, ...answers, r.timeLimitS, r.correct.join(',')];
  });
  sheet.getColumn(2).width = 60;
  for (const c of [3, 4, 5, 6]) sheet.getColumn(c).width = 30;
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
