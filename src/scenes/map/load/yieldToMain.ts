import { nextTask } from '../../../ports/nextTask.ts';

/** Gives the browser a turn: resolves in a later task (see ports/nextTask.ts). */
export const yieldToMain = nextTask;

/** Main-thread work per slice before yielding, ms: well under the 50 ms that counts as a long task. */
export const SLICE_MS = 8;

/**
 * Runs `step` over `items` in order, yielding between slices of about `budgetMs`. The result is
 * what a plain loop would give; only when it runs changes.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  step: (item: T, index: number) => void,
  options: { budgetMs?: number; yieldFn?: () => Promise<void>; now?: () => number } = {},
): Promise<void> {
  const budget = options.budgetMs ?? SLICE_MS;
  const yieldFn = options.yieldFn ?? yieldToMain;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  for (let i = 0; i < items.length; i++) {
    if (now() - sliceStart > budget) {
      await yieldFn();
      sliceStart = now();
    }
    step(items[i] as T, i);
  }
}

/**
 * A job run in a later task, at most once however often it is requested before then: several
 * changes in one task (the app handing the map its names, layers and mode at once) cost one redraw,
 * and that redraw does not lengthen the task that asked for it.
 */
export class LaterTask {
  private scheduled = false;

  constructor(
    private readonly run: () => void,
    private readonly yieldFn: () => Promise<void> = yieldToMain,
  ) {}

  request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void this.yieldFn().then(() => {
      this.scheduled = false;
      this.run();
    });
  }
}
