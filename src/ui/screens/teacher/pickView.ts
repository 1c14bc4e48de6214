/** Hand-picking: a searchable list of the questions that pass the filters, and the chosen ones in order. */
import { currentTexts, topicName } from '../../../i18n/texts.ts';
import { correctAnswerText, type Texts } from '../../../core/content/describe.ts';
import type { Question } from '../../../core/content/types.ts';
import { availableLanguages, t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import { icon } from '../../icons.ts';
import { nextId } from './formControls.ts';
import type { TeacherController } from './teacherController.ts';

function pickItem(c: TeacherController, q: Question, texts: Texts, lng: string): HTMLElement {
  const box = h('input', {
    type: 'checkbox',
    checked: c.form.picked.includes(q.id),
    'data-key': `pick:${q.id}`,
    'data-testid': 'pick-box',
  });
  box.addEventListener('change', () => c.setPicked(q.id, box.checked));
  const words = texts.question(q.id);
  return h(
    'li',
    { 'data-question': q.id, lang: lng },
    h(
      'label',
      { class: 'tp-check tp-pick-item' },
      box,
      h(
        'span',
        {},
        h('span', { class: 'tp-prompt' }, words?.prompt ?? q.id),
        h(
          'span',
          { class: 'tp-meta' },
          `${t(`answerKey.types.${q.type}`)} · ${topicName(q.topic, c.pack.id)} · ${t(`builder.form.difficulty${q.difficulty}`)}`,
        ),
        h('span', { class: 'tp-answer' }, `${t('builder.pick.answer', { lng })} ${correctAnswerText(q, texts)}`),
      ),
    ),
  );
}

function chosenItem(c: TeacherController, id: string, i: number, focusSearch: () => void): HTMLElement {
  const prompt = currentTexts((x) => c.byId.get(x)).question(id)?.prompt ?? id;
  const last = c.form.picked.length - 1;
  return h(
    'li',
    { 'data-question': id },
    h('span', { class: 'tp-prompt' }, prompt),
    h(
      'span',
      { class: 'tp-order' },
      button(icon('up'), () => c.movePick(i, -1), {
        'aria-label': t('builder.pick.up', { prompt }),
        disabled: i === 0,
        'data-key': `up:${id}`,
      }),
      button(icon('down'), () => c.movePick(i, 1), {
        'aria-label': t('builder.pick.down', { prompt }),
        disabled: i === last,
        'data-key': `down:${id}`,
      }),
      button(
        icon('cross'),
        () => {
          c.setPicked(id, false);
          focusSearch();
        },
        { 'aria-label': t('builder.pick.remove', { prompt }), 'data-key': `remove:${id}` },
      ),
    ),
  );
}

export function pickView(c: TeacherController): { el: HTMLElement; update(): void } {
  const searchId = nextId('search');
  const search = h('input', {
    id: searchId,
    type: 'search',
    value: c.search,
    autocomplete: 'off',
    'data-testid': 'pick-search',
    'data-key': 'search',
    'aria-describedby': `${searchId}-hint`,
  });
  const langId = nextId('preview');
  const lang = h(
    'select',
    { id: langId, 'data-testid': 'preview-language', 'data-key': 'preview' },
    ...availableLanguages().map((l) =>
      h('option', { value: l.code, lang: l.code, selected: l.code === c.previewLang }, l.name),
    ),
  );
  const matches = h('p', { class: 'hint', role: 'status' });
  const list = h('ul', { class: 'tp-pick-list', 'data-testid': 'pick-list' });
  const chosen = h('ol', { class: 'tp-chosen', 'data-testid': 'picked' });
  search.addEventListener('input', () => c.setSearch(search.value));
  lang.addEventListener('change', () => void c.setPreviewLanguage(lang.value));
  const el = h(
    'div',
    { class: 'tp-pick' },
    h(
      'div',
      { class: 'tp-pick-tools' },
      h('div', { class: 'tp-field' }, h('label', { for: searchId }, t('builder.pick.search')), search),
      h('div', { class: 'tp-field' }, h('label', { for: langId }, t('builder.pick.previewLanguage')), lang),
    ),
    h('p', { class: 'hint', id: `${searchId}-hint` }, t('builder.pick.searchHint')),
    matches,
    list,
    h('h3', {}, t('builder.pick.chosen')),
    chosen,
  );
  const update = () => {
    const { questions, lng } = c.pickList();
    const texts = currentTexts((id) => c.byId.get(id), lng);
    matches.textContent = t('builder.pick.matches', { count: questions.length });
    replace(list, ...questions.map((q) => pickItem(c, q, texts, lng)));
    const picked = c.form.picked;
    replace(
      chosen,
      ...(picked.length === 0
        ? [h('li', { class: 'hint tp-none' }, t('builder.pick.none'))]
        : picked.map((id, i) => chosenItem(c, id, i, () => search.focus()))),
    );
  };
  return { el, update };
}
