/**
 * The round's work after a tap, cut into tasks (src/ui/later.ts), and the round saved in the task
 * after its change (src/app/roundSaver.ts): the order holds, a new run drops what is left of the
 * old one, and nothing is lost or written twice.
 */
import { describe, expect, it } from 'vitest';
import { RoundSaver } from '../../src/app/roundSaver.ts';
import type { RoundState } from '../../src/core/round/types.ts';
import { nextTask } from '../../src/ports/nextTask.ts';
import { afterTap, LaterSteps } from '../../src/ui/later.ts';

describe('LaterSteps', () => {
  it('runs the steps in order, none in the task that asked for them', async () => {
    const done: string[] = [];
    const later = new LaterSteps();
    const run = later.run([() => done.push('details'), () => done.push('explain'), () => done.push('focus')]);
    expect(done).toEqual([]);
    await nextTask();
    expect(done).toEqual(['details']);
    await run;
    expect(done).toEqual(['details', 'explain', 'focus']);
  });

  it('a new run (the next question) drops what was left of the one before; cancel drops everything', async () => {
    const done: string[] = [];
    const later = new LaterSteps();
    const first = later.run([() => done.push('old 1'), () => done.push('old 2')]);
    await nextTask();
    const second = later.run([() => done.push('new')]);
    await Promise.all([first, second]);
    expect(done).toEqual(['old 1', 'new']);
    const third = later.run([() => done.push('never')]);
    later.cancel();
    await third;
    expect(done).toEqual(['old 1', 'new']);
  });
});

describe('afterTap', () => {
  /** Only what afterTap reads of the button: whether it is still on the page. */
  const buttonOnPage = () => ({ isConnected: true }) as unknown as HTMLElement;

  it('runs the action in the task after the tap, once for a double tap, again for a later tap', async () => {
    let rounds = 0;
    const play = buttonOnPage();
    const tap = afterTap(play, () => rounds++);
    tap();
    tap();
    expect(rounds).toBe(0);
    await nextTask();
    await nextTask();
    expect(rounds).toBe(1);
    tap();
    await nextTask();
    await nextTask();
    expect(rounds).toBe(2);
  });

  it('runs nothing once the button has left the page (another screen was shown meanwhile)', async () => {
    let rounds = 0;
    const play = { isConnected: true };
    const tap = afterTap(play as unknown as HTMLElement, () => rounds++);
    tap();
    play.isConnected = false;
    await nextTask();
    await nextTask();
    expect(rounds).toBe(0);
  });
});

describe('RoundSaver', () => {
  const state = (index: number) => ({ index }) as unknown as RoundState;

  it('writes once, in a later task, the newest of the changes made meanwhile', async () => {
    const saver = new RoundSaver();
    const written: number[] = [];
    const write = (s: RoundState) => written.push(s.index);
    saver.save(state(0), write);
    saver.save(state(1), write);
    expect(written).toEqual([]);
    await nextTask();
    await nextTask();
    expect(written).toEqual([1]);
    saver.save(state(2), write);
    await nextTask();
    await nextTask();
    expect(written).toEqual([1, 2]);
  });

  it('flush writes at once (before the saved round is read), and only once', async () => {
    const saver = new RoundSaver();
    const written: number[] = [];
    saver.save(state(3), (s) => written.push(s.index));
    saver.flush();
    expect(written).toEqual([3]);
    await nextTask();
    await nextTask();
    expect(written).toEqual([3]);
  });

  it('a dropped round (quit) is not written after all', async () => {
    const saver = new RoundSaver();
    const written: number[] = [];
    saver.save(state(4), (s) => written.push(s.index));
    saver.drop();
    await nextTask();
    await nextTask();
    saver.flush();
    expect(written).toEqual([]);
  });
});
