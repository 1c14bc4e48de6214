/**
 * The class results page's output: the round chosen, its grid, questions and hardest questions,
 * the CSV export and the confirmed "remove a student" and "clear this round".
 */
import { responseText } from '../../../core/content/describe.ts';
import { CSV_BOM, type CsvSeparator } from '../../../core/csv.ts';
import { classTableCsv, type ClassTable, type StudentRow } from '../../../core/results/classTable.ts';
import { t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import { downloadText } from '../../download.ts';
import { gridOf, hardestList, markText, questionList, scaleText, type GridDeps } from './classGrid.ts';
import type { ClassResultsController } from './classResultsController.ts';
import { confirmThen, separatorChoice } from './notes.ts';

export interface OutputDeps extends Omit<GridDeps, 'remove'> {
  c: ClassResultsController;
  /** The round's title, or the words for a round with none. */
  titleOf(hash: string): string;
  /** How the CSV is separated by default: ';' for a language with a decimal comma. */
  csvSeparator: CsvSeparator;
  /** The language's decimal mark, for seconds in the CSV. */
  decimal: string;
  /** Redraws the page after a change, saying `message` in the status line (or what was added). */
  redraw(message?: string | null): void;
  /** Says a message in the status line and moves the focus to the page's heading. */
  done(message: string): void;
  /** Told which table is drawn (the class list panel marks who sent a result). */
  shown(table: ClassTable): void;
}

function exportCsv(d: OutputDeps, table: ClassTable): void {
  const texts = d.texts();
  const csv = classTableCsv(
    table,
    {
      name: t('classResults.csvName'),
      score: t('classResults.score'),
      correct: t('classResults.right'),
      timeScale: t('classResults.timer'),
      answerHeader: (n, id) => t('keep.classResults.csvQuestion', { n, question: d.promptOf(id) }),
      markHeader: (n) => t('classResults.csvMark', { n }),
      timeHeader: (n) => t('classResults.csvTime', { n }),
      mark: markText,
      scale: scaleText,
      answer: (id, a) => {
        const q = d.question(id);
        return q ? responseText(q, a.response, texts) : t('classResults.unknownQuestion');
      },
      seconds: (ms) => (Math.round(ms / 100) / 10).toFixed(1).replace('.', d.decimal),
      classRow: t('classResults.csvClass'),
      percent: (r) => `${Math.round(r * 100)}%`,
    },
    d.c.input.separator ?? d.csvSeparator,
  );
  downloadText(`sahel-quiz-results-${table.assignment ?? 'class'}.csv`, CSV_BOM + csv, 'text/csv;charset=utf-8');
}

function askRemove(out: HTMLElement, d: OutputDeps, table: ClassTable, row: StudentRow, from: HTMLElement | null) {
  const hash = table.assignment;
  const id = row.id;
  if (hash === null || id === undefined) return;
  confirmThen(
    out,
    t('keep.classResults.confirmRemove', { name: row.name }),
    () => {
      const problem = d.c.removeResult(hash, id);
      d.redraw(problem);
      d.done(problem ?? t('keep.classResults.removed', { name: row.name }));
    },
    from,
  );
}

function askClear(out: HTMLElement, d: OutputDeps, table: ClassTable, from: HTMLElement): void {
  const hash = table.assignment;
  if (hash === null) return;
  const title = d.titleOf(hash);
  confirmThen(
    out,
    t('keep.classResults.confirmClear', { count: table.students.length, title }),
    () => {
      const problem = d.c.clearRound(hash);
      d.redraw(problem);
      d.done(problem ?? t('keep.classResults.cleared', { title }));
    },
    from,
  );
}

function roundChoice(d: OutputDeps, table: ClassTable, show: () => void): HTMLElement {
  const select = h(
    'select',
    { id: 'round-choice', 'data-testid': 'round-choice' },
    ...table.rounds.map((r) =>
      h(
        'option',
        { value: r.assignment, selected: r.assignment === table.assignment },
        t('keep.classResults.roundOption', { title: d.titleOf(r.assignment), hash: r.assignment, count: r.count }),
      ),
    ),
  );
  select.addEventListener('change', () => {
    d.c.chooseRound(select.value);
    show();
  });
  return h('p', { class: 'round-choice' }, h('label', { for: 'round-choice' }, t('classResults.round')), ' ', select);
}

/** Draws the table of the round shown into `out`. */
export function renderOutput(out: HTMLElement, d: OutputDeps, table: ClassTable): void {
  d.shown(table);
  const parts: (Node | null)[] = [];
  if (table.rounds.length > 1) parts.push(roundChoice(d, table, () => renderOutput(out, d, d.c.table())));
  if (table.students.length === 0 || table.assignment === null) {
    parts.push(h('p', { class: 'empty', 'data-testid': 'results-empty' }, t('classResults.empty')));
    replace(out, ...parts);
    return;
  }
  const hash = table.assignment;
  parts.push(
    h(
      'p',
      { class: 'round-summary', 'data-testid': 'round-summary' },
      t('keep.classResults.summary', { count: table.students.length, title: d.titleOf(hash), hash }),
    ),
  );
  const grid: GridDeps = {
    ...d,
    remove: (row) => askRemove(out, d, table, row, document.activeElement as HTMLElement),
  };
  parts.push(gridOf(grid, table), questionList(grid, table), hardestList(grid, table));
  const clear = button(t('keep.classResults.clearRound'), () => askClear(out, d, table, clear), {
    class: 'secondary',
    'data-testid': 'clear-round',
  });
  parts.push(
    h(
      'div',
      { class: 'actions' },
      button(t('classResults.csv'), () => exportCsv(d, table), { class: 'primary', 'data-testid': 'export-csv' }),
      clear,
    ),
    separatorChoice(d.c.input.separator ?? d.csvSeparator, (sep) => d.c.setSeparator(sep)),
  );
  replace(out, ...parts);
}
