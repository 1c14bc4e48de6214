/**
 * The one way every layer gives the browser a turn (issue 20: no main-thread task over 50 ms):
 * resolves in a later task, so input, rendering and other work queued meanwhile run first.
 * `scheduler.yield()` where the browser has it (it keeps our place in the queue), else a
 * MessageChannel message (a task, without setTimeout's 4 ms clamp), else a timeout. Only tasks, no
 * frames: a page whose clock is held (a test's fake clock, a hidden tab) still gets there.
 */
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
