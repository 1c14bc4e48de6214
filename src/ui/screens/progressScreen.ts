import { topicName } from '../../i18n/texts.ts';
import type { ConfusedPair, TopicStanding } from '../../core/progress/index.ts';
import { formatNumber, formatPercent, t } from '../../i18n/index.ts';
import { button, h, replace } from '../dom.ts';
import type { MapPort } from '../../ports/map.ts';
import './progress.css';
import type { Screen } from '../../ports/screen.ts';
import { icon } from '../icons.ts';

export interface ProgressView {
  topics: TopicStanding[];
  confused: ConfusedPair[];
  /** Facts answered at least once. */
  answered: number;
}

export interface ProgressActions {
  back(): void;
  practice(): void;
  /** Forgets the record; returns the new view and a message to show (done or failed). */
  forget(): { view: ProgressView; message: string };
  place(id: string): string;
  /** A message to show once on arrival. */
  notice?: string | null;
}

/**
 * "Where I stand": per topic, facts mastered of total (a bar and the numbers in words), the places
 * the student still confuses (a list, and on the map), and "Forget my progress" with a confirmation.
 */
export function progressScreen(first: ProgressView, a: ProgressActions, map: MapPort): Screen {
  let view = first;
  const heading = h('h1', { tabindex: '-1', id: 'progress-title' }, t('learn.title'));
  const status = h('p', { class: 'notice', role: 'status', 'data-testid': 'progress-status' });
  const body = h('div', { class: 'progress-body' });
  const forgetArea = h('div', { class: 'forget' });
  const el = progressPage(heading, () => a.back(), status, body, forgetArea);

  function say(message: string | null | undefined): void {
    status.textContent = message ?? '';
    status.hidden = !message;
  }

  function draw(): void {
    replace(body, ...progressBody(view, a, (p) => showPair(map, p)));
    drawForget(false);
    showAllOnMap(map, view.confused);
  }

  function drawForget(confirming: boolean): void {
    if (!confirming) {
      const start = button(
        t('learn.forget'),
        () => {
          drawForget(true);
          forgetArea.querySelector<HTMLButtonElement>('[data-testid="forget-cancel"]')?.focus();
        },
        { class: 'danger', 'data-testid': 'forget', disabled: view.answered === 0 && view.confused.length === 0 },
      );
      replace(forgetArea, start);
      return;
    }
    replace(
      forgetArea,
      forgetConfirm(
        () => {
          const done = a.forget();
          view = done.view;
          draw();
          say(done.message);
          heading.focus();
        },
        () => {
          drawForget(false);
          forgetArea.querySelector<HTMLButtonElement>('[data-testid="forget"]')?.focus();
        },
      ),
    );
  }

  say(a.notice);
  draw();
  return {
    el,
    mount() {
      map.setInteraction({ kind: 'none' });
      map.setLayers({ countryLabels: true, cityLabels: true, cityMarkers: true });
      showAllOnMap(map, view.confused);
      heading.focus();
    },
    unmount() {
      map.clearOutcome();
      map.focusPlace(null);
    },
  };
}

/** The page: the heading with Back, the status line, the body and the forget area. */
function progressPage(
  heading: HTMLElement,
  back: () => void,
  status: HTMLElement,
  body: HTMLElement,
  forgetArea: HTMLElement,
): HTMLElement {
  return h(
    'main',
    { class: 'screen progress-page', 'data-screen': 'progress', 'aria-labelledby': 'progress-title' },
    h(
      'section',
      { class: 'card progress-card' },
      h(
        'div',
        { class: 'progress-head' },
        heading,
        button(t('learn.back'), () => back(), { class: 'secondary', 'data-testid': 'progress-back' }),
      ),
      status,
      body,
      forgetArea,
    ),
  );
}

/** What the body shows of a view: the topics, the legend, the confused places and Practise. */
function progressBody(
  view: ProgressView,
  a: ProgressActions,
  showPair: (p: ConfusedPair) => void,
): (HTMLElement | null)[] {
  return [
    view.answered === 0 ? h('p', { class: 'muted', 'data-testid': 'nothing-yet' }, t('learn.nothingYet')) : null,
    h('p', { class: 'muted' }, t('learn.masteredHint')),
    topicList(view.topics),
    h('h2', {}, t('learn.confusedTitle')),
    h(
      'p',
      { class: 'map-legend' },
      h('span', { class: 'swatch asked', 'aria-hidden': 'true' }, icon('check')),
      ` ${t('learn.legendAsked')} `,
      h('span', { class: 'swatch picked', 'aria-hidden': 'true' }, icon('cross')),
      ` ${t('learn.legendPicked')}`,
    ),
    confusedListOf(view.confused, (id) => a.place(id), showPair),
    h(
      'div',
      { class: 'actions' },
      button(t('learn.practise'), () => a.practice(), { class: 'primary', 'data-testid': 'progress-practice' }),
    ),
  ];
}

