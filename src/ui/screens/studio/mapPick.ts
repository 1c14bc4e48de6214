/**
 * Picking a locate question's answer by clicking the game's map: its countries, or its city (the
 * city nearest the click) with the radius a student's click must fall within. A bar over the map
 * names what is chosen, Done keeps it, Cancel leaves the question as it was. The list in the
 * question's form does the same from the keyboard.
 */
import type { LocateMode } from '../../../core/authoring/draft.ts';
import type { MapPick, MapPort } from '../../../ports/map.ts';
import type { Screen } from '../../../ports/screen.ts';
import { t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { nextId } from './fields.ts';

export interface MapPickRequest {
  mode: LocateMode;
  chosen: readonly string[];
  /** The city's radius in km, as the form holds it. */
  radiusKm: string;
}

export interface MapPickOptions extends MapPickRequest {
  map: MapPort;
  placeName(id: string): string;
  /** The city nearest a clicked point, or null when none is near. */
  nearestCity(lon: number, lat: number): string | null;
  done(chosen: string[], radiusKm?: string): void;
  cancel(): void;
}

const HEADINGS = {
  country: 'studio.mapPick.one',
  countries: 'studio.mapPick.many',
  city: 'studio.mapPick.city',
} as const;

export function mapPickScreen(o: MapPickOptions): Screen {
  let chosen = [...o.chosen];
  const city = o.mode === 'city';
  const countries = new Set(o.map.countryIds());
  const list = h('p', { class: 'st-chosen', 'data-testid': 'studio-map-chosen', 'aria-live': 'polite' });
  const radius = city ? radiusField(o.radiusKm) : null;
  const show = () => {
    list.textContent =
      chosen.length === 0 ? t('studio.noPlace') : t('studio.chosen', { places: chosen.map(o.placeName).join(', ') });
    if (!city) o.map.setInteraction({ kind: 'countries', selected: [...chosen] });
  };
  const onPick = (pick: MapPick) => {
    if (city) {
      const id = pick.kind === 'point' ? o.nearestCity(pick.lon, pick.lat) : null;
      if (!id || pick.kind !== 'point') return;
      chosen = [id];
      o.map.showOutcome({ correct: [id], wrong: [] });
    } else {
      if (pick.kind !== 'place' || !countries.has(pick.id)) return;
      if (o.mode === 'country') chosen = [pick.id];
      else chosen = chosen.includes(pick.id) ? chosen.filter((x) => x !== pick.id) : [...chosen, pick.id];
    }
    show();
  };
  let unsubscribe: () => void = () => {};
  const leave = (then: () => void) => {
    unsubscribe();
    o.map.setInteraction({ kind: 'none' });
    o.map.clearOutcome();
    then();
  };
  const finish = () => (radius ? o.done(chosen, radius.input.value.trim()) : o.done(chosen));
  const el = h(
    'main',
    { class: 'screen studio-map', 'data-screen': 'studio-map' },
    h('h1', { tabindex: '-1' }, t(HEADINGS[o.mode])),
    list,
    radius?.el ?? null,
    h(
      'div',
      { class: 'st-actions' },
      button(t('studio.mapPick.done'), () => leave(finish), { 'data-testid': 'studio-map-done' }),
      button(t('studio.mapPick.cancel'), () => leave(o.cancel), {
        class: 'secondary',
        'data-testid': 'studio-map-cancel',
      }),
    ),
  );
  return {
    el,
    mount: () => {
      o.map.stage(null);
      o.map.setLayers({ countryLabels: true, cityLabels: true, cityMarkers: true });
      if (city) {
        o.map.setInteraction({ kind: 'point' });
        if (chosen[0]) o.map.showOutcome({ correct: [chosen[0]], wrong: [] });
      }
      unsubscribe = o.map.onPick(onPick);
      show();
      el.querySelector('h1')?.focus();
    },
    unmount: () => leave(() => {}),
  };
}

/** The city's radius, in km, beside the map. */
function radiusField(value: string): { el: HTMLElement; input: HTMLInputElement } {
  const id = nextId('map-radius');
  const input = h('input', { id, type: 'number', min: '1', step: '1', value, 'data-testid': 'studio-map-radius' });
  return { el: h('div', { class: 'st-field' }, h('label', { for: id }, t('studio.radius')), input), input };
}
