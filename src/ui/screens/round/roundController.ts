/**
 * A round's screen without its DOM: whether the question waits for the map (its clock stopped:
 * the round is paused quietly, without the pause dialog, until the map takes clicks), pausing and
 * resuming, moving on (and where Next was tapped, for the tap guard), what a key does, and the
 * clock's frame loop. The view (roundScreen.ts) draws; this decides. Unit-tested in plain node
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

/** The animation frames the clock runs on (requestAnimationFrame in the browser). */
export interface Frames {
  request(cb: () => void): number;
  cancel(id: number): void;
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
  private frame = 0;

  constructor(
    private readonly session: RoundSessionPort,
    private readonly map: Pick<MapPort, 'canPick' | 'whenPickable'>,
    private readonly frames: Frames,
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

  /** Runs `tick` every frame until stop(). */
  start(tick: () => void): void {
    const loop = () => {
      tick();
      this.frame = this.frames.request(loop);
    };
    this.frame = this.frames.request(loop);
  }

  /** Stops the clock's frames and the wait for the map. */
  stop(): void {
    this.frames.cancel(this.frame);
    this.mapWait?.();
    this.mapWait = null;
  }
}
