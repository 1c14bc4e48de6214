/** The quiz's questions in order: add, open one's form, move, preview, delete (and undo). */
import {
  addQuestion,
  deleteQuestion,
  moveQuestion,
  undoDelete,
  type DraftQuestion,
} from '../../../core/authoring/draft.ts';
import { notPlayable } from '../../../core/authoring/check.ts';
import type { QuestionType } from '../../../core/content/types.ts';
import { QUESTION_TYPES } from '../../../core/questions/registry.ts';
import { t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { nextId } from './fields.ts';
import { questionEditor } from './questionEditor.ts';
import type { StudioCtx } from './studioPage.ts';

export const typeName = (type: QuestionType): string => t(`answerKey.types.${type}`);

export function questionsSection(c: StudioCtx): HTMLElement {
  const d = c.draft();
  const list = h('ol', { class: 'st-questions', 'data-testid': 'studio-questions' });
  d.questions.forEach((q, i) => {
    list.append(questionCard(c, q, i));
  });
  const undo = d.deleted
    ? h(
        'div',
        { class: 'st-undo', role: 'status' },
        t('studio.deleted', { n: d.deleted.index + 1 }),
        ' ',
        button(t('studio.undo'), () => c.change(undoDelete(c.draft()), true), { 'data-testid': 'studio-undo' }),
      )
    : null;
  const selId = nextId('type');
  const type = h('select', { id: selId, 'data-testid': 'studio-new-type' });
  for (const ty of QUESTION_TYPES) type.append(h('option', { value: ty }, typeName(ty)));
  const add = h(
    'div',
    { class: 'st-add' },
    h('label', { for: selId }, t('studio.newType')),
    type,
    button(
      t('studio.addQuestion'),
      () => {
        const next = addQuestion(c.draft(), type.value as QuestionType);
        c.open = next.questions[next.questions.length - 1]?.id ?? null;
        c.change(next, true);
        document.querySelector<HTMLElement>(`[data-testid="studio-q-${c.open}"] h3`)?.focus();
      },
      { 'data-testid': 'studio-add' },
    ),
  );
  return h(
    'section',
    { class: 'card st-qs', 'aria-labelledby': 'st-qs-h' },
    h('h2', { id: 'st-qs-h' }, t('studio.questionsHeading')),
    h('p', { class: 'st-total', 'data-testid': 'studio-problems' }),
    ...['quiz', 'quiz.longest', 'quiz.truefalse'].map((field) =>
      h('p', { class: 'st-msg', 'data-field': field, id: nextId('qmsg') }),
    ),
    undo,
    list,
    add,
    h(
      'div',
      { class: 'st-actions' },
      button(
        t('studio.previewAll'),
        () => {
          const blocked = notPlayable(c.check(), c.draft()).filter((id) => id !== 'quiz');
          if (c.draft().questions.length === 0) c.say(t('studio.nothingToPlay'), 'problem');
          else if (blocked.length > 0) c.say(t('studio.fixFirst'), 'problem');
          else c.d.preview(c.check().pack, null);
        },
        { 'data-testid': 'studio-preview-all' },
      ),
    ),
  );
}

function questionCard(c: StudioCtx, q: DraftQuestion, i: number): HTMLElement {
  const d = c.draft();
  const main = d.languages[0] ?? 'en';
  const isOpen = c.open === q.id;
  const n = d.questions.length;
  const headId = nextId('qh');
  const bar = h(
    'div',
    { class: 'st-qbar' },
    button(isOpen ? t('studio.close') : t('studio.edit'), () => c.setOpen(isOpen ? null : q.id), {
      'aria-expanded': String(isOpen),
      'aria-describedby': headId,
      'data-testid': `studio-edit-${i + 1}`,
    }),
    button(t('studio.up'), () => c.change(moveQuestion(c.draft(), q.id, -1), true), {
      class: 'secondary',
      'aria-describedby': headId,
      'data-testid': `studio-up-${i + 1}`,
      disabled: i === 0,
    }),
    button(t('studio.down'), () => c.change(moveQuestion(c.draft(), q.id, 1), true), {
      class: 'secondary',
      'aria-describedby': headId,
      'data-testid': `studio-down-${i + 1}`,
      disabled: i === n - 1,
    }),
    button(
      t('studio.preview'),
      () => {
        if (notPlayable(c.check(), c.draft()).includes(q.id)) c.say(t('studio.fixFirst'), 'problem');
        else c.d.preview(c.check().pack, [q.id]);
      },
      {
        class: 'secondary',
        'aria-describedby': headId,
        'data-testid': `studio-preview-${i + 1}`,
      },
    ),
    button(t('studio.delete'), () => c.change(deleteQuestion(c.draft(), q.id), true), {
      class: 'secondary danger',
      'aria-describedby': headId,
      'data-testid': `studio-delete-${i + 1}`,
    }),
  );
  const prompt = (q.prompt[main] ?? '').trim() || t('studio.noPrompt');
  return h(
    'li',
    { class: `st-q${isOpen ? ' open' : ''}`, 'data-testid': `studio-q-${q.id}`, 'data-type': q.type },
    h(
      'h3',
      { id: headId, tabindex: '-1' },
      t('studio.questionN', { n: i + 1, type: typeName(q.type) }),
      h('span', { class: 'st-qprompt', lang: main }, ` — ${prompt}`),
    ),
    h('p', { class: 'st-qstate', 'data-problems-of': q.id }),
    bar,
    isOpen ? questionEditor(c, q) : null,
  );
}
