/**
 * Quizlet's import box ("Import from Word, Excel, Google Docs…"): one card a line, the term and its
 * definition separated by a tab. Term = the question (map questions carry their note), definition =
 * the right answer, then the explanation.
 */
import { oneLine, type ExportItem } from './items.ts';

export function quizletText(items: readonly ExportItem[]): string {
  return items
    .map((i) => {
      const term = oneLine(i.prompt);
      const definition = oneLine(i.feedback ? `${i.answerText} — ${i.feedback}` : i.answerText);
      return `${term}\t${definition}\n`;
    })
    .join('');
}
