import { describe, expect, it } from 'vitest';
import { EXTENT } from '../../src/geo/frame.ts';
import { MapModel } from '../../src/geo/mapModel.ts';
import { packMapData } from '../../src/geo/packedMap.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import { loadMap } from '../../src/scenes/map/load/loadMap.ts';
import { PaintClient, stillPainter, type Timers } from '../../src/scenes/map/load/paintClient.ts';
import type { PaintJob, PaintReply, PaintRequest } from '../../src/scenes/map/load/paintProtocol.ts';
import { PictureFits, type Placement } from '../../src/scenes/map/pictureFits.ts';

/** A stand-in for the map worker: records requests; the test answers them. */
function fakeWorker() {
  const w = {
    sent: [] as PaintRequest[],
    terminated: false,
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    onmessageerror: null as (() => void) | null,
    postMessage(m: PaintRequest) {
      this.sent.push(structuredClone(m));
    },
    terminate() {
      this.terminated = true;
    },
    reply(m: PaintReply) {
      this.onmessage?.({ data: m } as MessageEvent);
    },
  };
  return w;
}

/** A bitmap stand-in that knows whether it was closed (a dropped picture must free its memory). */
function bitmap(name: string) {
  const b = {
    name,
    closed: false,
    close: () => {
      b.closed = true;
    },
  };
  return b as unknown as ImageBitmap & { name: string; closed: boolean };
}

/** Timers run by the test. */
function manualTimers(): Timers & { fire(): void; live: number } {
  let next = 1;
  const due = new Map<number, () => void>();
  return {
    set: (run) => {
      due.set(next, run);
      return next++ as unknown as ReturnType<typeof setTimeout>;
    },
    clear: (t) => void due.delete(t as unknown as number),
    fire: () => {
      for (const [id, run] of [...due]) {
        due.delete(id);
        run();
      }
    },
    get live() {
      return due.size;
    },
  };
}

const fitArgs = {
  viewport: { x: 0, y: 0, width: 390, height: 400 },
  padding: 12,
  view: { lon: 2, lat: 13, zoom: 1.6 },
};
const job = (model: PaintJob['model'] = 'map'): PaintJob => ({
  model,
  fit: fitArgs,
  width: 780,
  height: 800,
  ratio: 2,
});

describe('paint worker client: one picture per settle, the latest only', () => {
  it('a reply overtaken by a later request is dropped and its bitmap closed; the latest one is shown', () => {
    const w = fakeWorker();
    const client = new PaintClient(w as unknown as Worker, manualTimers());
    const shown: string[] = [];
    client.paint(
      job(),
      (b) => shown.push(`first ${(b as any).name}`),
      () => shown.push('fail'),
    );
    client.paint(
      job(),
      (b) => shown.push(`second ${(b as any).name}`),
      () => shown.push('fail'),
    );
    expect(w.sent.map((m) => m.seq)).toEqual([1, 2]);
    expect(w.sent[1]?.job).toEqual(job());
    const old = bitmap('a');
    w.reply({ kind: 'painted', seq: 1, bitmap: old });
    expect(old.closed).toBe(true);
    expect(shown).toEqual([]);
    const latest = bitmap('b');
    w.reply({ kind: 'painted', seq: 2, bitmap: latest });
    expect(latest.closed).toBe(false);
    expect(shown).toEqual(['second b']);
    // A reply that comes twice (or unasked) is not shown twice.
    const again = bitmap('c');
    w.reply({ kind: 'painted', seq: 2, bitmap: again });
    expect(again.closed).toBe(true);
    expect(shown).toEqual(['second b']);
  });

  it('the map and the backdrop are separate pictures: neither makes the other stale', () => {
    const w = fakeWorker();
    const client = new PaintClient(w as unknown as Worker, manualTimers());
    const shown: string[] = [];
    client.paint(
      job('map'),
      () => shown.push('map'),
      () => {},
    );
    client.paint(
      job('extent'),
      () => shown.push('extent'),
      () => {},
    );
    w.reply({ kind: 'painted', seq: 1, bitmap: bitmap('m') });
    w.reply({ kind: 'painted', seq: 2, bitmap: bitmap('e') });
    expect(shown).toEqual(['map', 'extent']);
  });

  const failures: [string, (w: ReturnType<typeof fakeWorker>, timers: ReturnType<typeof manualTimers>) => void][] = [
    [
      'an error inside the worker',
      (w) => w.onerror?.({ message: 'boom', preventDefault() {} } as unknown as ErrorEvent),
    ],
    ['a reply that cannot be read', (w) => w.onmessageerror?.()],
    ['the worker reports it could not paint', (w) => w.reply({ kind: 'paint-error', seq: 1, message: 'no context' })],
    ['a reply that never comes', (_w, timers) => timers.fire()],
  ];
  /** A client with manual timers and one request in flight, whose outcome goes to `log`. */
  const oneRequest = () => {
    const w = fakeWorker();
    const timers = manualTimers();
    const client = new PaintClient(w as unknown as Worker, timers);
    const log: string[] = [];
    client.paint(
      job(),
      () => log.push('shown'),
      () => log.push('fallback'),
    );
    return { w, timers, client, log };
  };
  for (const [why, fail] of failures) {
    it(`${why}: the worker is ended, the waiting caller falls back, and so does every later one`, () => {
      const { w, timers, client, log } = oneRequest();
      fail(w, timers);
      expect(log).toEqual(['fallback']);
      expect(w.terminated).toBe(true);
      expect(client.alive).toBe(false);
      expect(timers.live).toBe(0);
      client.paint(
        job(),
        () => log.push('shown'),
        () => log.push('fallback later'),
      );
      expect(log).toEqual(['fallback', 'fallback later']);
      expect(w.sent.length).toBe(1);
    });
  }

  it('a reply in time clears its timer: no fallback afterwards', () => {
    const { w, timers, client, log } = oneRequest();
    w.reply({ kind: 'painted', seq: 1, bitmap: bitmap('a') });
    timers.fire();
    expect(log).toEqual(['shown']);
    expect(client.alive).toBe(true);
  });
});

