/**
 * UI work cut into short tasks (issue 20: no main-thread task over 50 ms on a slow phone): what the
 * student must see at once runs in the tap's task; the rest runs in later tasks, and focus moves
 * once the new content has been painted, when it costs no forced style and layout.
 * (src/scenes has its own yieldToMain: ui may not import scenes.)
 */

/** Resolves in a later task: `scheduler.yield()` where the browser has it, else a MessageChannel message, else a timeout. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A page that draws no frames (a hidden tab) still gets there, after this long. */
const NO_FRAME_MS = 100;

/** Resolves in a task after the next frame was drawn (style and layout then clean), or after NO_FRAME_MS without frames. */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, NO_FRAME_MS);
    requestAnimationFrame(() => void nextTask().then(finish));
  });
}

/** One step of a `LaterSteps` run: when it waits for (a task, or a drawn frame) and what it does. */
export type LaterStep = readonly ['task' | 'paint', () => void];

/**
 * A view's work still to do, in order, one step per task; a new `run` or `cancel` drops what is
 * left of the one before (the student moved on: a new question must not get the old one's focus).
 */
export class LaterSteps {
  private run_ = 0;

  run(steps: readonly LaterStep[]): Promise<void> {
    const id = ++this.run_;
    return (async () => {
      for (const [wait, step] of steps) {
        await (wait === 'paint' ? afterPaint() : nextTask());
        if (id !== this.run_) return;
        step();
      }
    })();
  }

  cancel(): void {
    this.run_++;
  }
}
