/** The quiz's own words (title, languages, topics) and its source (the pasted text, numbered). */
import { paragraphCount, paragraphsOf, setLanguages } from '../../../core/authoring/draft.ts';
import { setWords, takeId } from '../../../core/authoring/edits.ts';
import { t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { checkbox, messageFor, textField, wordsFields } from './fields.ts';
import type { StudioCtx } from './studioPage.ts';

export function quizSection(c: StudioCtx): HTMLElement {
  const d = c.draft();
  const langs = h('fieldset', { class: 'st-langs' }, h('legend', {}, t('studio.languages')));
  for (const l of c.d.languages) {
    langs.append(
      checkbox(
        l.name,
        d.languages.includes(l.code),
        (on) => {
          const now = c.draft().languages;
          const next = on ? [...now, l.code] : now.filter((x) => x !== l.code);
          c.change(next.length === 0 ? c.draft() : setLanguages(c.draft(), next), true);
        },
        `studio-lang-${l.code}`,
      ),
    );
  }
  langs.append(h('p', { class: 'st-hint' }, t('studio.languagesHint')));
  const topics = h('fieldset', { class: 'st-topics' }, h('legend', {}, t('studio.topics')));
  d.topics.forEach((topic, i) => {
    topics.append(
      wordsFields(t('studio.topicName', { n: i + 1 }), topic.words, `topic.${topic.id}`, {
        ...c.words(`studio-topic-${i + 1}`),
        onInput: (lng, value) =>
          c.change({
            ...c.draft(),
            topics: c
              .draft()
              .topics.map((x) => (x.id === topic.id ? { ...x, words: setWords(x.words, lng, value) } : x)),
          }),
      }),
    );
  });
  topics.append(
    button(
      t('studio.addTopic'),
      () => {
        const { draft, id } = takeId(c.draft(), 'topic-');
        c.change({ ...draft, topics: [...draft.topics, { id, words: {} }] }, true);
      },
      { class: 'secondary', 'data-testid': 'studio-add-topic' },
    ),
  );
  return h(
    'section',
    { class: 'card st-quiz', 'aria-labelledby': 'st-quiz-h' },
    h('h2', { id: 'st-quiz-h' }, t('studio.quizHeading')),
    langs,
    wordsFields(t('studio.title'), d.title, 'title', {
      ...c.words('studio-title'),
      onInput: (lng, value) => c.change({ ...c.draft(), title: setWords(c.draft().title, lng, value) }),
    }),
    topics,
  );
}

export function sourceSection(c: StudioCtx): HTMLElement {
  const d = c.draft();
  const s = d.source;
  const set =
    (key: 'title' | 'publication' | 'date' | 'link', redraw = false) =>
    (value: string) =>
      c.change({ ...c.draft(), source: { ...c.draft().source, [key]: value } }, redraw);
  const list = h('ol', { class: 'st-paragraphs', 'data-testid': 'studio-paragraphs' });
  const drawParagraphs = () => {
    const paragraphs = paragraphsOf(c.draft().source.text);
    list.replaceChildren(
      ...paragraphs.map((p, i) => h('li', { value: i + 1 }, h('span', { class: 'st-pn' }, `[${i + 1}]`), ' ', p)),
    );
    count.textContent =
      paragraphs.length === 0 && c.draft().source.knownParagraphs > 0
        ? t('studio.knownParagraphs', { count: c.draft().source.knownParagraphs })
        : t('studio.paragraphCount', { count: paragraphs.length });
  };
  const count = h('p', { class: 'st-hint', 'data-testid': 'studio-paragraph-count' });
  const text = h('textarea', {
    id: 'st-source-text',
    rows: 8,
    'data-testid': 'studio-source-text',
    'aria-describedby': 'st-source-hint',
  });
  text.value = s.text;
  text.addEventListener('input', () => {
    const before = paragraphCount(c.draft().source);
    const source = { ...c.draft().source, text: text.value };
    // The question forms offer the paragraphs to cite: drawn again only when their number changes.
    c.change({ ...c.draft(), source }, paragraphCount(source) !== before && document.activeElement !== text);
    drawParagraphs();
  });
  text.addEventListener('change', () => c.change(c.draft(), true));
  drawParagraphs();
  return h(
    'section',
    { class: 'card st-source', 'aria-labelledby': 'st-source-h' },
    h('h2', { id: 'st-source-h' }, t('studio.sourceHeading')),
    h(
      'div',
      { class: 'st-grid' },
      textField(t('studio.sourceTitle'), s.title, 'source.title', {
        onInput: set('title'),
        testId: 'studio-source-title',
      }),
      textField(t('studio.publication'), s.publication, null, {
        onInput: set('publication'),
        testId: 'studio-publication',
      }),
      textField(t('studio.date'), s.date, 'source.date', { type: 'date', onInput: set('date'), testId: 'studio-date' }),
      textField(t('studio.link'), s.link, 'source.link', { type: 'url', onInput: set('link'), testId: 'studio-link' }),
    ),
    h('label', { for: 'st-source-text' }, t('studio.sourceText')),
    h('p', { class: 'st-hint', id: 'st-source-hint' }, t('studio.sourceHint')),
    text,
    messageFor('source.text', text),
    count,
    list,
  );
}
