import type { TimelineQuestion } from '../../core/questions/timeline/index.ts';
import { shuffle, createRng } from '../../core/random/rng.ts';
import { t } from '../../i18n/index.ts';
import { button, h, replace } from '../dom.ts';
import { confirmButton } from './confirmButton.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';
import { icon } from '../icons.ts';
import { takeId } from '../../core/authoring/edits.ts';
import { TIMELINE_EVENTS } from '../../core/questions/timeline/index.ts';
import { withWords, type StudioForm } from './formKit.ts';

/**
 * Timeline: events start shuffled; each moves up or down by its own buttons (mouse, touch and
 * keyboard alike; Alt+↑/↓ moves the focused one). Confirm answers.
 */
export function timelineWidget(ctx: AnswerContext<TimelineQuestion>, seed: number): AnswerWidget {
  const right = ctx.question.order;
  let order = shuffle(right, createRng(seed));
  if (order.every((e, i) => e === right[i])) order = [...order.slice(1), order[0] as string];
  const list = h('ol', { class: 'timeline' });
  const status = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const label = (id: string) => ctx.text.events?.[id] ?? '';
  let locked = false;

  function move(from: number, to: number, focusKind: 'up' | 'down'): void {
    if (locked || to < 0 || to >= order.length) return;
    const next = order.slice();
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as string);
    order = next;
    draw();
    status.textContent = t('answer.movedTo', { event: label(item as string), position: to + 1, total: order.length });
    const row = list.children[to];
    (
      (row?.querySelector(`button.${focusKind}`) as HTMLButtonElement | null) ??
      (row?.querySelector('button') as HTMLButtonElement | null)
    )?.focus();
  }

  function draw(marks?: Map<string, boolean>): void {
    replace(list, ...order.map((id, i) => eventRow(id, i, { marks, locked, total: order.length, label, move })));
  }
  draw();
  const ok = confirmButton(() => ctx.submit({ type: 'timeline', order }));
  const el = h(
    'div',
    { class: 'timeline-answer' },
    h('p', { class: 'hint' }, t('answer.timelineHint')),
    list,
    status,
    ok,
  );

  return {
    el,
    focus: () => list.querySelector('button:not([disabled])' as 'button')?.focus(),
    key(ev) {
      if (ev.key === 'Enter' && !(ev.target instanceof HTMLButtonElement) && !ok.disabled) {
        ctx.submit({ type: 'timeline', order });
        return true;
      }
      if (ev.altKey && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) {
        const row = (ev.target as Element | null)?.closest?.('li');
        const i = row ? Array.prototype.indexOf.call(list.children, row) : -1;
        if (i >= 0) move(i, ev.key === 'ArrowUp' ? i - 1 : i + 1, ev.key === 'ArrowUp' ? 'up' : 'down');
        return i >= 0;
      }
      return false;
    },
    reveal(correct, given) {
      locked = true;
      ok.disabled = true;
      const truth = correct.type === 'timeline' ? correct.order : right;
      if (given?.type === 'timeline') order = given.order;
      draw(new Map(order.map((id, i) => [id, truth[i] === id])));
      el.append(
        h(
          'p',
          { class: 'truth' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('check')),
          ` ${t('answer.rightOrder')} `,
          truth.map(label).join(t('answer.then')),
        ),
      );
    },
  };
}

interface RowState {
  marks: Map<string, boolean> | undefined;
  locked: boolean;
  total: number;
  label: (id: string) => string;
  move: (from: number, to: number, focusKind: 'up' | 'down') => void;
}

/** One event in the list: its position, its name, its mark once revealed, and its move buttons. */
function eventRow(id: string, i: number, { marks, locked, total, label, move }: RowState): HTMLElement {
  const mark = marks?.get(id);
  return h(
    'li',
    { class: mark === undefined ? 'event' : mark ? 'event right' : 'event wrong', 'data-event': id },
    h('span', { class: 'pos', 'aria-hidden': 'true' }, String(i + 1)),
    h('span', { class: 'label' }, label(id)),
    mark === undefined
      ? null
      : h(
          'span',
          { class: 'mark' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, icon(mark ? 'check' : 'cross')),
          ` ${mark ? t('answer.markRight') : t('answer.markWrong')}`,
        ),
    button(icon('up'), () => move(i, i - 1, 'up'), {
      class: 'up',
      'aria-label': t('answer.moveUp', { event: label(id) }),
      disabled: locked || i === 0,
    }),
    button(icon('down'), () => move(i, i + 1, 'down'), {
      class: 'down',
      'aria-label': t('answer.moveDown', { event: label(id) }),
      disabled: locked || i === total - 1,
    }),
  );
}

/** Its form in the studio: the events in their right order, moved, added and removed. */
export const timelineForm: StudioForm = (k, q) => {
  const rows = q.events.map((it, i) =>
    h(
      'div',
      { class: 'st-item' },
      k.wordsFields(t('studio.eventN', { n: i + 1 }), it.words, `${q.id}.item.${it.id}`, {
        ...k.words(`studio-event-${i + 1}`),
        onInput: (lng, v) => k.editQ(q.id, (x) => ({ ...x, events: withWords(x.events, it.id, lng, v) })),
      }),
      k.rowTools(q, i, q.events.length, TIMELINE_EVENTS.min, 'events'),
    ),
  );
  const add = button(
    t('studio.addEvent'),
    () => {
      const { draft, id } = takeId(k.draft(), 'e');
      k.change(draft);
      k.editQ(q.id, (x) => ({ ...x, events: [...x.events, { id, words: {} }] }), true);
    },
    { class: 'secondary', disabled: q.events.length >= TIMELINE_EVENTS.max, 'data-testid': 'studio-add-event' },
  );
  return k.group(
    t('studio.events'),
    `${q.id}.events`,
    h('p', { class: 'st-hint' }, t('studio.eventsHint')),
    ...rows,
    add,
  );
};
