/**
 * The first Intl formatter a page makes loads the engine's locale data: 70–140 ms at once on a slow
 * phone, a task no tap should wait behind (issue 20). That data is shared by the page's threads, so
 * a small worker (intlWarm.worker.ts) makes the formatters first, off the main thread; the page's
 * own first formatter then costs about a millisecond. Where no worker can run (an old browser, a
 * CSP that refuses it, an error inside it) the page just pays the cost itself, as before.
 */

/** Starts the worker for `languages`; resolves once it is done, failed, or `capMs` passed (never rejects). */
export function warmIntl(languages: readonly string[], capMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker | null = null;
    const done = (): void => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, capMs);
    try {
      if (typeof Worker !== 'function') throw new Error('no Web Worker');
      worker = new Worker(new URL('./intlWarm.worker.ts', import.meta.url), { type: 'module', name: 'intl-warm' });
      worker.onmessage = done;
      worker.onerror = done;
      worker.postMessage([...new Set(languages)]);
    } catch {
      done();
    }
  });
}
