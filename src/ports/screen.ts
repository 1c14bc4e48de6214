import type { CountdownPort } from './countdown.ts';
import type { SoundPlayer } from './sound.ts';

/**
 * The screen contract: which screens there are, what a screen is, and the one event that says
 * which is up. The navigator (app/navigator.ts) is the only thing that switches screens and the
 * only one that announces it; music, the update offer, the service worker's install and the map's
 * corner buttons subscribe here instead of watching the DOM.
 */

/** Every screen the game shows; `data-screen` on the screen's root and `html[data-ready]` carry the same id for CSS and tests. */
export const SCREEN_IDS = [
  'title',
  'settings',
  'progress',
  'teacher',
  'round',
  'summary',
  'assigned',
  'link-error',
  'class-results',
  'live-host',
  'live-phone',
  'studio',
  'studio-map',
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

/** A DOM screen: made once, mounted into the overlay, unmounted when the game moves on. */
export interface Screen {
  el: HTMLElement;
  mount(): void;
  unmount(): void;
}

/** Said once the new screen is mounted; `previous` is null for the first screen of the visit. */
export interface ScreenChange {
  id: ScreenId;
  previous: ScreenId | null;
}

/** Which screen is up, and telling whoever asked when that changes. */
export interface ScreenEvents {
  /** The screen up now, null before the first. */
  current(): ScreenId | null;
  /** Calls `listener` after every change of screen; returns an unsubscribe function. */
  onScreenChanged(listener: (change: ScreenChange) => void): () => void;
}

/** What every screen may use. */
export interface Services {
  sound: SoundPlayer;
  countdown: CountdownPort;
}
