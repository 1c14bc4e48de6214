import { correctAnswerText, responseText, type Texts } from '../../../core/content/describe.ts';
import type { Question } from '../../../core/content/types.ts';
import {
  buildClassTable,
  classTableCsv,
  markOf,
  splitCodes,
  type ClassTable,
  type Flag,
  type Mark,
  type ResultEntry,
} from '../../../core/results/classTable.ts';
import type { TimeScale } from '../../../core/round/types.ts';
import { shareMessageKey } from '../../../core/share/messageKey.ts';
import type { PackRefs } from '../../../core/share/packRef.ts';
import { decodeResultCode } from '../../../core/share/resultCode.ts';
import { RESULT_FILE_LIMITS, decodeResultFile } from '../../../core/share/resultFile.ts';
import { formatDuration, formatNumber, formatPercent, t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import { downloadText } from '../../download.ts';
import type { Screen } from '../screen.ts';
import { classListPanel } from './classListPanel.ts';
import './classResults.css';
import { type IconName, icon } from '../../icons.ts';

/** What the teacher has given the page so far; kept by the app so a redraw loses nothing. */
export interface ClassResultsInput {
  codes: string;
  files: { name: string; text: string }[];
  round: string | null;
}

export interface ClassResultsDeps {
  packs: PackRefs;
  question(id: string): Question | undefined;
  texts(): Texts;
  promptOf(id: string): string;
  input: ClassResultsInput;
  /** Called after each change of the input (to remember the codes). */
  changed(): void;
  home(): void;
}

const ICON: Record<Mark, IconName | null> = { right: 'check', partial: 'partial', wrong: 'cross', none: null };

/** A time to a tenth of a second under a minute (answers are often quicker than a second). */
function timeText(ms: number): string {
  return ms < 60_000
    ? t('format.durationSeconds', { seconds: formatNumber(Math.round(ms / 100) / 10, { maximumFractionDigits: 1 }) })
    : formatDuration(ms);
}

function scaleText(s: TimeScale): string {
  return s === null ? t('classResults.scaleOff') : t('classResults.scale', { n: s });
}

/** The class results page: paste codes, drop files, read the table, export CSV. */
export function classResultsScreen(d: ClassResultsDeps): Screen {
  const codes = h('textarea', {
    id: 'result-codes',
    rows: '6',
    spellcheck: 'false',
    autocomplete: 'off',
    'data-testid': 'codes',
  });
  codes.value = d.input.codes;
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
  const output = h('div', { class: 'results-output', 'data-testid': 'results-output' });
  const heading = h('h1', { tabindex: '-1' }, t('classResults.title'));
  const roster = classListPanel();

  function entries(): ResultEntry[] {
    const fromCodes = splitCodes(d.input.codes).map(
      ({ line, code }): ResultEntry => ({
        source: t('classResults.line', { n: line }),
        decoded: decodeResultCode(code, d.packs),
      }),
    );
    const fromFiles = d.input.files.map(
      (f): ResultEntry => ({ source: f.name, decoded: decodeResultFile(f.text, d.packs) }),
    );
    return [...fromCodes, ...fromFiles];
  }

  function read(announce: boolean): void {
    const list = entries();
    const table = buildClassTable(list, d.input.round);
    if (announce) status.textContent = t('classResults.added', { count: list.filter((e) => e.decoded.ok).length });
    render(table);
  }

  function flagText(f: Flag): string {
    const reason =
      f.reason === 'results/other_round'
        ? t('classResults.other_round', { name: f.name ?? '', hash: f.assignment ?? '' })
        : f.reason === 'results/duplicate'
          ? t('classResults.duplicate', { name: f.name ?? '', sameAs: f.sameAs ?? '' })
          : t(shareMessageKey(f.reason) as 'result.corrupt');
    return t('classResults.flag', { source: f.source, reason });
  }

  function render(table: ClassTable): void {
    roster.update(table.students.map((s) => s.name));
    const parts: (Node | null)[] = [];
    if (table.flags.length) {
      parts.push(
        h(
          'section',
          { class: 'flags', 'aria-labelledby': 'flags-title' },
          h('h2', { id: 'flags-title' }, t('classResults.flagsTitle')),
          h(
            'ul',
            {},
            ...table.flags.map((f) =>
              h(
                'li',
                { 'data-testid': 'flag', 'data-reason': f.reason },
                h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('warning')),
                ` ${flagText(f)}`,
              ),
            ),
          ),
        ),
      );
    }
    if (table.rounds.length > 1) {
      const select = h(
        'select',
        { id: 'round-choice', 'data-testid': 'round-choice' },
        ...table.rounds.map((r) =>
          h(
            'option',
            { value: r.assignment, selected: r.assignment === table.assignment },
            t('classResults.roundOption', { hash: r.assignment, count: r.count }),
          ),
        ),
      );
      select.addEventListener('change', () => {
        d.input.round = select.value;
        d.changed();
        read(false);
      });
      parts.push(
        h('p', { class: 'round-choice' }, h('label', { for: 'round-choice' }, t('classResults.round')), ' ', select),
      );
    }
    if (table.students.length === 0) {
      parts.push(h('p', { class: 'empty', 'data-testid': 'results-empty' }, t('classResults.empty')));
      replace(output, ...parts);
      return;
    }
    parts.push(
      h(
        'p',
        { class: 'round-summary', 'data-testid': 'round-summary' },
        t('classResults.summary', { count: table.students.length, hash: table.assignment ?? '' }),
      ),
    );
    parts.push(gridOf(table));
    parts.push(questionList(table));
    parts.push(hardestList(table));
    parts.push(
      h(
        'div',
        { class: 'actions' },
        button(t('classResults.csv'), () => exportCsv(table), { class: 'primary', 'data-testid': 'export-csv' }),
      ),
    );
    replace(output, ...parts);
  }

  function gridOf(table: ClassTable): HTMLElement {
    const texts = d.texts();
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('classResults.student')),
      h('th', { scope: 'col' }, t('classResults.score')),
      h('th', { scope: 'col' }, t('classResults.right')),
      h('th', { scope: 'col' }, t('classResults.timer')),
      ...table.questionIds.map((id, i) =>
        h(
          'th',
          { scope: 'col', title: d.promptOf(id), 'data-question': id },
          t('classResults.questionHead', { n: i + 1 }),
        ),
      ),
    );
    const rows = table.students.map((s) =>
      h(
        'tr',
        { 'data-testid': 'student-row' },
        h('th', { scope: 'row', 'data-testid': 'student-name' }, s.name),
        h('td', { 'data-testid': 'student-score' }, formatNumber(s.score)),
        h('td', {}, formatNumber(s.correct)),
        h('td', {}, scaleText(s.timeScale)),
        ...table.questionIds.map((id, i) => {
          const a = s.answers[i];
          const mark = markOf(a);
          const q = d.question(id);
          const label = h(
            'span',
            {},
            h('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[mark] ? icon(ICON[mark]) : '–'),
            ` ${t(`classResults.mark.${mark}`)}`,
          );
          if (!a) return h('td', { class: `mark ${mark}`, 'data-mark': mark }, label);
          const words = q ? responseText(q, a.response, texts) : t('classResults.unknownQuestion');
          return h(
            'td',
            { class: `mark ${mark}`, 'data-mark': mark, 'data-question': id },
            h(
              'details',
              {},
              h('summary', {}, label),
              h(
                'p',
                { 'data-testid': 'answer-words' },
                t('classResults.answerWas', { answer: words, time: timeText(a.timeMs) }),
              ),
            ),
          );
        }),
      ),
    );
    const foot = [
      h(
        'tr',
        { 'data-testid': 'rate-row' },
        h('th', { scope: 'row', colspan: '4' }, t('classResults.rightRate')),
        ...table.questions.map((q) => h('td', {}, formatPercent(q.correctRate))),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row', colspan: '4' }, t('classResults.averageTime')),
        ...table.questions.map((q) => h('td', {}, timeText(q.averageTimeMs))),
      ),
    ];
    return h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'results-caption' },
      h(
        'table',
        { class: 'class-table', 'data-testid': 'class-table' },
        h('caption', { id: 'results-caption' }, t('classResults.title')),
        h('thead', {}, head),
        h('tbody', {}, ...rows),
        h('tfoot', {}, ...foot),
      ),
    );
  }

  function questionList(table: ClassTable): HTMLElement {
    const texts = d.texts();
    return h(
      'section',
      { class: 'question-list' },
      h('h2', {}, t('classResults.questionsTitle')),
      h(
        'ol',
        {},
        ...table.questionIds.map((id) => {
          const q = d.question(id);
          return h(
            'li',
            {},
            d.promptOf(id),
            q ? h('span', { class: 'right-answer' }, ` (${correctAnswerText(q, texts)})`) : null,
          );
        }),
      ),
    );
  }

  function hardestList(table: ClassTable): HTMLElement {
    return h(
      'section',
      { class: 'hardest' },
      h('h2', {}, t('classResults.hardestTitle')),
      h(
        'ol',
        { 'data-testid': 'hardest' },
        ...table.hardest.map((id) => {
          const col = table.questionIds.indexOf(id);
          const q = table.questions[col];
          return h(
            'li',
            {},
            t('classResults.hardestItem', {
              n: col + 1,
              percent: formatPercent(q?.correctRate ?? 0),
              time: timeText(q?.averageTimeMs ?? 0),
              question: d.promptOf(id),
            }),
          );
        }),
      ),
    );
  }

  function exportCsv(table: ClassTable): void {
    const texts = d.texts();
    const csv = classTableCsv(table, {
      name: t('classResults.csvName'),
      score: t('classResults.score'),
      correct: t('classResults.right'),
      timeScale: t('classResults.timer'),
      answerHeader: (n) => t('classResults.csvAnswer', { n }),
      markHeader: (n) => t('classResults.csvMark', { n }),
      timeHeader: (n) => t('classResults.csvTime', { n }),
      mark: (m) => t(`classResults.mark.${m}`),
      scale: scaleText,
      answer: (id, a) => {
        const q = d.question(id);
        return q ? responseText(q, a.response, texts) : t('classResults.unknownQuestion');
      },
      seconds: (ms) => (Math.round(ms / 100) / 10).toFixed(1),
      classRow: t('classResults.csvClass'),
      percent: (r) => `${Math.round(r * 100)}%`,
    });
    downloadText(`sahel-quiz-results-${table.assignment ?? 'class'}.csv`, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
  }

  async function addFiles(list: FileList | File[]): Promise<void> {
    for (const f of Array.from(list)) {
      // A file far larger than any result is not read at all.
      const text =
        f.size > RESULT_FILE_LIMITS.maxChars * 4
          ? 'x'.repeat(RESULT_FILE_LIMITS.maxChars + 1)
          : await f.text().catch(() => '');
      d.input.files.push({ name: f.name, text });
    }
    d.changed();
    read(true);
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
      d.input.codes = codes.value;
      d.changed();
      read(true);
    },
    { class: 'primary', 'data-testid': 'read-codes' },
  );
  const clear = button(
    t('classResults.clear'),
    () => {
      codes.value = '';
      d.input.codes = '';
      d.input.files = [];
      d.input.round = null;
      d.changed();
      status.textContent = '';
      read(false);
      codes.focus();
    },
    { class: 'secondary', 'data-testid': 'clear-results' },
  );

  const el = h(
    'main',
    { class: 'screen class-results', 'data-screen': 'class-results' },
    h(
      'section',
      { class: 'card class-results-card' },
      heading,
      h('p', {}, t('classResults.intro')),
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
        clear,
        button(t('classResults.home'), () => d.home(), { class: 'secondary', 'data-testid': 'home' }),
      ),
      drop,
      status,
      output,
      roster.el,
    ),
  );
  read(false);
  return {
    el,
    mount() {
      heading.focus();
    },
    unmount() {},
  };
}
