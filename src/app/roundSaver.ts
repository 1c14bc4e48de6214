import type { RoundState } from '../core/round/types.ts';
import { nextTask } from '../ports/nextTask.ts';

/**
 * Saves the round in progress (and, as `RoundSaver<Progress>`, the learning record after each answer), so a reload or a crash never loses the student's progress; not in
 * the task of the tap that changed it (writing and checking the record there delays the verdict),
 * but in the task after, once for however many changes came meanwhile (the newest state). What is
 * still to write is written at once when the page is hidden or left, and before the saved round is read.
 */
export class RoundSaver<T = RoundState> {
  private pending: { state: T; write: (s: T) => void } | null = null;

  constructor() {
    // Hidden (a phone's app switch, a closed tab): write now, the page may not run again.
    globalThis.addEventListener?.('pagehide', () => this.flush());
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
  }

  /** `write` saves (or, for a finished round, removes) the round; called for the newest state only. */
  save(state: T, write: (s: T) => void): void {
    const scheduled = this.pending !== null;
    this.pending = { state, write };
    if (!scheduled) void nextTask().then(() => this.flush());
  }

  /** Writes what is still to write, now. */
  flush(): void {
    const p = this.pending;
    this.pending = null;
    p?.write(p.state);
  }

  /** Forgets what was still to write (the round was dropped). */
  drop(): void {
    this.pending = null;
  }
}
