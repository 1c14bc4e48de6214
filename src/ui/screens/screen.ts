import type { SoundPlayer } from '../../ports/sound.ts';

export type { Screen } from '../../ports/screen.ts';

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
