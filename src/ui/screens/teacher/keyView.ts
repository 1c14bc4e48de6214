/**
 * The printable answer key of a round, in the round's language: one line per question from the
 * core's answer key (core/content/answerKey.ts), with its paragraphs and whether it is background.
 */
import { currentTexts } from '../../../i18n/texts.ts';
import { answerKeyRow } from '../../../core/content/answerKey.ts';
import type { Question } from '../../../core/content/types.ts';
import type { Assignment } from '../../../core/share/assignment.ts';
import type { FormResult } from '../../../core/teacher/roundForm.ts';
import { formatNumberIn } from '../../../i18n/format.ts';
import { availableLanguages, currentLanguage, t, textsIn, type Translate } from '../../../i18n/index.ts';
import { h, replace } from '../../dom.ts';
import type { TeacherController } from './teacherController.ts';

type Tl = Translate;

function keyItem(q: Question, c: TeacherController, lng: string, tl: Tl): HTMLElement {
  const row = answerKeyRow(
    q,
    currentTexts((id) => c.byId.get(id), lng),
  );
  const paras = row.paragraphs.map((p) => formatNumberIn(lng, p)).join(tl('answer.listSeparator'));
  const sep = tl('answerKey.fieldSeparator');
  return h(
    'li',
    { 'data-question': q.id },
    h('p', { class: 'tp-key-prompt' }, row.prompt),
    h(
      'p',
      { class: 'tp-key-answer' },
      h('strong', {}, tl('builder.key.answer')),
      ' ',
      h('span', { 'data-testid': 'key-answer' }, row.answer),
    ),
    row.explanation ? h('p', {}, h('strong', {}, tl('builder.key.explanation')), ' ', row.explanation) : null,
    h(
      'p',
      { class: 'tp-key-source' },
      paras ? `${tl('answerKey.columns.paragraphs')}${sep}${paras}` : '',
      q.context ? `${paras ? ' · ' : ''}${tl('answerKey.columns.context')}` : '',
    ),
  );
}

function settingsLine(a: Assignment, lng: string, tl: Tl): string {
  const langName = availableLanguages().find((l) => l.code === lng)?.name ?? lng;
  const time =
    a.timeLimitMs === null
      ? tl('builder.form.noLimit')
      : tl('builder.form.seconds', { n: formatNumberIn(lng, a.timeLimitMs / 1000) });
  return tl('builder.key.settings', {
    questions: tl('builder.summary.count', { count: a.questionIds.length }),
    time,
    language: langName,
  });
}

/** Draws the key of `r` in its language; asks for that language's texts first when they are not in. */
export function renderKey(el: HTMLElement, r: FormResult, c: TeacherController): void {
  if (!r.ok) {
    replace(el, h('h1', { id: 'tp-key-h', tabindex: '-1' }, t('builder.share.blocked')));
    return;
  }
  const a = r.value;
  c.wantLanguage(a.language ?? currentLanguage());
  const lng = c.keyLanguage(a);
  const tl: Tl = textsIn(lng);
  replace(
    el,
    h('h1', { id: 'tp-key-h', tabindex: '-1', lang: lng }, tl('builder.key.heading', { title: c.titleOf(a, lng) })),
    h('p', { class: 'tp-key-settings', lang: lng }, settingsLine(a, lng, tl)),
    h(
      'ol',
      { class: 'tp-key-list', lang: lng, 'data-testid': 'answer-key-list' },
      ...a.questionIds.map((id) => {
        const q = c.byId.get(id);
        return q ? keyItem(q, c, lng, tl) : null;
      }),
    ),
  );
}

/** The printable worksheet, drawn by its own module (loaded when first asked for). */
export function renderSheet(el: HTMLElement, r: FormResult, c: TeacherController): void {
  if (!r.ok) return;
  const a = r.value;
  const lng = c.keyLanguage(a);
  const id = `${lng}|${JSON.stringify(a)}`;
  if (el.dataset.shown === id) return;
  el.dataset.shown = id;
  void import('./worksheet.ts').then(({ renderWorksheet }) => {
    if (el.dataset.shown !== id) return;
    renderWorksheet(el, a, lng, c.pack, c.titleOf(a, lng));
    el.querySelector<HTMLElement>('#tp-sheet-h')?.focus();
  });
}