describe('where a picture painted off the main thread goes', () => {
  const zoomIn = (p: Placement): Placement => ({ x: (p.x - 100) * 2, y: (p.y - 40) * 2, scale: p.scale * 2 });

  it('the camera settled again while it was painted: it lands where that fit moved to, as the carried picture does', () => {
    const fits = new PictureFits();
    fits.requested();
    fits.carry(zoomIn);
    expect(fits.arrived()).toEqual({ x: -200, y: -80, scale: 2 });
    expect(fits.shown).toEqual({ x: -200, y: -80, scale: 2 });
    // The next one, asked at the new fit, comes in place.
    fits.requested();
    fits.carry(zoomIn);
    expect(fits.shown).toEqual({ x: -600, y: -240, scale: 4 });
    expect(fits.arrived()).toEqual({ x: -200, y: -80, scale: 2 });
  });

  it('a fit changed otherwise (a resize): the picture shown is hidden and the one on its way dropped', () => {
    const fits = new PictureFits();
    fits.requested();
    fits.arrived();
    fits.requested();
    fits.lost();
    expect(fits.shown).toBeNull();
    expect(fits.arrived()).toBeNull();
  });
});

describe('the worker paints for the page’s fit', () => {
  it('a model refitted with another one’s fitArgs (sent through postMessage) has the same shapes and map rect', () => {
    const data = sahelMap();
    for (const [focus, fit] of [
      [
        undefined,
        (m: MapModel) => m.fitView({ x: 0, y: 0, width: 390, height: 420 }, { lon: 1.5, lat: 12.7, zoom: 2.3 }, 12),
      ],
      [EXTENT, (m: MapModel) => m.fit({ x: 0, y: 0, width: 1200, height: 700 })],
    ] as const) {
      const page = new MapModel(data, focus, focus);
      fit(page);
      const worker = new MapModel(structuredClone(data), focus, focus);
      worker.refit(structuredClone(page.fitArgs));
      expect(worker.mapRect()).toEqual(page.mapRect());
      expect(worker.shapes()).toEqual(page.shapes());
    }
  });

  it('loadMap keeps a worker that can paint (the paint client uses it) and ends one that cannot', async () => {
    const worker = (paints: boolean) => {
      const w = fakeWorker();
      setTimeout(
        () => w.onmessage?.({ data: { kind: 'map', data: packMapData(sahelMap()).packed, paints } } as MessageEvent),
        0,
      );
      return w;
    };
    const painting = worker(true);
    await loadMap({ createWorker: () => painting as unknown as Worker });
    expect(painting.terminated).toBe(false);
    expect(stillPainter()).not.toBeNull();
    const plain = worker(false);
    await loadMap({ createWorker: () => plain as unknown as Worker });
    expect(plain.terminated).toBe(true);
    expect(stillPainter()).toBeNull();
  });
});
