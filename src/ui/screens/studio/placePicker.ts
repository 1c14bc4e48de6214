/**
 * The locate question's answer: one country, every country that…, or a city and its radius, picked
 * from a list the keyboard reaches (type to filter, Tab, Space). The names are the game's own, in
 * the teacher's language; or, for countries, by clicking the map itself (./mapPick.ts).
 */
import type { DraftQuestion, LocateMode } from '../../../core/authoring/draft.ts';
import { t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { group, nextId, textField } from './fields.ts';
import type { StudioCtx } from './studioPage.ts';

const MODES: LocateMode[] = ['country', 'countries', 'city'];

export function placePicker(c: StudioCtx, q: DraftQuestion): HTMLElement {
  const names = new Map([...c.d.countries, ...c.d.cities].map((id) => [id, c.d.placeName(id)]));
  const say = (ids: readonly string[]) =>
    ids.length === 0
      ? t('studio.noPlace')
      : t('studio.chosen', { places: ids.map((id) => names.get(id) ?? id).join(', ') });
  const chosen = h('p', { class: 'st-chosen', 'data-testid': 'studio-targets', 'aria-live': 'polite' }, say(q.targets));
  const { filter, filterId, list } = placeList(c, q, names, () => {
    chosen.textContent = say(c.draft().questions.find((x) => x.id === q.id)?.targets ?? []);
  });
  const radius =
    q.mode === 'city'
      ? textField(t('studio.radius'), q.toleranceKm, `${q.id}.toleranceKm`, {
          type: 'number',
          testId: 'studio-radius',
          onInput: (v) => c.editQ(q.id, (x) => ({ ...x, toleranceKm: v })),
        })
      : null;
  const onMap = c.d.pickOnMap
    ? button(
        t('studio.mapPick.open'),
        () =>
          c.d.pickOnMap?.({ mode: q.mode, chosen: q.targets, radiusKm: q.toleranceKm }, (ids, radiusKm) =>
            c.editQ(q.id, (x) => ({ ...x, targets: ids, toleranceKm: radiusKm ?? x.toleranceKm }), true),
          ),
        { 'data-testid': 'studio-map-pick' },
      )
    : null;
  const clear = button(t('studio.clearPlaces'), () => c.editQ(q.id, (x) => ({ ...x, targets: [] }), true), {
    class: 'secondary',
    'data-testid': 'studio-clear-places',
  });
  return group(
    t('studio.locate'),
    `${q.id}.targets`,
    modeChoice(c, q),
    chosen,
    onMap,
    h('label', { for: filterId }, t('studio.filterPlaces')),
    filter,
    list,
    clear,
    radius,
  );
}

/** One country, every country that…, or a city. */
function modeChoice(c: StudioCtx, q: DraftQuestion): HTMLElement {
  const name = nextId('mode');
  const modes = h('div', { class: 'st-modes', role: 'radiogroup', 'aria-label': t('studio.locateMode') });
  for (const m of MODES) {
    const id = nextId('m');
    const r = h('input', { type: 'radio', name, id, 'data-testid': `studio-mode-${m}` });
    r.checked = q.mode === m;
    // A country kept from "every country" stays the answer; a city and countries do not mix.
    r.addEventListener('change', () =>
      c.editQ(q.id, (x) => ({ ...x, mode: m, targets: keepFor(m, x.targets, c.d.cities) }), true),
    );
    modes.append(h('div', { class: 'st-check' }, r, h('label', { for: id }, t(`studio.mode.${m}`))));
  }
  return modes;
}

/** The places in the teacher's language, by name, with a filter; check boxes for several, radios for one. */
function placeList(c: StudioCtx, q: DraftQuestion, names: ReadonlyMap<string, string>, changed: () => void) {
  const places = q.mode === 'city' ? c.d.cities : c.d.countries;
  const sorted = [...places].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b));
  const filterId = nextId('filter');
  const filter = h('input', {
    id: filterId,
    type: 'search',
    'data-testid': 'studio-place-filter',
    autocomplete: 'off',
  });
  const list = h('div', {
    class: 'st-places',
    role: 'group',
    'aria-label': t('studio.places'),
    'data-testid': 'studio-places',
  });
  const multiple = q.mode === 'countries';
  const groupName = nextId('pl');
  for (const id of sorted) {
    const inputId = nextId('p');
    const type = multiple ? 'checkbox' : 'radio';
    const box = h('input', { type, name: groupName, id: inputId, value: id, 'data-testid': `studio-place-${id}` });
    box.checked = q.targets.includes(id);
    box.addEventListener('change', () => {
      const pick = (ts: string[]) => (multiple ? (box.checked ? [...ts, id] : ts.filter((y) => y !== id)) : [id]);
      c.editQ(q.id, (x) => ({ ...x, targets: pick(x.targets) }));
      changed();
    });
    const name = names.get(id) ?? id;
    list.append(
      h('div', { class: 'st-check', 'data-name': name.toLocaleLowerCase() }, box, h('label', { for: inputId }, name)),
    );
  }
  filter.addEventListener('input', () => {
    const words = filter.value.trim().toLocaleLowerCase();
    for (const row of list.children)
      (row as HTMLElement).hidden = words !== '' && !(row as HTMLElement).dataset.name?.includes(words);
  });
  return { filter, filterId, list };
}

function keepFor(mode: LocateMode, targets: string[], cities: readonly string[]): string[] {
  const isCity = (id: string) => cities.includes(id);
  const kept = targets.filter((id) => (mode === 'city' ? isCity(id) : !isCity(id)));
  return mode === 'countries' ? kept : kept.slice(0, 1);
}
