/**
 * The round screen's decisions without a DOM: a map question waits for the map with its clock
 * stopped (and no pause dialog), Pause and Escape, Enter for Next, and when the clock runs.
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

const noTimer = { set: () => 1, clear: () => {} };

describe('round controller', () => {
  it('a map question waits, paused without the dialog, and is asked once the map takes clicks', () => {
    const { s, log } = session(['map']);
    const map = lateMap();
    const notes: unknown[] = [];
    const c = new RoundController(s, map, noTimer, (n) => notes.push(n));
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
    const c = new RoundController(s, map, noTimer);
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
    const c = new RoundController(s, lateMap(true), noTimer);
    c.checkMap(s.state);
    c.next(null);
    c.checkMap(s.state);
    expect(log).toEqual(['next']);
    expect(c.mapNote).toBeNull();
  });

  it('Escape pauses and resumes once per press; Enter after the answer moves on, not from a button', () => {
    const { s, log } = session(['tf', 'tf']);
    const c = new RoundController(s, lateMap(true), noTimer);
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
    const c = new RoundController(s, lateMap(true), noTimer);
    expect(c.key({ key: 'ArrowDown', repeat: false, onButton: false }, () => true)).toBe(true);
    expect(c.key({ key: 'x', repeat: false, onButton: false }, () => false)).toBe(false);
  });

  it('the clock runs when it has something new to show, and when the round changes; stopping ends it and the wait for the map', () => {
    const { s } = session(['map']);
    // A fake setTimeout: what is waiting, and after how long.
    const waiting = new Map<number, { cb: () => void; ms: number }>();
    let id = 0;
    const timer = {
      set: (cb: () => void, ms: number) => {
        waiting.set(++id, { cb, ms });
        return id;
      },
      clear: (id: number) => waiting.delete(id),
    };
    const fire = () => {
      const [[key, t]] = [...waiting.entries()] as [[number, { cb: () => void; ms: number }]];
      waiting.delete(key);
      t.cb();
    };
    const map = lateMap();
    const c = new RoundController(s, map, timer);
    const said: (number | null)[] = [230, 770, null];
    let ticks = 0;
    c.start(() => {
      ticks++;
      return said.shift() ?? null;
    });
    // Not in the task that started it: in the next one.
    expect(ticks).toBe(0);
    expect([...waiting.values()].map((t) => t.ms)).toEqual([0]);
    fire();
    expect(ticks).toBe(1);
    expect([...waiting.values()].map((t) => t.ms)).toEqual([230]);
    fire();
    expect([...waiting.values()].map((t) => t.ms)).toEqual([770]);
    fire();
    // Nothing to show until the round changes: nothing waits.
    expect(ticks).toBe(3);
    expect(waiting.size).toBe(0);
    c.wake();
    c.wake();
    expect([...waiting.values()].map((t) => t.ms)).toEqual([0]);
    fire();
    expect(ticks).toBe(4);
    c.checkMap(s.state);
    expect(map.waiting).toBe(true);
    c.wake();
    c.stop();
    expect(waiting.size).toBe(0);
    expect(map.waiting).toBe(false);
    c.wake();
    expect(waiting.size).toBe(0);
  });
});
