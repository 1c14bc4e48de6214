/**
 * Picking a locate question's countries by clicking the game's map: a bar over the map names what is
 * chosen, Done keeps it, Cancel leaves the question as it was. The list in the question's form does
 * the same from the keyboard.
 */
import type { MapPort } from '../../../ports/map.ts';
import type { Screen } from '../../../ports/screen.ts';
import { t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';

export interface MapPickOptions {
  map: MapPort;
  /** Several countries ("every country that…"), or one. */
  multiple: boolean;
  chosen: readonly string[];
  placeName(id: string): string;
  done(chosen: string[]): void;
  cancel(): void;
}

export function mapPickScreen(o: MapPickOptions): Screen {
  let chosen = [...o.chosen];
  const countries = new Set(o.map.countryIds());
  const list = h('p', { class: 'st-chosen', 'data-testid': 'studio-map-chosen', 'aria-live': 'polite' });
  const show = () => {
    list.textContent =
      chosen.length === 0 ? t('studio.noPlace') : t('studio.chosen', { places: chosen.map(o.placeName).join(', ') });
    o.map.setInteraction({ kind: 'countries', selected: [...chosen] });
  };
  let unsubscribe: () => void = () => {};
  const leave = (then: () => void) => {
    unsubscribe();
    o.map.setInteraction({ kind: 'none' });
    then();
  };
  const el = h(
    'main',
    { class: 'screen studio-map', 'data-screen': 'studio-map' },
    h('h1', { tabindex: '-1' }, t(o.multiple ? 'studio.mapPick.many' : 'studio.mapPick.one')),
    list,
    h(
      'div',
      { class: 'st-actions' },
      button(t('studio.mapPick.done'), () => leave(() => o.done(chosen)), { 'data-testid': 'studio-map-done' }),
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
      unsubscribe = o.map.onPick((pick) => {
        if (pick.kind !== 'place' || !countries.has(pick.id)) return;
        if (!o.multiple) chosen = [pick.id];
        else chosen = chosen.includes(pick.id) ? chosen.filter((x) => x !== pick.id) : [...chosen, pick.id];
        show();
      });
      show();
      el.querySelector('h1')?.focus();
    },
    unmount: () => leave(() => {}),
  };
}
