/**
 * A round's screen without its DOM: whether the question waits for the map (its clock stopped:
 * the round is paused quietly, without the pause dialog, until the map takes clicks), pausing and
 * resuming, moving on (and where Next was tapped, for the tap guard), what a key does, and when
 * the clock runs. The view (roundScreen.ts) draws; this decides. Unit-tested in plain node
 * (test/unit/round-controller.test.ts).
 */
import { mapAsk } from '../../../core/questions/registry.ts';
import { currentQuestionId } from '../../../core/round/engine.ts';
import type { Question } from '../../../core/content/types.ts';
import type { RoundState } from '../../../core/round/types.ts';
import type { MapPort } from '../../../ports/map.ts';

/** What the controller needs of the round session. */
export interface RoundSessionPort {
  readonly state: RoundState;
  readonly bank: { question(id: string): Question | undefined };
  pause(): void;
  resume(): void;
  next(): void;
}

/** The timer the clock runs on (setTimeout in the browser; ids are never 0). */
export interface ClockTimer {
  set(cb: () => void, ms: number): number;
  clear(id: number): void;
}

/** The note above a map question: the map is loading, or could not load; null: no note. */
export type MapNote = 'loading' | 'failed' | null;

/** A key press, as far as the round cares. */
export interface RoundKey {
  key: string;
  repeat: boolean;
  /** The key was pressed on a button (Enter then presses that button, not Next). */
  onButton: boolean;
}

export class RoundController {
  mapNote: MapNote = null;
  /** Where "Next" was tapped (null for a key): the tap guard needs it once the next question is up. */
  nextPoint: { x: number; y: number } | null = null;
  /** Cancels the wait for the map, while a map question waits for it. */
  private mapWait: (() => void) | null = null;
  private timer = 0;
  private tick: (() => number | null) | null = null;

  constructor(
    private readonly session: RoundSessionPort,
    private readonly map: Pick<MapPort, 'canPick' | 'whenPickable'>,
    private readonly timers: ClockTimer,
    /** Told when the map note changes outside a render (the map became pickable or failed). */
    private readonly noteChanged: (note: MapNote) => void = () => {},
  ) {}

  /** True while a map question waits for the map (paused without the pause dialog). */
  get waitingForMap(): boolean {
    return this.mapWait !== null;
  }

  question(s: RoundState = this.session.state): Question | undefined {
    const id = currentQuestionId(s);
    return id === undefined ? undefined : this.session.bank.question(id);
  }

  private needsMap(s: RoundState): boolean {
    const q = this.question(s);
    return q !== undefined && mapAsk(q) !== null;
  }

  /** Called while a question is asked: a map question whose map cannot take clicks yet waits for it. */
  checkMap(s: RoundState): void {
    this.mapNote = !this.needsMap(s) || this.map.canPick() ? null : 'failed';
    if (this.mapWait || !this.needsMap(s) || this.map.canPick()) return;
    let settled = false;
    const cancel = this.map.whenPickable(() => {
      settled = true;
      this.mapWait = null;
      this.mapNote = this.map.canPick() ? null : 'failed';
      this.noteChanged(this.mapNote);
      if (this.session.state.phase === 'paused') this.session.resume();
    });
    if (settled) return;
    this.mapWait = cancel;
    this.mapNote = 'loading';
    this.session.pause();
  }

  /** Pause or resume; not while the question waits for the map (that pause is the map's). */
  togglePause(): void {
    if (this.mapWait) return;
    if (this.session.state.phase === 'paused') this.session.resume();
    else this.session.pause();
  }

  next(at: { x: number; y: number } | null): void {
    this.nextPoint = at;
    this.session.next();
  }

  /**
   * What a key does: Escape pauses or resumes (once per press, not per repeat); while asking, the
   * answer widget may take it; after the answer, Enter moves on. True when the key was used.
   */
  key(k: RoundKey, widgetKey: () => boolean): boolean {
    if (k.key === 'Escape') {
      if (!k.repeat) this.togglePause();
      return true;
    }
    const phase = this.session.state.phase;
    if (phase === 'asking') return widgetKey();
    if (phase === 'feedback' && k.key === 'Enter' && !k.repeat && !k.onButton) {
      this.next(null);
      return true;
    }
    return false;
  }

  /**
   * Runs the clock (`tick`) in the next task, then again whenever it says it has something new to
   * show (its return: in how many ms; null: not until the round changes, see wake). Between two
   * changes nothing runs: a 20 s question wakes the clock about 110 times (90 steps of the ring, 20
   * seconds), not 1,200 times as it did on every display frame, each one a frame of the page's.
   */
  start(tick: () => number | null): void {
    this.tick = tick;
    this.wake();
  }

  /** The round changed (a question, an answer, a pause, a resume): the clock looks again in the next task. */
  wake(): void {
    if (!this.tick) return;
    this.timers.clear(this.timer);
    this.timer = this.timers.set(this.run, 0);
  }

  private readonly run = (): void => {
    this.timer = 0;
    const ms = this.tick?.() ?? null;
    // The tick may have changed the round (the time ran out), whose render woke the clock already.
    if (ms !== null && this.timer === 0 && this.tick) this.timer = this.timers.set(this.run, ms);
  };

  /** Stops the clock and the wait for the map. */
  stop(): void {
    this.tick = null;
    this.timers.clear(this.timer);
    this.timer = 0;
    this.mapWait?.();
    this.mapWait = null;
  }
}
