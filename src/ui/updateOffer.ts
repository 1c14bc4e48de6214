import { onLanguageChanged, t } from '../i18n/index.ts';
import { button, h } from './dom.ts';
import './updateOffer.css';
import { icon } from './icons.ts';
import type { ScreenEvents, ScreenId } from '../ports/screen.ts';

/** Screens between rounds, where reloading loses nothing. */
const CALM_SCREENS: ReadonlySet<ScreenId> = new Set(['title', 'summary']);

export interface UpdateOffer {
  /** A new version is waiting: offer it (now, or as soon as a calm screen shows). */
  offer(): void;
  dispose(): void;
}

/**
 * "A new version is ready — Refresh": shown only while the title or summary screen is up, never
 * during a round or on a teacher's half-filled form. It follows the screen changes the navigator
 * announces and decides nothing else; `refresh` does the update.
 */
export function updateOffer(screens: ScreenEvents, refresh: () => void): UpdateOffer {
  let waiting = false;
  const text = h('span', { class: 'update-offer-text' });
  const refreshBtn = button(
    '',
    () => {
      refreshBtn.disabled = true;
      refresh();
    },
    { class: 'primary', 'data-testid': 'update-refresh' },
  );
  const el = h(
    'aside',
    { class: 'update-offer', role: 'status', 'data-testid': 'update-offer', hidden: true },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('refresh')),
    text,
    refreshBtn,
  );
  const label = (): void => {
    text.textContent = t('offline.updateReady');
    refreshBtn.textContent = t('offline.refresh');
  };
  label();
  document.body.append(el);

  const calm = (): boolean => {
    const screen = screens.current();
    return screen !== null && CALM_SCREENS.has(screen);
  };
  const update = (): void => {
    el.hidden = !(waiting && calm());
  };
  const offScreen = screens.onScreenChanged(update);
  const offLanguage = onLanguageChanged(label);
  return {
    offer() {
      waiting = true;
      update();
    },
    dispose() {
      offScreen();
      offLanguage();
      el.remove();
    },
  };
}
