/**
 * The views of one round's class table: the students × questions grid (with a Remove button per
 * student), the list of questions and the hardest questions. They only draw what core returns.
 */
import { correctAnswerText, responseText, type Texts } from '../../../core/content/describe.ts';
import type { Question } from '../../../core/content/types.ts';
import { markOf, type ClassTable, type Mark, type StudentRow } from '../../../core/results/classTable.ts';
import type { TimeScale } from '../../../core/round/types.ts';
import { formatDuration, formatNumber, formatPercent, t } from '../../../i18n/index.ts';
import { icon, VERDICT_ICONS } from '../../icons.ts';
import { button, h } from '../../dom.ts';

export interface GridDeps {
  question(id: string): Question | undefined;
  texts(): Texts;
  promptOf(id: string): string;
  /** Asks to remove a student's result (the page confirms first). */
  remove(row: StudentRow): void;
}

function iconOf(m: Mark): Node | string {
  return m === 'none' ? '–' : icon(VERDICT_ICONS[m]);
}

/** The mark in words: "time ran out" is not "wrong". */
export function markText(m: Mark): string {
  return m === 'timeout' ? t('keep.classResults.timeout') : t(`classResults.mark.${m}`);
}

/** A time to a tenth of a second under a minute (answers are often quicker than a second). */
export function timeText(ms: number): string {
  return ms < 60_000
    ? t('format.durationSeconds', { seconds: formatNumber(Math.round(ms / 100) / 10, { maximumFractionDigits: 1 }) })
    : formatDuration(ms);
}

export function scaleText(s: TimeScale): string {
  return s === null ? t('classResults.scaleOff') : t('classResults.scale', { n: s });
}

function answerCell(d: GridDeps, texts: Texts, id: string, s: StudentRow, i: number): HTMLElement {
  const a = s.answers[i];
  const mark = markOf(a);
  const label = h('span', {}, h('span', { class: 'icon', 'aria-hidden': 'true' }, iconOf(mark)), ` ${markText(mark)}`);
  if (!a) return h('td', { class: `mark ${mark}`, 'data-mark': mark }, label);
  const q = d.question(id);
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
}

export function gridOf(d: GridDeps, table: ClassTable): HTMLElement {
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
    h('td', {}),
  );
  const rows = table.students.map((s) =>
    h(
      'tr',
      { 'data-testid': 'student-row' },
      h('th', { scope: 'row', 'data-testid': 'student-name' }, s.name),
      h('td', { 'data-testid': 'student-score' }, formatNumber(s.score)),
      h('td', {}, formatNumber(s.correct)),
      h('td', {}, scaleText(s.timeScale)),
      ...table.questionIds.map((id, i) => answerCell(d, texts, id, s, i)),
      h(
        'td',
        {},
        button(t('keep.classResults.remove'), () => d.remove(s), {
          class: 'secondary small',
          'aria-label': t('keep.classResults.removeLabel', { name: s.name }),
          'data-testid': 'remove-student',
        }),
      ),
    ),
  );
  const foot = [
    h(
      'tr',
      { 'data-testid': 'rate-row' },
      h('th', { scope: 'row', colspan: '4' }, t('classResults.rightRate')),
      ...table.questions.map((q) => h('td', {}, formatPercent(q.correctRate))),
      h('td', {}),
    ),
    h(
      'tr',
      {},
      h('th', { scope: 'row', colspan: '4' }, t('classResults.averageTime')),
      ...table.questions.map((q) => h('td', {}, timeText(q.averageTimeMs))),
      h('td', {}),
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

export function questionList(d: GridDeps, table: ClassTable): HTMLElement {
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

export function hardestList(d: GridDeps, table: ClassTable): HTMLElement {
  return h(
    'section',
    { class: 'hardest' },
    h('h2', {}, t('classResults.hardestTitle')),
    table.hardest.length === 0
      ? h('p', { 'data-testid': 'none-missed' }, t('keep.classResults.noneMissed'))
      : h(
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
