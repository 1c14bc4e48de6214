/**
 * The round screen's decisions without a DOM: a map question waits for the map with its clock
 * stopped (and no pause dialog), Pause and Escape, Enter for Next, and the clock's frame loop.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/content/types.ts';
import type { RoundState } from '../../src/core/round/types.ts';
import { RoundController, type RoundSessionPort } from '../../src/ui/screens/round/roundController.ts';

const questions: Record<string, Pick<Question, 'id' | 'type'>> = {
  tf: { id: 'tf', type: 'truefalse' },
  map: { id: 'map', type: 'locate' },
};

/** A session whose phase moves as the engine's does for these intents. */
function session(ids: string[]) {
  const log: string[] = [];
  const s = {
    state: { phase: 'asking', index: 0, config: { questionIds: ids } } as unknown as RoundState,
    bank: { question: (id: string) => questions[id] as Question | undefined },
    pause() {
      log.push('pause');
      s.state = { ...s.state, phase: 'paused' };
    },
    resume() {
      log.push('resume');
      s.state = { ...s.state, phase: 'asking' };
    },
    next() {
      log.push('next');
      s.state = { ...s.state, phase: 'asking', index: s.state.index + 1 };
    },
  } satisfies RoundSessionPort;
  return { s, log };
}

/** A map that becomes pickable (or fails) when the test says; like the real one, it answers at once once settled. */
function lateMap(pickable = false) {
  let ready: (() => void) | null = null;
  let can = pickable;
  let settled = pickable;
  return {
    canPick: () => can,
    whenPickable(cb: () => void) {
      if (settled) {
        cb();
        return () => {};
      }
      ready = cb;
      return () => (ready = null);
    },
    load(ok: boolean) {
      can = ok;
      settled = true;
      const cb = ready;
      ready = null;
      cb?.();
    },
    get waiting() {
      return ready !== null;
    },
  };
}

const noFrames = { request: () => 0, cancel: () => {} };

describe('round controller', () => {
  it('a map question waits, paused without the dialog, and is asked once the map takes clicks', () => {
    const { s, log } = session(['map']);
    const map = lateMap();
    const notes: unknown[] = [];
    const c = new RoundController(s, map, noFrames, (n) => notes.push(n));
    c.checkMap(s.state);
    expect(log).toEqual(['pause']);
    expect(c.waitingForMap).toBe(true);
    expect(c.mapNote).toBe('loading');
    c.togglePause();
    expect(log).toEqual(['pause']);
    map.load(true);
    expect(log).toEqual(['pause', 'resume']);
    expect(c.waitingForMap).toBe(false);
    expect(notes).toEqual([null]);
  });

  it('a map that fails to load lets the question go on, saying so', () => {
    const { s, log } = session(['map']);
    const map = lateMap();
    const c = new RoundController(s, map, noFrames);
    c.checkMap(s.state);
    map.load(false);
    expect(log).toEqual(['pause', 'resume']);
    expect(c.mapNote).toBe('failed');
    c.checkMap(s.state);
    expect(c.mapNote).toBe('failed');
    expect(c.waitingForMap).toBe(false);
    expect(log).toEqual(['pause', 'resume']);
  });

  it('a question without the map, or with a map ready, never waits', () => {
    const { s, log } = session(['tf', 'map']);
    const c = new RoundController(s, lateMap(true), noFrames);
    c.checkMap(s.state);
    c.next(null);
    c.checkMap(s.state);
    expect(log).toEqual(['next']);
    expect(c.mapNote).toBeNull();
  });

  it('Escape pauses and resumes once per press; Enter after the answer moves on, not from a button', () => {
    const { s, log } = session(['tf', 'tf']);
    const c = new RoundController(s, lateMap(true), noFrames);
    const key = (k: string, repeat = false, onButton = false) => c.key({ key: k, repeat, onButton }, () => false);
    expect(key('Escape')).toBe(true);
    expect(key('Escape', true)).toBe(true);
    expect(log).toEqual(['pause']);
    key('Escape');
    expect(log).toEqual(['pause', 'resume']);
    s.state = { ...s.state, phase: 'feedback' };
    expect(key('Enter', false, true)).toBe(false);
    expect(key('Enter', true)).toBe(false);
    expect(key('Enter')).toBe(true);
    expect(log).toEqual(['pause', 'resume', 'next']);
    expect(c.nextPoint).toBeNull();
  });

  it('while asking, the answer widget gets the keys it wants', () => {
    const { s } = session(['tf']);
    const c = new RoundController(s, lateMap(true), noFrames);
    expect(c.key({ key: 'ArrowDown', repeat: false, onButton: false }, () => true)).toBe(true);
    expect(c.key({ key: 'x', repeat: false, onButton: false }, () => false)).toBe(false);
  });

  it('the clock ticks every frame until stopped; stopping also ends the wait for the map', () => {
    const { s } = session(['map']);
    const queued: (() => void)[] = [];
    const cancelled: number[] = [];
    let id = 0;
    const frames = {
      request: (cb: () => void) => {
        queued.push(cb);
        return ++id;
      },
      cancel: (id: number) => cancelled.push(id),
    };
    const map = lateMap();
    const c = new RoundController(s, map, frames);
    let ticks = 0;
    c.start(() => ticks++);
    queued.shift()?.();
    queued.shift()?.();
    expect(ticks).toBe(2);
    c.checkMap(s.state);
    expect(map.waiting).toBe(true);
    c.stop();
    expect(cancelled).toEqual([3]);
    expect(map.waiting).toBe(false);
  });
});
