/** One question's form: its type, words, type's own fields, cited paragraphs, topic, difficulty, background. */
import { paragraphsOf, toggleParagraph, paragraphCount, type DraftQuestion } from '../../../core/authoring/draft.ts';
import { setWords } from '../../../core/authoring/edits.ts';
import type { Difficulty, QuestionType } from '../../../core/content/types.ts';
import { QUESTION_TYPES } from '../../../core/questions/registry.ts';
import { t } from '../../../i18n/index.ts';
import { answerKind } from '../../answers/index.ts';
import { h } from '../../dom.ts';
import { checkbox, selectField, wordsFields } from './fields.ts';
import type { StudioCtx } from './studioPage.ts';
import { typeForm } from './typeForms.ts';

export function questionEditor(c: StudioCtx, q: DraftQuestion): HTMLElement {
  const d = c.draft();
  const main = d.languages[0] ?? 'en';
  const typeOptions = QUESTION_TYPES.map((ty) => ({ value: ty, label: t(`answerKey.types.${ty}`) }));
  const topicOptions = d.topics.map((tp, i) => ({
    value: tp.id,
    label: (tp.words[main] ?? '').trim() || t('studio.topicName', { n: i + 1 }),
  }));
  const levels = ([1, 2, 3] as const).map((n) => ({ value: String(n), label: t(`builder.form.difficulty${n}`) }));
  return h(
    'div',
    { class: 'st-editor', 'data-testid': 'studio-editor' },
    selectField(
      t('studio.type'),
      typeOptions,
      q.type,
      (v) => c.editQ(q.id, (x) => ({ ...x, type: v as QuestionType }), true),
      'studio-type',
    ),
    wordsFields(answerKind(q.type).statement ? t('studio.statement') : t('studio.prompt'), q.prompt, `${q.id}.prompt`, {
      ...c.words('studio-prompt'),
      multiline: true,
      onInput: (lng, v) => c.editQ(q.id, (x) => ({ ...x, prompt: setWords(x.prompt, lng, v) })),
    }),
    typeForm(c, q),
    wordsFields(t('studio.explanation'), q.explanation, `${q.id}.explanation`, {
      ...c.words('studio-explanation'),
      multiline: true,
      onInput: (lng, v) => c.editQ(q.id, (x) => ({ ...x, explanation: setWords(x.explanation, lng, v) })),
    }),
    paragraphPicker(c, q),
    h(
      'div',
      { class: 'st-grid' },
      selectField(
        t('studio.topic'),
        topicOptions,
        q.topic,
        (v) => c.editQ(q.id, (x) => ({ ...x, topic: v })),
        'studio-topic',
      ),
      selectField(
        t('builder.form.difficulty'),
        levels,
        String(q.difficulty),
        (v) => c.editQ(q.id, (x) => ({ ...x, difficulty: Number(v) as Difficulty })),
        'studio-difficulty',
      ),
    ),
  );
}

/** The source's paragraphs to cite, each with its first words; or "background" when it is not in the source. */
function paragraphPicker(c: StudioCtx, q: DraftQuestion): HTMLElement {
  const source = c.draft().source;
  const texts = paragraphsOf(source.text);
  const n = paragraphCount(source);
  const box = h('fieldset', { class: 'st-cite' }, h('legend', {}, t('studio.paragraphs')));
  const list = h('div', { class: 'st-cite-list' });
  for (let i = 1; i <= n; i++) {
    const words = texts[i - 1];
    const label = words ? `[${i}] ${words.length > 70 ? `${words.slice(0, 70)}…` : words}` : `[${i}]`;
    list.append(
      checkbox(label, q.paragraphs.includes(i), () => c.editQ(q.id, (x) => toggleParagraph(x, i)), `studio-cite-${i}`),
    );
  }
  if (n === 0) list.append(h('p', { class: 'st-hint' }, t('studio.pasteFirst')));
  box.append(list);
  const msg = h('p', {
    class: 'st-msg',
    'data-field': `${q.id}.paragraphs`,
    id: `st-cite-msg-${q.id}`,
    'aria-live': 'polite',
  });
  box.setAttribute('aria-describedby', msg.id);
  box.append(msg);
  const background = checkbox(
    t('studio.background'),
    q.context,
    (on) => c.editQ(q.id, (x) => ({ ...x, context: on })),
    'studio-background',
  );
  box.append(background, h('p', { class: 'st-hint' }, t('studio.backgroundHint')));
  return box;
}
