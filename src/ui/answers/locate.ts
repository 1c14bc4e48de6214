import type { Response } from '../../core/content/types.ts';
import type { LocateQuestion } from '../../core/questions/locate/index.ts';
import { t } from '../../i18n/index.ts';
import { button, h } from '../dom.ts';
import type { MapPick } from '../../ports/map.ts';
import { confirmButton } from './confirmButton.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';
import { icon } from '../icons.ts';
import type { StudioForm } from './formKit.ts';

const ALL_LAYERS = { countryLabels: true, cityLabels: true, cityMarkers: true } as const;

type Ctx = AnswerContext<LocateQuestion>;

/** Sorts place names as localeCompare does, with one collator made once (localeCompare makes its own each call). */
let collator: Intl.Collator | null = null;
function byName(a: { name: string }, b: { name: string }): number {
  collator ??= new Intl.Collator();
  return collator.compare(a.name, b.name);
}

/**
 * Locate on the map. The map takes clicks and taps; the same places are a list of real buttons
 * (behind "Choose from a list") for the keyboard and screen readers, and focusing one highlights
 * it on the map.
 */
export function locateWidget(ctx: Ctx): AnswerWidget {
  const q = ctx.question;
  const many = q.mode === 'countries';
  const selected = new Set<string>();
  const buttons = new Map<string, HTMLButtonElement>();
  let locked = false;

  const list = placeList(ctx, buttons, (p) => pick(p));
  const toggle = listToggle(list);
  const chosen = h('p', { class: 'chosen', 'aria-live': 'polite' });
  const ok = many ? confirmButton(() => submitMany()) : null;
  if (ok) ok.disabled = true;
  const outcome = h('div', { class: 'outcome' });
  const el = locateView(q, many ? chosen : null, toggle, list, ok, outcome);

  function submitMany(): void {
    if (!locked && selected.size > 0) ctx.submit({ type: 'locate', places: [...selected] });
  }
  function pick(p: MapPick): void {
    if (locked) return;
    if (p.kind === 'point') {
      if (q.mode === 'city') ctx.submit({ type: 'locate-point', lon: p.lon, lat: p.lat });
      return;
    }
    if (!many) {
      ctx.submit({ type: 'locate', places: [p.id] });
      return;
    }
    toggleSelected(ctx, selected, p.id, buttons, chosen);
    if (ok) ok.disabled = selected.size === 0;
  }

  const unsubscribe = prepareMap(ctx, pick);

  return {
    el,
    focus: () => toggle.focus(),
    key(ev) {
      if (ev.key === 'Enter' && many && ok && !ok.disabled && !(ev.target instanceof HTMLButtonElement)) {
        submitMany();
        return true;
      }
      return false;
    },
    reveal(correct, given) {
      locked = true;
      ctx.map.setInteraction({ kind: 'none' });
      ctx.map.setLayers(ALL_LAYERS);
      for (const b of buttons.values()) b.disabled = true;
      toggle.disabled = true;
      if (ok) ok.disabled = true;
      revealPlaces(ctx, buttons, outcome, correct, given);
    },
    dispose() {
      unsubscribe();
      ctx.map.setInteraction({ kind: 'none' });
      ctx.map.setLayers(ALL_LAYERS);
      ctx.map.clearOutcome();
      ctx.map.focusPlace(null);
    },
  };
}

/** The places offered, sorted by name, as a list of buttons (one Tab stop, arrows move within). */
function placeList(ctx: Ctx, buttons: Map<string, HTMLButtonElement>, pick: (p: MapPick) => void): HTMLElement {
  const q = ctx.question;
  const many = q.mode === 'countries';
  const ids = ctx.map
    .offeredPlaces(q.mode === 'city' ? 'cities' : 'countries')
    .map((id) => ({ id, name: ctx.place(id) }))
    .sort(byName);
  const list = h('ul', {
    class: 'places',
    id: `places-${q.id}`,
    hidden: true,
    'aria-label': t('a11y.places'),
    'aria-describedby': `places-hint-${q.id}`,
  });
  // Roving focus: the list is one Tab stop; arrow keys, Home and End move within it.
  ids.forEach(({ id, name }, i) => {
    const b = button(name, () => pick({ kind: 'place', id }), {
      class: 'place',
      'data-place': id,
      'aria-pressed': many ? 'false' : undefined,
      tabindex: i === 0 ? 0 : -1,
    });
    b.addEventListener('focus', () => {
      for (const other of buttons.values()) other.tabIndex = other === b ? 0 : -1;
      ctx.map.focusPlace(id);
    });
    b.addEventListener('blur', () => ctx.map.focusPlace(null));
    buttons.set(id, b);
    list.append(h('li', {}, b));
  });
  list.addEventListener('keydown', (ev) => moveInList(ev, [...buttons.values()]));
  return list;
}

