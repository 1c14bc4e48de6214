/** Each question type's own fields in the studio. */
import { moveItem, setWords, takeId, type DraftItem, type DraftQuestion } from '../../../core/authoring/draft.ts';
import { MATCH_PAIRS } from '../../../core/questions/match/index.ts';
import { TIMELINE_EVENTS } from '../../../core/questions/timeline/index.ts';
import { t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { checkbox, group, nextId, textField, wordsFields } from './fields.ts';
import { placePicker } from './placePicker.ts';
import type { StudioCtx } from './studioPage.ts';

type Form = (c: StudioCtx, q: DraftQuestion) => HTMLElement;

const withWords = (list: DraftItem[], id: string, lng: string, v: string): DraftItem[] =>
  list.map((it) => (it.id === id ? { ...it, words: setWords(it.words, lng, v) } : it));

const choice: Form = (c, q) => {
  const name = nextId('right');
  const rows = q.choices.map((it, i) => {
    const radioId = nextId('r');
    const radio = h('input', { type: 'radio', name, id: radioId, 'data-testid': `studio-right-${i + 1}` });
    radio.checked = q.answer === it.id;
    radio.addEventListener('change', () => c.editQ(q.id, (x) => ({ ...x, answer: it.id })));
    return h(
      'div',
      { class: 'st-item' },
      h('div', { class: 'st-check' }, radio, h('label', { for: radioId }, t('studio.rightChoice', { n: i + 1 }))),
      wordsFields(t('studio.choiceN', { n: i + 1 }), it.words, `${q.id}.item.${it.id}`, {
        ...c.words(`studio-choice-${i + 1}`),
        onInput: (lng, v) => c.editQ(q.id, (x) => ({ ...x, choices: withWords(x.choices, it.id, lng, v) })),
      }),
    );
  });
  return group(t('studio.choices'), `${q.id}.choices`, ...rows);
};

const truefalse: Form = (c, q) => {
  const name = nextId('tf');
  const option = (value: boolean, label: string, testId: string) => {
    const id = nextId('tfo');
    const r = h('input', { type: 'radio', name, id, 'data-testid': testId });
    r.checked = q.truth === value;
    r.addEventListener('change', () => c.editQ(q.id, (x) => ({ ...x, truth: value })));
    return h('div', { class: 'st-check' }, r, h('label', { for: id }, label));
  };
  return group(
    t('studio.truth'),
    `${q.id}.truth`,
    option(true, t('studio.true'), 'studio-true'),
    option(false, t('studio.false'), 'studio-false'),
  );
};

const numeric: Form = (c, q) => {
  const n = q.numeric;
  const num = (key: keyof typeof n & string, label: string) =>
    textField(label, String(n[key]), null, {
      type: 'number',
      testId: `studio-num-${key}`,
      onInput: (v) => c.editQ(q.id, (x) => ({ ...x, numeric: { ...x.numeric, [key]: v } })),
    });
  return group(
    t('studio.number'),
    `${q.id}.numeric`,
    h(
      'div',
      { class: 'st-grid' },
      num('answer', t('studio.numAnswer')),
      num('tolerance', t('studio.numTolerance')),
      num('min', t('studio.numMin')),
      num('max', t('studio.numMax')),
      num('step', t('studio.numStep')),
    ),
    checkbox(
      t('studio.year'),
      n.year,
      (on) => c.editQ(q.id, (x) => ({ ...x, numeric: { ...x.numeric, year: on } })),
      'studio-year',
    ),
    wordsFields(t('studio.unit'), q.unit, `${q.id}.unit`, {
      ...c.words('studio-unit'),
      onInput: (lng, v) => c.editQ(q.id, (x) => ({ ...x, unit: setWords(x.unit, lng, v) })),
    }),
  );
};

/** Rows the teacher can move, add (up to `max`) and remove (down to `min`). */
function rowTools(
  c: StudioCtx,
  q: DraftQuestion,
  i: number,
  count: number,
  min: number,
  key: 'events' | 'pairs',
): HTMLElement {
  const edit = (f: (x: DraftQuestion) => DraftQuestion) => c.editQ(q.id, f, true);
  const move = (by: -1 | 1) =>
    edit((x) =>
      key === 'events' ? { ...x, events: moveItem(x.events, i, by) } : { ...x, pairs: moveItem(x.pairs, i, by) },
    );
  return h(
    'div',
    { class: 'st-rowtools' },
    button(t('studio.up'), () => move(-1), {
      class: 'secondary',
      disabled: i === 0,
      'data-testid': `studio-${key}-up-${i + 1}`,
    }),
    button(t('studio.down'), () => move(1), {
      class: 'secondary',
      disabled: i === count - 1,
      'data-testid': `studio-${key}-down-${i + 1}`,
    }),
    button(
      t('studio.remove'),
      () =>
        edit((x) =>
          key === 'events'
            ? { ...x, events: x.events.filter((_, j) => j !== i) }
            : { ...x, pairs: x.pairs.filter((_, j) => j !== i) },
        ),
      { class: 'secondary', disabled: count <= min, 'data-testid': `studio-${key}-remove-${i + 1}` },
    ),
  );
}

const timeline: Form = (c, q) => {
  const rows = q.events.map((it, i) =>
    h(
      'div',
      { class: 'st-item' },
      wordsFields(t('studio.eventN', { n: i + 1 }), it.words, `${q.id}.item.${it.id}`, {
        ...c.words(`studio-event-${i + 1}`),
        onInput: (lng, v) => c.editQ(q.id, (x) => ({ ...x, events: withWords(x.events, it.id, lng, v) })),
      }),
      rowTools(c, q, i, q.events.length, TIMELINE_EVENTS.min, 'events'),
    ),
  );
  const add = button(
    t('studio.addEvent'),
    () => {
      const { draft, id } = takeId(c.draft(), 'e');
      c.change(draft);
      c.editQ(q.id, (x) => ({ ...x, events: [...x.events, { id, words: {} }] }), true);
    },
    { class: 'secondary', disabled: q.events.length >= TIMELINE_EVENTS.max, 'data-testid': 'studio-add-event' },
  );
  return group(
    t('studio.events'),
    `${q.id}.events`,
    h('p', { class: 'st-hint' }, t('studio.eventsHint')),
    ...rows,
    add,
  );
};

const match: Form = (c, q) => {
  const rows = q.pairs.map((p, i) =>
    h(
      'div',
      { class: 'st-item' },
      wordsFields(t('studio.statementN', { n: i + 1 }), p.statement.words, `${q.id}.item.${p.statement.id}`, {
        ...c.words(`studio-said-${i + 1}`),
        onInput: (lng, v) =>
          c.editQ(q.id, (x) => ({
            ...x,
            pairs: x.pairs.map((y) =>
              y.statement.id === p.statement.id
                ? { ...y, statement: { ...y.statement, words: setWords(y.statement.words, lng, v) } }
                : y,
            ),
          })),
      }),
      wordsFields(t('studio.speakerN', { n: i + 1 }), p.speaker.words, `${q.id}.item.${p.speaker.id}`, {
        ...c.words(`studio-speaker-${i + 1}`),
        onInput: (lng, v) =>
          c.editQ(q.id, (x) => ({
            ...x,
            pairs: x.pairs.map((y) =>
              y.speaker.id === p.speaker.id
                ? { ...y, speaker: { ...y.speaker, words: setWords(y.speaker.words, lng, v) } }
                : y,
            ),
          })),
      }),
      rowTools(c, q, i, q.pairs.length, MATCH_PAIRS.min, 'pairs'),
    ),
  );
  const add = button(
    t('studio.addPair'),
    () => {
      const a = takeId(c.draft(), 's');
      const b = takeId(a.draft, 'p');
      c.change(b.draft);
      c.editQ(
        q.id,
        (x) => ({
          ...x,
          pairs: [...x.pairs, { statement: { id: a.id, words: {} }, speaker: { id: b.id, words: {} } }],
        }),
        true,
      );
    },
    { class: 'secondary', disabled: q.pairs.length >= MATCH_PAIRS.max, 'data-testid': 'studio-add-pair' },
  );
  return group(t('studio.pairs'), `${q.id}.pairs`, h('p', { class: 'st-hint' }, t('studio.pairsHint')), ...rows, add);
};

const FORMS: Record<DraftQuestion['type'], Form> = { choice, truefalse, locate: placePicker, numeric, timeline, match };

export function typeForm(c: StudioCtx, q: DraftQuestion): HTMLElement {
  return FORMS[q.type](c, q);
}
