/** The Phaser countdown, as the DOM side sees it. */
export interface CountdownPort {
  /** Remaining and total time in ms; nulls hide it. */
  show(remainingMs: number | null, limitMs: number | null): void;
}