/** Arrow keys, Home and End move focus along the list's buttons. */
function moveInList(ev: KeyboardEvent, all: HTMLButtonElement[]): void {
  const at = all.indexOf(ev.target as HTMLButtonElement);
  if (at < 0) return;
  const to =
    ev.key === 'ArrowDown' || ev.key === 'ArrowRight'
      ? Math.min(all.length - 1, at + 1)
      : ev.key === 'ArrowUp' || ev.key === 'ArrowLeft'
        ? Math.max(0, at - 1)
        : ev.key === 'Home'
          ? 0
          : ev.key === 'End'
            ? all.length - 1
            : -1;
  if (to < 0) return;
  ev.preventDefault();
  all[to]?.focus();
}

/** "Choose from a list": shows or hides the list, focusing its first place when shown. */
function listToggle(list: HTMLElement): HTMLButtonElement {
  const toggle = button(
    t('answer.listToggle'),
    () => {
      list.hidden = !list.hidden;
      toggle.setAttribute('aria-expanded', String(!list.hidden));
      if (!list.hidden) list.querySelector('button')?.focus();
    },
    { class: 'list-toggle', 'aria-expanded': 'false', 'aria-controls': list.id, 'data-testid': 'place-list-toggle' },
  );
  return toggle;
}

function locateView(
  q: LocateQuestion,
  chosen: HTMLElement | null,
  toggle: HTMLButtonElement,
  list: HTMLElement,
  ok: HTMLButtonElement | null,
  outcome: HTMLElement,
): HTMLElement {
  const many = q.mode === 'countries';
  const hint = t(q.mode === 'city' ? 'answer.mapHintCity' : many ? 'answer.mapHintCountries' : 'answer.mapHintCountry');
  return h(
    'div',
    { class: 'locate' },
    h('p', { class: 'hint' }, hint),
    chosen,
    toggle,
    h('p', { class: 'visually-hidden', id: `places-hint-${q.id}` }, t('a11y.placesHint')),
    list,
    ok,
    outcome,
  );
}

/** Countries mode: a pick adds or removes a country, on the map, its button and the words. */
function toggleSelected(
  ctx: Ctx,
  selected: Set<string>,
  id: string,
  buttons: Map<string, HTMLButtonElement>,
  chosen: HTMLElement,
): void {
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  buttons.get(id)?.setAttribute('aria-pressed', String(selected.has(id)));
  ctx.map.setInteraction({ kind: 'countries', selected: [...selected] });
  chosen.textContent = selected.size
    ? t('answer.selected', { places: [...selected].map(ctx.place).join(t('answer.listSeparator')) })
    : '';
}

/** Sets the map up for this question and listens to its picks; returns the unsubscribe. */
function prepareMap(ctx: Ctx, pick: (p: MapPick) => void): () => void {
  const q = ctx.question;
  const many = q.mode === 'countries';
  ctx.map.setInteraction(
    q.mode === 'city' ? { kind: 'point' } : many ? { kind: 'countries', selected: [] } : { kind: 'country' },
  );
  // Names on the map would give the answer away: hide them until the answer is in.
  ctx.map.setLayers(
    q.mode === 'city' ? { cityLabels: false, cityMarkers: false } : { countryLabels: false, cityLabels: false },
  );
  return ctx.map.onPick(pick);
}

/** The map's ticks and crosses, said in words too, on the buttons and under the list. */
function revealPlaces(
  ctx: Ctx,
  buttons: Map<string, HTMLButtonElement>,
  outcome: HTMLElement,
  correct: Response,
  given: Response | null,
): void {
  const right = correct.type === 'locate' ? correct.places : ctx.question.targets;
  const gave = given?.type === 'locate' ? given.places : [];
  for (const [id, b] of buttons) {
    if (right.includes(id)) markPlace(b, 'right');
    else if (gave.includes(id)) markPlace(b, 'wrong');
  }
  const names = (ps: readonly string[]) => ps.map(ctx.place).join(t('answer.listSeparator'));
  outcome.append(
    h(
      'p',
      { class: 'truth' },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('check')),
      ` ${t('a11y.rightPlaces', { places: names(right) })}`,
    ),
  );
  if (gave.length) outcome.append(h('p', { class: 'given' }, t('a11y.yourPlaces', { places: names(gave) })));
  else if (given?.type === 'locate-point') outcome.append(h('p', { class: 'given' }, t('a11y.yourPoint')));
  ctx.map.showOutcome({
    correct: right,
    wrong: gave.filter((p) => !right.includes(p)),
    ...(given?.type === 'locate-point' ? { point: { lon: given.lon, lat: given.lat } } : {}),
  });
}

function markPlace(b: HTMLButtonElement, kind: 'right' | 'wrong'): void {
  b.classList.add(kind);
  b.append(
    h(
      'span',
      { class: 'mark' },
      ' ',
      h('span', { class: 'icon', 'aria-hidden': 'true' }, icon(kind === 'right' ? 'check' : 'cross')),
      ` ${t(kind === 'right' ? 'answer.markRight' : 'answer.markWrong')}`,
    ),
  );
}

/** Its form in the studio: the studio's place picker (a list, the map, a city's radius). */
export const locateForm: StudioForm = (k, q) => k.placePicker(q);
