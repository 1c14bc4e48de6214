import type { SoundPlayer } from '../../audio/types.ts';

/** A DOM screen: made once, mounted into the overlay, unmounted when the game moves on. */
export interface Screen {
  el: HTMLElement;
  mount(): void;
  unmount(): void;
}

/** The Phaser countdown, as the DOM side sees it. */
export interface CountdownPort {
  /** Remaining and total time in ms; nulls hide it. */
  show(remainingMs: number | null, limitMs: number | null): void;
}

/** What every screen may use. */
export interface Services {
  sound: SoundPlayer;
  countdown: CountdownPort;
}
