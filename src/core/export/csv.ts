/**
 * A plain CSV of the questions (one row each): id, type, question, choices, answer, explanation with
 * its paragraphs. Fields go through the project's CSV writer, which guards against formulas; this is
 * the one place the export uses it.
 */
import { type CsvSeparator, csvText } from '../csv.ts';
import type { QuestionType } from '../content/types.ts';
import type { ExportItem } from './items.ts';

export interface CsvExportWords {
  columns: { id: string; type: string; prompt: string; choices: string; answer: string; explanation: string };
  type(t: QuestionType): string;
  listSeparator: string;
}

function choicesOf(item: ExportItem, sep: string): string {
  switch (item.kind) {
    case 'choice':
      return item.options.map((o) => o.text).join(sep);
    case 'matching':
      return item.pairs.map((p) => p.right).join(sep);
    case 'truefalse':
    case 'numeric':
    case 'ordering':
      return '';
  }
}

export function questionsCsv(items: readonly ExportItem[], w: CsvExportWords, separator: CsvSeparator = ','): string {
  const c = w.columns;
  const rows = [[c.id, c.type, c.prompt, c.choices, c.answer, c.explanation]];
  for (const i of items) {
    const prompt = i.note ? `${i.prompt} (${i.note})` : i.prompt;
    rows.push([i.id, w.type(i.source), prompt, choicesOf(i, w.listSeparator), i.answerText, i.feedback]);
  }
  return csvText(rows, separator);
}
