import type { Settings } from '../core/settings.ts';

/** What the map needs to hear about motion. */
export interface MotionTarget {
  setReducedMotion(reduced: boolean): void;
}

const REDUCE_QUERY = '(prefers-reduced-motion: reduce)';

/** Reduced motion as the player chose it, or the operating system's wish when they left it to the system. */
export function wantsReducedMotion(setting: Settings['reducedMotion'], systemPrefersReduced: boolean): boolean {
  return setting ?? systemPrefersReduced;
}

/**
 * Applies the reading and motion settings to the page: `html.large-text`, `html.reduced-motion`
 * and the map's motion. Follows `prefers-reduced-motion` live while the player leaves motion to
 * the system. Call `apply` after every change of settings.
 */
export function displaySettings(root: HTMLElement, map: MotionTarget, current: () => Settings) {
  const media = typeof matchMedia === 'function' ? matchMedia(REDUCE_QUERY) : null;
  function apply(): void {
    const s = current();
    const reduced = wantsReducedMotion(s.reducedMotion, media?.matches ?? false);
    root.classList.toggle('large-text', s.largeText);
    root.classList.toggle('reduced-motion', reduced);
    map.setReducedMotion(reduced);
  }
  media?.addEventListener('change', apply);
  apply();
  return { apply, dispose: () => media?.removeEventListener('change', apply) };
}
