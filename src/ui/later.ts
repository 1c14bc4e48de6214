/**
 * UI work cut into short tasks (issue 20: no main-thread task over 50 ms on a slow phone): what the
 * student must see at once runs in the tap's task; the rest runs in later tasks, one step each.
 * Focus moves in a step of its own: focus() after DOM writes forces the style and layout of what
 * changed, which then costs its own task instead of lengthening the tap's. Only tasks, no timers or
 * frames: a page whose clock is held (a test's fake clock, a hidden tab) still gets there.
 */

import { nextTask } from '../ports/nextTask.ts';

/**
 * A view's work still to do, in order, one step per task; a new `run` or `cancel` drops what is
 * left of the one before (the student moved on: a new question must not get the old one's focus).
 */
export class LaterSteps {
  private run_ = 0;

  run(steps: readonly (() => void)[]): Promise<void> {
    const id = ++this.run_;
    return (async () => {
      for (const step of steps) {
        await nextTask();
        if (id !== this.run_) return;
        step();
      }
    })();
  }

  cancel(): void {
    this.run_++;
  }
}

/**
 * A button's action, run in the task after its tap (issue 20): the tap's own task then only
 * takes the press, the next one builds the screen the action opens, and the browser lays that out
 * in the frame after it, instead of all three in the tap's task. A second tap meanwhile (a double
 * tap) starts nothing more, and nothing runs once the button has left the page.
 */
export function afterTap(el: HTMLElement, run: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    void nextTask().then(() => {
      pending = false;
      if (el.isConnected) run();
    });
  };
}
