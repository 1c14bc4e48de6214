import type { MatchQuestion } from '../../core/questions/match/index.ts';
import { createRng, shuffle } from '../../core/random/rng.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { confirmButton } from './confirmButton.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';
import { icon } from '../icons.ts';
import { setWords, takeId } from '../../core/authoring/edits.ts';
import { MATCH_PAIRS } from '../../core/questions/match/index.ts';
import { button } from '../dom.ts';
import type { StudioForm } from './formKit.ts';

/** Who said it: each statement gets a speaker from a real <select>; Confirm answers once all are set. */
export function matchWidget(ctx: AnswerContext<MatchQuestion>, seed: number): AnswerWidget {
  const rng = createRng(seed);
  const statements = shuffle(
    ctx.question.pairs.map((p) => p.statement),
    rng,
  );
  const speakers = shuffle([...new Set(ctx.question.pairs.map((p) => p.speaker))], rng);
  const selects = new Map<string, HTMLSelectElement>();
  const rows = statements.map((s, i) => {
    const id = `match-${ctx.question.id}-${i}`;
    const select = h(
      'select',
      { id, 'data-statement': s },
      h('option', { value: '' }, t('answer.chooseSpeaker')),
      ...speakers.map((sp) => h('option', { value: sp }, ctx.text.speakers?.[sp] ?? '')),
    );
    select.addEventListener('change', update);
    selects.set(s, select);
    return h(
      'li',
      { class: 'pair' },
      h('label', { for: id, class: 'statement' }, t('answer.quoted', { text: ctx.text.statements?.[s] ?? '' })),
      select,
    );
  });
  const ok = confirmButton(() => submit());
  const el = h('div', { class: 'match' }, h('ol', { class: 'pairs' }, ...rows), ok);

  function pairs(): Record<string, string> | null {
    const out: Record<string, string> = {};
    for (const [s, sel] of selects) {
      if (!sel.value) return null;
      out[s] = sel.value;
    }
    return out;
  }
  function update(): void {
    ok.disabled = pairs() === null;
  }
  function submit(): void {
    const p = pairs();
    if (p) ctx.submit({ type: 'match', pairs: p });
  }
  update();

  return {
    el,
    focus: () => selects.values().next().value?.focus(),
    key(ev) {
      if (ev.key !== 'Enter' || ok.disabled || ev.target instanceof HTMLSelectElement) return false;
      submit();
      return true;
    },
    reveal(correct, given) {
      ok.disabled = true;
      const truth = correct.type === 'match' ? correct.pairs : {};
      const answered = given?.type === 'match' ? given.pairs : {};
      for (const [s, sel] of selects) {
        sel.disabled = true;
        const right = truth[s] === answered[s];
        const row = sel.closest('li');
        row?.classList.add(right ? 'right' : 'wrong');
        row?.append(
          h(
            'p',
            { class: 'mark' },
            h('span', { class: 'icon', 'aria-hidden': 'true' }, icon(right ? 'check' : 'cross')),
            ` ${right ? t('answer.markRight') : t('answer.markWrong')} — ${t('answer.saidBy', { who: ctx.text.speakers?.[truth[s] ?? ''] ?? '' })}`,
          ),
        );
      }
    },
  };
}

/** Its form in the studio: each statement with its speaker, moved, added and removed. */
export const matchForm: StudioForm = (k, q) => {
  const rows = q.pairs.map((p, i) =>
    h(
      'div',
      { class: 'st-item' },
      k.wordsFields(t('studio.statementN', { n: i + 1 }), p.statement.words, `${q.id}.item.${p.statement.id}`, {
        ...k.words(`studio-said-${i + 1}`),
        onInput: (lng, v) =>
          k.editQ(q.id, (x) => ({
            ...x,
            pairs: x.pairs.map((y) =>
              y.statement.id === p.statement.id
                ? { ...y, statement: { ...y.statement, words: setWords(y.statement.words, lng, v) } }
                : y,
            ),
          })),
      }),
      k.wordsFields(t('studio.speakerN', { n: i + 1 }), p.speaker.words, `${q.id}.item.${p.speaker.id}`, {
        ...k.words(`studio-speaker-${i + 1}`),
        onInput: (lng, v) =>
          k.editQ(q.id, (x) => ({
            ...x,
            pairs: x.pairs.map((y) =>
              y.speaker.id === p.speaker.id
                ? { ...y, speaker: { ...y.speaker, words: setWords(y.speaker.words, lng, v) } }
                : y,
            ),
          })),
      }),
      k.rowTools(q, i, q.pairs.length, MATCH_PAIRS.min, 'pairs'),
    ),
  );
  const add = button(
    t('studio.addPair'),
    () => {
      const a = takeId(k.draft(), 's');
      const b = takeId(a.draft, 'p');
      k.change(b.draft);
      k.editQ(
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
  return k.group(t('studio.pairs'), `${q.id}.pairs`, h('p', { class: 'st-hint' }, t('studio.pairsHint')), ...rows, add);
};
