/**
 * Kahoot's spreadsheet import ("Import spreadsheet", its quiz template): one row per question with
 * up to four answers, a time limit from Kahoot's list and the right answer's number(s). Kahoot holds
 * only choice and true/false questions, a question of at most 120 characters and answers of at most
 * 75: the rest is left out and counted. Pure rows here; src/export/kahootXlsx.ts writes the .xlsx.
 */
import { oneLine, type ExportItem, type ExportWords, type LeftOut } from './items.ts';

export const KAHOOT_LIMITS = { question: 120, answer: 75, answers: 4 } as const;
export const KAHOOT_TIMES = [5, 10, 20, 30, 60, 90, 120, 240] as const;

/** The template's row of column titles (row 8; the quiz starts on row 9). */
export const KAHOOT_HEADER = [
  '',
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
] as const;
export const KAHOOT_HEADER_ROW = 8;

export interface KahootRow {
  question: string;
  answers: string[];
  timeLimitS: (typeof KAHOOT_TIMES)[number];
  /** 1-based numbers of the right answers. */
  correct: number[];
}

/** The nearest time Kahoot offers (no limit → its longest). */
export function kahootTime(seconds: number | null): KahootRow['timeLimitS'] {
  if (seconds === null) return 240;
  let best: KahootRow['timeLimitS'] = KAHOOT_TIMES[0];
  for (const t of KAHOOT_TIMES) if (Math.abs(t - seconds) < Math.abs(best - seconds)) best = t;
  return best;
}

const length = (s: string) => [...s].length;

export function kahootRows(
  items: readonly ExportItem[],
  words: Pick<ExportWords, 'trueWord' | 'falseWord'>,
): { rows: KahootRow[]; leftOut: LeftOut[] } {
  const rows: KahootRow[] = [];
  const leftOut: LeftOut[] = [];
  for (const i of items) {
    // Map questions asked as names are choices too, but their note would not fit: the game's own types only.
    const native = (i.kind === 'choice' && i.source === 'choice' && !i.multiple) || i.kind === 'truefalse';
    if (!native) {
      leftOut.push({ id: i.id, source: i.source, reason: 'type' });
      continue;
    }
    const question = oneLine(i.prompt);
    const options =
      i.kind === 'truefalse'
        ? [
            { text: words.trueWord, correct: i.answer },
            { text: words.falseWord, correct: !i.answer },
          ]
        : i.kind === 'choice'
          ? i.options.map((o) => ({ text: oneLine(o.text), correct: o.correct }))
          : [];
    if (
      length(question) > KAHOOT_LIMITS.question ||
      options.length > KAHOOT_LIMITS.answers ||
      options.some((o) => length(o.text) > KAHOOT_LIMITS.answer)
    ) {
      leftOut.push({ id: i.id, source: i.source, reason: 'tooLong' });
      continue;
    }
    rows.push({
      question,
      answers: options.map((o) => o.text),
      timeLimitS: kahootTime(i.timeLimitS),
      correct: options.flatMap((o, n) => (o.correct ? [n + 1] : [])),
    });
  }
  return { rows, leftOut };
}
