/**
 * The builder's form: title, filters, how questions are chosen (drawn or hand-picked), time,
 * language, order and explanations. Its controls are made once per form; `update` shows the errors
 * and the parts that depend on the choices.
 */
import { topicName } from '../../../i18n/texts.ts';
import { packTopics } from '../../../core/content/pack.ts';
import { ASSIGNMENT_LIMITS } from '../../../core/share/assignment.ts';
import { codePointLength } from '../../../core/share/plainText.ts';
import { DIFFICULTIES_ALL, QUESTION_TYPES_ALL } from '../../../core/teacher/lists.ts';
import { TIME_CHOICES, type FormResult } from '../../../core/teacher/roundForm.ts';
import { availableLanguages, formatNumber, t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { checkBox, checkGroup, nextId, radioGroup } from './formControls.ts';
import { pickView } from './pickView.ts';
import type { TeacherController } from './teacherController.ts';

export interface FormView {
  section: HTMLElement;
  update(r: FormResult): void;
}

/** The errors of `r` among `keys`, as one line. */
function errorsFor(r: FormResult, keys: string[]): string {
  if (r.ok) return '';
  return r.errors
    .filter((e) => keys.includes(e))
    .map((e) => t(e))
    .join(' ');
}

function titleField(c: TeacherController) {
  const id = nextId('title');
  const count = h('span', { class: 'tp-count', 'aria-hidden': 'true' });
  const err = h('p', { class: 'problem', id: `${id}-err` });
  const input = h('input', {
    id,
    type: 'text',
    value: c.form.title,
    autocomplete: 'off',
    'data-testid': 'round-title',
    'data-key': 'title',
    placeholder: t('builder.form.titlePlaceholder'),
    'aria-describedby': `${id}-hint ${id}-err`,
  });
  input.addEventListener('input', () => c.edit((f) => (f.title = input.value)));
  const el = h(
    'div',
    { class: 'tp-field' },
    h('label', { for: id }, t('builder.form.title'), ' ', count),
    input,
    h('p', { class: 'hint', id: `${id}-hint` }, t('builder.form.titleHint', { max: ASSIGNMENT_LIMITS.maxTitleChars })),
    err,
  );
  const update = (r: FormResult) => {
    count.textContent = t('builder.form.titleCount', {
      n: formatNumber(codePointLength(c.form.title.trim())),
      max: formatNumber(ASSIGNMENT_LIMITS.maxTitleChars),
    });
    err.textContent = errorsFor(r, ['builder.error.titleTooLong', 'builder.error.titleChars']);
    input.setAttribute('aria-invalid', String(err.textContent !== ''));
  };
  return { el, update };
}

/** How questions are chosen: drawn (count + redraw) or hand-picked (search list + chosen order). */
function questionsPart(c: TeacherController) {
  const countId = nextId('count');
  const countErr = h('p', { class: 'problem', id: `${countId}-err` });
  const count = h('input', {
    id: countId,
    type: 'number',
    inputmode: 'numeric',
    min: ASSIGNMENT_LIMITS.minQuestions,
    max: ASSIGNMENT_LIMITS.maxQuestions,
    value: Number.isFinite(c.form.count) ? c.form.count : '',
    'data-testid': 'count',
    'data-key': 'count',
    'aria-describedby': `${countId}-err`,
  });
  count.addEventListener('input', () =>
    c.edit((f) => (f.count = count.value.trim() === '' ? Number.NaN : Number(count.value))),
  );
  const redraw = button(t('builder.form.redraw'), () => c.redraw(), {
    class: 'secondary',
    'data-testid': 'redraw',
    'data-key': 'redraw',
  });
  const draw = h(
    'div',
    { class: 'tp-draw' },
    h('label', { for: countId }, t('builder.form.count')),
    count,
    redraw,
    countErr,
  );
  const pick = pickView(c);
  const questionsErr = h('p', { class: 'problem', 'data-testid': 'questions-error' });
  const el = radioGroup<'draw' | 'pick'>(
    'builder.form.questions',
    'mode',
    [
      { value: 'draw', label: t('builder.form.modeDraw'), testId: 'mode-draw' },
      { value: 'pick', label: t('builder.form.modePick'), testId: 'mode-pick' },
    ],
    () => c.form.mode,
    (v) => c.setMode(v),
  );
  el.append(draw, pick.el, questionsErr);
  const update = (r: FormResult) => {
    countErr.textContent = errorsFor(r, ['builder.error.count']);
    count.setAttribute('aria-invalid', String(countErr.textContent !== ''));
    questionsErr.textContent = errorsFor(r, [
      'builder.error.noMatch',
      'builder.error.noPick',
      'builder.error.tooManyPicked',
      'builder.error.unknownQuestion',
    ]);
    draw.hidden = c.form.mode !== 'draw';
    pick.el.hidden = c.form.mode !== 'pick';
    if (c.form.mode === 'pick') pick.update();
  };
  return { el, update };
}

function timePart(c: TeacherController) {
  const seconds = (ms: number | null) =>
    ms === null ? t('builder.form.noLimit') : t('builder.form.seconds', { n: formatNumber(ms / 1000) });
  const allow = checkBox(
    { id: nextId('allow'), 'data-testid': 'allow-time-change', 'data-key': 'allow' },
    c.form.allowTimeChange,
    (on) => c.edit((f) => (f.allowTimeChange = on)),
  );
  const el = radioGroup<number | null>(
    'builder.form.time',
    'time',
    TIME_CHOICES.map((ms) => ({ value: ms, label: seconds(ms), testId: `time-${ms === null ? 'none' : ms / 1000}` })),
    () => c.form.timeLimitMs,
    (v) => c.edit((f) => (f.timeLimitMs = v)),
    h('label', { class: 'tp-check tp-allow' }, allow, h('span', {}, t('builder.form.allowTimeChange'))),
  );
  return { el, update: () => (allow.disabled = c.form.timeLimitMs === null) };
}

function languagePart(c: TeacherController): HTMLElement {
  return radioGroup<string | null>(
    'builder.form.language',
    'language',
    [
      ...availableLanguages().map((l) => ({ value: l.code as string | null, label: l.name, testId: `lang-${l.code}` })),
      { value: null, label: t('builder.form.studentChoice'), testId: 'lang-any' },
    ],
    () => c.form.language,
    (v) => c.edit((f) => (f.language = v)),
  );
}

function orderParts(c: TeacherController): HTMLElement[] {
  const shuffle = checkBox({ 'data-testid': 'shuffle', 'data-key': 'shuffle' }, c.form.shuffle, (on) =>
    c.edit((f) => (f.shuffle = on)),
  );
  const explain = radioGroup<boolean>(
    'builder.form.explanations',
    'explain',
    [
      { value: true, label: t('builder.form.explainDuring'), testId: 'explain-during' },
      { value: false, label: t('builder.form.explainEnd'), testId: 'explain-end' },
    ],
    () => c.form.explainDuringRound,
    (v) => c.edit((f) => (f.explainDuringRound = v)),
  );
  return [h('label', { class: 'tp-check' }, shuffle, h('span', {}, t('builder.form.shuffle'))), explain];
}

export function formView(c: TeacherController): FormView {
  const f = c.form;
  const change = (edit: () => void) => c.edit(edit);
  const title = titleField(c);
  const questions = questionsPart(c);
  const time = timePart(c);
  const editing = h('p', { class: 'tp-editing', 'data-testid': 'editing' });
  const section = h(
    'section',
    { class: 'card tp-form', 'aria-labelledby': 'tp-form-h' },
    h('h2', { id: 'tp-form-h' }, t('builder.form.heading')),
    editing,
    title.el,
    checkGroup('builder.form.topics', 'topics', packTopics(c.pack), f.topics, (v) => topicName(v, c.pack.id), change),
    checkGroup('builder.form.types', 'types', QUESTION_TYPES_ALL, f.types, (v) => t(`answerKey.types.${v}`), change),
    checkGroup(
      'builder.form.difficulty',
      'difficulty',
      DIFFICULTIES_ALL,
      f.difficulties,
      (v) => t(`builder.form.difficulty${v}`),
      change,
    ),
    questions.el,
    time.el,
    languagePart(c),
    ...orderParts(c),
  );
  const update = (r: FormResult) => {
    title.update(r);
    questions.update(r);
    time.update();
    const round = c.editingRound();
    editing.textContent = round ? t('builder.saved.editing', { title: c.titleOf(round.assignment) }) : '';
    editing.hidden = !round;
  };
  return { section, update };
}
