import type { PaintJob, PaintReply, PaintRequest, PaintTarget } from './paintProtocol.ts';

/** A picture not back this long after it was asked for: the worker is taken as lost (main-thread painting from then on). */
const REPLY_TIMEOUT_MS = 8000;

interface Pending {
  seq: number;
  done: (bitmap: ImageBitmap) => void;
  fail: () => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Timers, injectable for tests. */
export interface Timers {
  set(run: () => void, ms: number): ReturnType<typeof setTimeout>;
  clear(timer: ReturnType<typeof setTimeout>): void;
}

const TIMERS: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (t) => clearTimeout(t) };

/**
 * The page's side of the paint worker (mapData.worker.ts, kept after it posted the map data): one
 * request per picture wanted, each with a sequence number. Only the latest request per target
 * (`map`, `extent`) is waited for: an older reply (the camera settled again meanwhile) is dropped
 * and its bitmap closed. When the worker fails — an error inside it, a message that cannot be read,
 * a reply that never comes — it is ended and every caller waiting is told (`fail`), and so is every
 * later one: the still map is then painted on the main thread, as without a worker.
 */
export class PaintClient {
  private seq = 0;
  private readonly pending = new Map<PaintTarget, Pending>();
  private dead = false;

  constructor(
    private readonly worker: Worker,
    private readonly timers: Timers = TIMERS,
    private readonly timeoutMs = REPLY_TIMEOUT_MS,
  ) {
    worker.onmessage = (event: MessageEvent<PaintReply>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.die(`failed: ${event.message || 'an error'}`);
    };
    worker.onmessageerror = () => this.die('a reply could not be read');
  }

  get alive(): boolean {
    return !this.dead;
  }

  /** Asks for a picture; `done` gets it unless a later request for the same target came first; `fail` if the worker is lost. */
  paint(job: PaintJob, done: (bitmap: ImageBitmap) => void, fail: () => void): void {
    if (this.dead) {
      fail();
      return;
    }
    const seq = ++this.seq;
    const old = this.pending.get(job.model);
    if (old) this.timers.clear(old.timer);
    const timer = this.timers.set(() => this.die('no reply'), this.timeoutMs);
    this.pending.set(job.model, { seq, done, fail, timer });
    const request: PaintRequest = { kind: 'paint', seq, job };
    this.worker.postMessage(request);
  }

  private receive(m: PaintReply | undefined): void {
    if (m?.kind === 'paint-error') {
      this.die(m.message);
      return;
    }
    if (m?.kind !== 'painted') return;
    const entry = [...this.pending].find(([, p]) => p.seq === m.seq);
    if (!entry || this.dead) {
      // Stale: a later picture of the same target is on its way.
      m.bitmap.close();
      return;
    }
    const [target, p] = entry;
    this.timers.clear(p.timer);
    this.pending.delete(target);
    p.done(m.bitmap);
  }

  private die(why: string): void {
    if (this.dead) return;
    this.dead = true;
    console.info(`still map painted on the main thread: paint worker ${why}`);
    this.worker.terminate();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) {
      this.timers.clear(p.timer);
      p.fail();
    }
  }
}

let client: PaintClient | null = null;

/** The paint worker's client, once the map worker has said it can paint (loadMap); null: paint on the main thread. */
export function stillPainter(): PaintClient | null {
  return client?.alive ? client : null;
}

/** Made by loadMap when the map worker can paint (null: none). */
export function usePaintWorker(worker: Worker | null): void {
  client = worker ? new PaintClient(worker) : null;
}
