import Phaser from 'phaser';

/**
 * When Phaser's frame loop may sleep, and how it wakes (see OnDemandGame): a quiz map is still for
 * most of a question, and a sleeping loop costs the page no frame at all.
 */

/** A scene whose `update` moves things (a camera flight, confetti): the frame loop must not sleep meanwhile. */
export interface KeepsAwake {
  keepingAwake(): boolean;
}

/** Still steps in a row before the frame loop sleeps (the second makes sure a change made in a step's tail is drawn). */
export const STILL_STEPS_BEFORE_SLEEP = 2;

/** A scene that moves things in its update (see KeepsAwake), or scenes still to be added or started. */
export function keptAwake(manager: Phaser.Scenes.SceneManager): boolean {
  const queues = manager as unknown as { _pending: unknown[]; _start: unknown[]; _queue: unknown[] };
  if (queues._pending.length + queues._start.length + queues._queue.length > 0) return true;
  for (const scene of manager.scenes as (Phaser.Scene & Partial<KeepsAwake>)[]) {
    const status = scene.sys.settings.status;
    if (status > Phaser.Scenes.PENDING && status < Phaser.Scenes.RUNNING) return true;
    if (status === Phaser.Scenes.RUNNING && scene.keepingAwake?.()) return true;
  }
  return false;
}

/**
 * Wakes a sleeping frame loop for the next display frame. (TimeStep.wake would also run a whole step
 * at once, inside the caller's task, in the middle of what the caller is changing.) Its clock
 * restarts from now, so the first step's delta is one frame, not the time it slept.
 */
export function wakeLoop(timeStep: Phaser.Core.TimeStep): void {
  const loop = timeStep as Phaser.Core.TimeStep & {
    raf: { start(step: (time: number) => void, forceSetTimeOut: boolean, delay: number): void };
    _target: number;
    running: boolean;
  };
  if (loop.running) return;
  loop.resetDelta();
  loop.raf.start(loop.step.bind(loop), loop.forceSetTimeOut, loop._target);
  loop.running = true;
}