function showPair(map: MapPort, p: ConfusedPair): void {
  map.showOutcome({ correct: [p.expected], wrong: [p.picked] });
  map.focusPlace(p.expected);
}

/** Every confused pair on the map at once: the places asked, and the ones picked instead. */
function showAllOnMap(map: MapPort, confused: ConfusedPair[]): void {
  map.clearOutcome();
  if (confused.length === 0) return;
  const correct = [...new Set(confused.map((p) => p.expected))];
  const wrong = [...new Set(confused.map((p) => p.picked))].filter((id) => !correct.includes(id));
  map.showOutcome({ correct, wrong });
}

/** Per topic: its name, a bar (seen and mastered), and the numbers in words. */
function topicList(topics: TopicStanding[]): HTMLElement {
  return h(
    'ul',
    { class: 'topics', 'data-testid': 'mastery' },
    ...topics.map((row) => {
      const share = row.total === 0 ? 0 : row.mastered / row.total;
      const seen = row.total === 0 ? 0 : row.seen / row.total;
      return h(
        'li',
        { 'data-topic': row.topic, 'data-mastered': row.mastered, 'data-total': row.total, 'data-seen': row.seen },
        h('p', { class: 'topic-name' }, topicName(row.topic)),
        h(
          'div',
          { class: 'bar', role: 'img', 'aria-label': t('learn.barLabel', { percent: formatPercent(share) }) },
          widthOf(h('span', { class: 'seen' }), seen),
          widthOf(h('span', { class: 'mastered' }), share),
        ),
        h(
          'p',
          { class: 'topic-numbers', 'data-testid': 'topic-numbers' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('star')),
          ` ${t('learn.topicMastered', { mastered: formatNumber(row.mastered), total: formatNumber(row.total) })}`,
        ),
        h(
          'p',
          { class: 'topic-detail' },
          t('learn.topicSeen', { seen: formatNumber(row.seen), due: formatNumber(row.due) }),
        ),
      );
    }),
  );
}

/** The places the student confuses, each with "Show on the map"; or a line saying there are none. */
function confusedListOf(
  confused: ConfusedPair[],
  place: (id: string) => string,
  showPair: (p: ConfusedPair) => void,
): HTMLElement {
  return confused.length
    ? h(
        'ul',
        { class: 'confused', 'data-testid': 'confused' },
        ...confused.map((p) =>
          h(
            'li',
            { 'data-expected': p.expected, 'data-picked': p.picked },
            h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('swap')),
            h(
              'span',
              { class: 'pair' },
              ` ${t('learn.confusedItem', { picked: place(p.picked), expected: place(p.expected), count: p.count })}`,
            ),
            button(t('learn.showOnMap'), () => showPair(p), {
              class: 'secondary small',
              'data-testid': 'show-on-map',
            }),
          ),
        ),
      )
    : h('p', { class: 'muted' }, t('learn.noConfusion'));
}

/** "Forget my progress?" with Yes and Cancel. */
function forgetConfirm(yes: () => void, cancel: () => void): HTMLElement {
  return h(
    'div',
    { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'forget-q' },
    h(
      'p',
      { id: 'forget-q' },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('warning')),
      ` ${t('learn.forgetConfirm')}`,
    ),
    h(
      'div',
      { class: 'actions' },
      button(t('learn.forgetYes'), yes, { class: 'danger', 'data-testid': 'forget-yes' }),
      button(t('learn.cancel'), cancel, { class: 'secondary', 'data-testid': 'forget-cancel' }),
    ),
  );
}

/** Set through the CSSOM, not a style attribute, so a strict Content-Security-Policy allows it. */
function widthOf(el: HTMLElement, ratio: number): HTMLElement {
  el.style.width = `${(Math.min(1, Math.max(0, ratio)) * 100).toFixed(1)}%`;
  return el;
}
