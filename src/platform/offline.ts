/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { updateOffer } from '../ui/updateOffer.ts';

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
 * connection. Browsers without service workers just play online.
 */
export function startOffline(ui: HTMLElement): void {
  // Which build this page runs (`VITE_BUILD_ID=… npm run build`), for support and the update test.
  document.documentElement.dataset.build = import.meta.env.VITE_BUILD_ID ?? import.meta.env.MODE;
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  whenSettled(ui, () => {
    let offer: ReturnType<typeof updateOffer> | null = null;
    const updateSW = registerSW({
      onNeedRefresh() {
        offer ??= updateOffer(ui, () => {
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

function whenSettled(ui: HTMLElement, run: () => void): void {
  let done = false;
  const go = (): void => {
    if (done) return;
    done = true;
    observer.disconnect();
    run();
  };
  const observer = new MutationObserver(() => {
    if (ui.querySelector('[data-screen="round"]')) {
      observer.disconnect();
      setTimeout(go, AFTER_FIRST_QUESTION_MS);
    }
  });
  observer.observe(ui, { childList: true });
  const afterLoad = (): void => void setTimeout(go, AFTER_LOAD_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
