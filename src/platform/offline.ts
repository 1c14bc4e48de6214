/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import type { ScreenEvents } from '../ports/screen.ts';

/** How often a game left open looks for a new version (a classroom tab can stay open all day). */
const UPDATE_CHECK_MS = 30 * 60 * 1000;
/** Install the worker this long after the first question is asked... */
const AFTER_FIRST_QUESTION_MS = 4000;
/** ...or this long after the page loaded, whichever comes first. */
const AFTER_LOAD_MS = 15000;

/**
 * Offline play and updates. The service worker (see scripts/vite-plugin-offline.ts) is installed
 * only after the first question is on screen (or the page has been open a while), so its
 * precache download never competes with what the first question needs on a shared school
 * connection. Browsers without service workers just play online. `offerUpdate` shows the "new
 * version" offer (a view this module does not know) and returns it; `refresh` installs the update.
 */
export function startOffline(screens: ScreenEvents, offerUpdate: (refresh: () => void) => { offer(): void }): void {
  // Which build this page runs (`VITE_BUILD_ID=… npm run build`), for support and the update test.
  document.documentElement.dataset.build = import.meta.env.VITE_BUILD_ID ?? import.meta.env.MODE;
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  whenSettled(screens, () => {
    let offer: { offer(): void } | null = null;
    const updateSW = registerSW({
      onNeedRefresh() {
        offer ??= offerUpdate(() => {
          // Reload once the waiting version has taken over (workbox-window misses this when the
          // first version claimed the page itself).
          navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
          void updateSW(true);
        });
        offer.offer();
      },
      onRegisteredSW(_url, registration) {
        if (!registration) return;
        const check = (): void => {
          if (navigator.onLine) registration.update().catch(() => undefined);
        };
        setInterval(check, UPDATE_CHECK_MS);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
      },
    });
  });
}

function whenSettled(screens: ScreenEvents, run: () => void): void {
  let done = false;
  const go = (): void => {
    if (done) return;
    done = true;
    offScreen();
    run();
  };
  const offScreen = screens.onScreenChanged(({ id }) => {
    if (id === 'round') {
      offScreen();
      setTimeout(go, AFTER_FIRST_QUESTION_MS);
    }
  });
  const afterLoad = (): void => void setTimeout(go, AFTER_LOAD_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
