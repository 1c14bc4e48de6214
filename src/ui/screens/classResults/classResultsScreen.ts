/**
 * The class results page: paste codes, drop files, read the table round by round, export CSV.
 * Its state and intents are a ClassResultsController (DOM-free, unit-tested); this view draws the
 * inputs and the status line, resultsOutput.ts the table, classListPanel.ts the class list.
 */
import type { CsvSeparator } from '../../../core/csv.ts';
import { t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import type { Screen } from '../../../ports/screen.ts';
import type { GridDeps } from './classGrid.ts';
import { classListPanel } from './classListPanel.ts';
import type { ClassResultsController } from './classResultsController.ts';
import { flagList } from './notes.ts';
import { renderOutput, type OutputDeps } from './resultsOutput.ts';
import './classResults.css';

export interface ClassResultsDeps extends Omit<GridDeps, 'remove'> {
  c: ClassResultsController;
  /** The round's title where this device knows it (the teacher's saved rounds). */
  titleOf(assignment: string): string | null;
  /** Said once at the top (a stored record that could not be read whole). */
  notice: string | null;
  /** Said in the class list panel (a stored list that could not be read whole). */
  classListNotice: string | null;
  /** How the CSV is separated: ';' for a language with a decimal comma. */
  csvSeparator: CsvSeparator;
  /** The language's decimal mark, for seconds in the CSV. */
  decimal: string;
  home(): void;
}

/** Result files chosen or dropped: a box and a drop zone that hand them to `read`. */
function dropZone(read: (files: File[]) => Promise<void>): HTMLElement {
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
  fileInput.addEventListener('change', () => {
    if (fileInput.files) void read(Array.from(fileInput.files)).then(() => (fileInput.value = ''));
  });
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    if (ev.dataTransfer?.files.length) void read(Array.from(ev.dataTransfer.files));
  });
  return drop;
}

function intro(d: ClassResultsDeps): HTMLElement[] {
  return [
    ...(d.notice ? [h('p', { class: 'notice', role: 'status', 'data-testid': 'results-notice' }, d.notice)] : []),
    h('p', {}, t('classResults.intro')),
    h('p', { 'data-testid': 'results-kept' }, t('keep.classResults.kept')),
    h(
      'section',
      { class: 'proves', 'aria-labelledby': 'proves-title', 'data-testid': 'proves' },
      h('h2', { id: 'proves-title' }, t('classResults.provesTitle')),
      h('p', {}, t('classResults.proves')),
    ),
  ];
}

export function classResultsScreen(d: ClassResultsDeps): Screen {
  const c = d.c;
  const codes = h('textarea', {
    id: 'result-codes',
    rows: '6',
    spellcheck: 'false',
    autocomplete: 'off',
    'data-testid': 'codes',
  });
  codes.value = c.input.codes;
  codes.addEventListener('input', () => (c.input.codes = codes.value));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'results-status' });
  const flagsBox = h('div', {});
  const output = h('div', { class: 'results-output', 'data-testid': 'results-output' });
  const roster = classListPanel({
    record: () => c.classList(),
    update: (next) => c.updateClassList(next),
    remove: () => c.removeClassList(),
    notice: d.classListNotice,
  });
  const heading = h('h1', { tabindex: '-1' }, t('classResults.title'));
  const out: OutputDeps = {
    ...d,
    titleOf: (hash) => d.titleOf(hash) ?? t('keep.classResults.untitled'),
    redraw: (problem) => draw(problem),
    done: (message) => {
      status.textContent = message;
      heading.focus();
    },
    shown: (table) => roster.update(table.students.map((s) => s.name)),
  };

  function draw(problem: string | null = null): void {
    const s = c.input.status;
    status.textContent = [s ? t('classResults.added', { count: s.added }) : '', problem ?? ''].join(' ').trim();
    replace(flagsBox, s && s.flags.length ? flagList(s.flags) : null);
    renderOutput(output, out, c.table());
  }

  const readBtn = button(
    t('classResults.add'),
    () => {
      c.input.codes = codes.value;
      // The codes are now in the class: the box is cleared for the next ones.
      codes.value = '';
      draw(c.readCodes());
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
      ...intro(d),
      h('label', { for: 'result-codes', class: 'field-label' }, t('classResults.pasteLabel')),
      codes,
      h(
        'div',
        { class: 'actions' },
        readBtn,
        button(t('classResults.home'), () => d.home(), { class: 'secondary', 'data-testid': 'home' }),
      ),
      dropZone(async (files) => draw(await c.readFiles(files))),
      status,
      flagsBox,
      output,
      roster.el,
    ),
  );
  draw();
  return { el, mount: () => heading.focus(), unmount() {} };
}
