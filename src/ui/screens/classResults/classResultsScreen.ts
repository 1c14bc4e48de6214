import { responseText } from '../../../core/content/describe.ts';
import { CSV_BOM, type CsvSeparator } from '../../../core/csv.ts';
import {
  addResults,
  clearRound,
  removeResult,
  roundTable,
  type ClassResults,
} from '../../../core/results/classRecord.ts';
import {
  classTableCsv,
  splitCodes,
  type ClassTable,
  type Flag,
  type ResultEntry,
  type StudentRow,
} from '../../../core/results/classTable.ts';
import type { PackRefs } from '../../../core/share/packRef.ts';
import { decodeResultCode } from '../../../core/share/resultCode.ts';
import { RESULT_FILE_LIMITS, decodeResultFile } from '../../../core/share/resultFile.ts';
import { t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import { downloadText } from '../../download.ts';
import type { Screen } from '../../../ports/screen.ts';
import { gridOf, hardestList, markText, questionList, scaleText, type GridDeps } from './classGrid.ts';
import { confirmThen, flagList, separatorChoice } from './notes.ts';
import { classListPanel, type ClassListDeps } from './classListPanel.ts';
import './classResults.css';

/** What the page holds between redraws (a language change redraws it): the draft and the choices. */
export interface ClassResultsInput {
  /** Codes typed or pasted but not read yet. */
  codes: string;
  /** The round shown (assignment hash), or null for the first. */
  round: string | null;
  /** The teacher's choice of CSV separator; null = the one of the language (see csvSeparator). */
  separator?: CsvSeparator | null;
  /** What the last reading said, and what it left out. */
  status: { added: number; flags: Flag[] } | null;
}

export interface ClassResultsDeps extends Omit<GridDeps, 'remove'> {
  packs: PackRefs;
  input: ClassResultsInput;
  /** The class's results as kept on this device. */
  record(): ClassResults;
  /** Keeps a new version of the record; returns a message when it could not be saved. */
  update(next: ClassResults): string | null;
  /** The round's title where this device knows it (the teacher's saved rounds). */
  titleOf(assignment: string): string | null;
  /** Said once at the top (a stored record that could not be read whole). */
  notice: string | null;
  /** How the CSV is separated: ';' for a language with a decimal comma. */
  csvSeparator: CsvSeparator;
  /** The language's decimal mark, for seconds in the CSV. */
  decimal: string;
  /** The class list and the teacher's confirmations, kept on this device. */
  classList: ClassListDeps;
  home(): void;
}

/** The class results page: paste codes, drop files, read the table round by round, export CSV. */
export function classResultsScreen(d: ClassResultsDeps): Screen {
  const codes = h('textarea', {
    id: 'result-codes',
    rows: '6',
    spellcheck: 'false',
    autocomplete: 'off',
    'data-testid': 'codes',
  });
  codes.value = d.input.codes;
  codes.addEventListener('input', () => (d.input.codes = codes.value));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'results-status' });
  const fileInput = h('input', {
    type: 'file',
    id: 'result-files',
    multiple: true,
    accept: '.json,application/json',
    'data-testid': 'result-files',
  });
  const drop = h(
    'div',
    { class: 'drop-zone', 'data-testid': 'drop-zone' },
    h('label', { for: 'result-files', class: 'file-label' }, t('classResults.files')),
    fileInput,
    h('span', { class: 'hint' }, t('classResults.drop')),
  );
  const flagsBox = h('div', {});
  const output = h('div', { class: 'results-output', 'data-testid': 'results-output' });
  const roster = classListPanel(d.classList);
  const heading = h('h1', { tabindex: '-1' }, t('classResults.title'));
  const titleOf = (hash: string) => d.titleOf(hash) ?? t('keep.classResults.untitled');

  function add(entries: ResultEntry[]): void {
    const result = addResults(d.record(), entries);
    const problem = d.update(result.value);
    const first = result.added[0];
    if (first) d.input.round = first.assignment;
    d.input.status = { added: result.added.length, flags: result.flags };
    draw(problem);
  }

  function draw(problem: string | null = null): void {
    const s = d.input.status;
    status.textContent = [s ? t('classResults.added', { count: s.added }) : '', problem ?? ''].join(' ').trim();
    replace(flagsBox, s && s.flags.length ? flagList(s.flags) : null);
    render(roundTable(d.record(), d.input.round));
  }

  function askRemove(table: ClassTable, row: StudentRow, from: HTMLElement | null): void {
    const hash = table.assignment;
    if (hash === null || row.id === undefined) return;
    const id = row.id;
    confirmThen(
      output,
      t('keep.classResults.confirmRemove', { name: row.name }),
      () => {
        const problem = d.update(removeResult(d.record(), hash, id));
        d.input.status = null;
        draw(problem);
        status.textContent = problem ?? t('keep.classResults.removed', { name: row.name });
        heading.focus();
      },
      from,
    );
  }

  function askClear(table: ClassTable, from: HTMLElement): void {
    const hash = table.assignment;
    if (hash === null) return;
    const title = titleOf(hash);
    confirmThen(
      output,
      t('keep.classResults.confirmClear', { count: table.students.length, title }),
      () => {
        const problem = d.update(clearRound(d.record(), hash));
        d.input.round = null;
        d.input.status = null;
        draw(problem);
        status.textContent = problem ?? t('keep.classResults.cleared', { title });
        heading.focus();
      },
      from,
    );
  }

  function roundChoice(table: ClassTable): HTMLElement {
    const select = h(
      'select',
      { id: 'round-choice', 'data-testid': 'round-choice' },
      ...table.rounds.map((r) =>
        h(
          'option',
          { value: r.assignment, selected: r.assignment === table.assignment },
          t('keep.classResults.roundOption', { title: titleOf(r.assignment), hash: r.assignment, count: r.count }),
        ),
      ),
    );
    select.addEventListener('change', () => {
      d.input.round = select.value;
      render(roundTable(d.record(), d.input.round));
    });
    return h('p', { class: 'round-choice' }, h('label', { for: 'round-choice' }, t('classResults.round')), ' ', select);
  }

  function render(table: ClassTable): void {
    roster.update(table.students.map((s) => s.name));
    const parts: (Node | null)[] = [];
    if (table.rounds.length > 1) parts.push(roundChoice(table));
    if (table.students.length === 0 || table.assignment === null) {
      parts.push(h('p', { class: 'empty', 'data-testid': 'results-empty' }, t('classResults.empty')));
      replace(output, ...parts);
      return;
    }
    const hash = table.assignment;
    parts.push(
      h(
        'p',
        { class: 'round-summary', 'data-testid': 'round-summary' },
        t('keep.classResults.summary', { count: table.students.length, title: titleOf(hash), hash }),
      ),
    );
    const grid: GridDeps = { ...d, remove: (row) => askRemove(table, row, document.activeElement as HTMLElement) };
    parts.push(gridOf(grid, table), questionList(grid, table), hardestList(grid, table));
    const clear = button(t('keep.classResults.clearRound'), () => askClear(table, clear), {
      class: 'secondary',
      'data-testid': 'clear-round',
    });
    parts.push(
      h(
        'div',
        { class: 'actions' },
        button(t('classResults.csv'), () => exportCsv(table), { class: 'primary', 'data-testid': 'export-csv' }),
        clear,
      ),
      separatorChoice(d.input.separator ?? d.csvSeparator, (sep) => (d.input.separator = sep)),
    );
    replace(output, ...parts);
  }

  function exportCsv(table: ClassTable): void {
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
      d.input.separator ?? d.csvSeparator,
    );
    downloadText(`sahel-quiz-results-${table.assignment ?? 'class'}.csv`, CSV_BOM + csv, 'text/csv;charset=utf-8');
  }

  async function addFiles(list: FileList | File[]): Promise<void> {
    const entries: ResultEntry[] = [];
    for (const f of Array.from(list)) {
      // A file far larger than any result is not read at all.
      const text =
        f.size > RESULT_FILE_LIMITS.maxChars * 4
          ? 'x'.repeat(RESULT_FILE_LIMITS.maxChars + 1)
          : await f.text().catch(() => '');
      entries.push({ source: f.name, decoded: decodeResultFile(text, d.packs) });
    }
    add(entries);
  }

  fileInput.addEventListener('change', () => {
    if (fileInput.files) void addFiles(fileInput.files).then(() => (fileInput.value = ''));
  });
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    if (ev.dataTransfer?.files.length) void addFiles(ev.dataTransfer.files);
  });

  const readBtn = button(
    t('classResults.add'),
    () => {
      const entries = splitCodes(codes.value).map(
        ({ line, code }): ResultEntry => ({
          source: t('classResults.line', { n: line }),
          decoded: decodeResultCode(code, d.packs),
        }),
      );
      // The codes are now in the class: the box is cleared for the next ones.
      codes.value = '';
      d.input.codes = '';
      add(entries);
    },
    { class: 'primary', 'data-testid': 'read-codes' },
  );

  const el = h(
    'main',
    { class: 'screen class-results', 'data-screen': 'class-results' },
    h(
      'section',
      { class: 'card class-results-card' },
      heading,
      d.notice ? h('p', { class: 'notice', role: 'status', 'data-testid': 'results-notice' }, d.notice) : null,
      h('p', {}, t('classResults.intro')),
      h('p', { 'data-testid': 'results-kept' }, t('keep.classResults.kept')),
      h(
        'section',
        { class: 'proves', 'aria-labelledby': 'proves-title', 'data-testid': 'proves' },
        h('h2', { id: 'proves-title' }, t('classResults.provesTitle')),
        h('p', {}, t('classResults.proves')),
      ),
      h('label', { for: 'result-codes', class: 'field-label' }, t('classResults.pasteLabel')),
      codes,
      h(
        'div',
        { class: 'actions' },
        readBtn,
        button(t('classResults.home'), () => d.home(), { class: 'secondary', 'data-testid': 'home' }),
      ),
      drop,
      status,
      flagsBox,
      output,
      roster.el,
    ),
  );
  draw();
  return {
    el,
    mount() {
      heading.focus();
    },
    unmount() {},
  };
}
