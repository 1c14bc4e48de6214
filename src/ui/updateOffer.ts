import { onLanguageChanged, t } from '../i18n/index.ts';
import { button, h } from './dom.ts';
import './updateOffer.css';
import { icon } from './icons.ts';

/** Screens between rounds, where reloading loses nothing (`data-screen` of the screen's root). */
const CALM_SCREENS = new Set(['title', 'summary']);

export interface UpdateOffer {
  /** A new version is waiting: offer it (now, or as soon as a calm screen shows). */
  offer(): void;
  dispose(): void;
}

/**
 * "A new version is ready — Refresh": shown only while the title or summary screen is up, never
 * during a round or on a teacher's half-filled form. It watches which screen `#ui` holds (the app
 * swaps one `[data-screen]` root in and out) and decides nothing else; `refresh` does the update.
 */
export function updateOffer(ui: HTMLElement, refresh: () => void): UpdateOffer {
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
    const screen = ui.querySelector(':scope > [data-screen]')?.getAttribute('data-screen');
    return screen !== undefined && screen !== null && CALM_SCREENS.has(screen);
  };
  const update = (): void => {
    el.hidden = !(waiting && calm());
  };
  const observer = new MutationObserver(update);
  observer.observe(ui, { childList: true });
  const offLanguage = onLanguageChanged(label);
  return {
    offer() {
      waiting = true;
      update();
    },
    dispose() {
      observer.disconnect();
      offLanguage();
      el.remove();
    },
  };
}
