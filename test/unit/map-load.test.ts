import { describe, expect, it } from 'vitest';
import topology from '../../assets/map/sahel.topo.json';
import places from '../../assets/map/places.json';
import { loadMapData, type MapData, type PlacesFile, type SahelTopology } from '../../src/geo/mapData.ts';
import { MapModel } from '../../src/geo/mapModel.ts';
import { packMapData } from '../../src/geo/packedMap.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import { loadMap, type MapWorkerMessage } from '../../src/scenes/map/load/loadMap.ts';
import { slicedMapData } from '../../src/scenes/map/load/slicedMapData.ts';
import { forEachSliced, LaterTask } from '../../src/scenes/map/load/yieldToMain.ts';

const TOPO = topology as unknown as SahelTopology;
const PLACES = places as unknown as PlacesFile;
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What a page gets from each path, as the map scene uses it: shapes on screen and what a tap lands on. */
function modelView(data: MapData) {
  const model = new MapModel(data);
  model.fit({ x: 0, y: 0, width: 1280, height: 720 }, 12);
  const taps = [];
  for (let x = 0; x <= 1280; x += 40)
    for (let y = 0; y <= 720; y += 40) taps.push(model.countryAtScreen(x, y, { tolerancePx: 16 }));
  return { shapes: model.shapes(), rect: model.mapRect(), taps };
}

/** A stand-in for the browser's Worker: posts (a structured clone of) `message`, or fails as told. */
function fakeWorker(behaviour: { post?: unknown; error?: string; messageError?: boolean }): () => Worker {
  return () => {
    const w = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      onmessageerror: null as (() => void) | null,
      terminated: false,
      terminate() {
        this.terminated = true;
      },
    };
    setTimeout(() => {
      if (behaviour.error !== undefined)
        w.onerror?.({ message: behaviour.error, preventDefault() {} } as unknown as ErrorEvent);
      else if (behaviour.messageError) w.onmessageerror?.();
      else w.onmessage?.({ data: structuredClone(behaviour.post) } as MessageEvent);
    }, 0);
    return w as unknown as Worker;
  };
}

describe('map data off the main thread', () => {
  const direct = loadMapData(TOPO, PLACES);

  it('the sliced main-thread path gives exactly the data of the one-go decode, in many small steps', async () => {
    let yields = 0;
    const sliced = await slicedMapData(TOPO, PLACES, async () => {
      yields++;
      await tick();
    });
    expect(sliced).toEqual(direct);
    expect(sliced.countries.map((c) => c.id)).toEqual(direct.countries.map((c) => c.id));
    expect(yields).toBeGreaterThanOrEqual(2);
  });

  it('the worker path (its message, structured-cloned) and the fallback give the same map model', async () => {
    const { packed, transfer } = packMapData(sahelMap());
    // Every country's outline travels in transferable buffers (no copy of thousands of small arrays).
    expect(transfer).toHaveLength(packed.countries.length * 3);
    expect(transfer.every((b) => b instanceof ArrayBuffer)).toBe(true);
    const viaWorker = await loadMap({ createWorker: fakeWorker({ post: { kind: 'map', data: packed } }) });
    const viaFallback = await loadMap({
      createWorker: () => null,
      fallback: () => slicedMapData(TOPO, PLACES, tick),
      onFallback: () => {},
    });
    expect(viaWorker.source).toBe('worker');
    expect(viaFallback.source).toBe('main-thread');
    expect(viaWorker.data).toEqual(viaFallback.data);
    const a = modelView(viaWorker.data);
    const b = modelView(viaFallback.data);
    expect(a).toEqual(b);
    // The taps land on real countries, not all null: the comparison means something.
    expect(new Set(a.taps.filter(Boolean)).size).toBeGreaterThan(10);
  });

  const failures: [string, () => Worker | null][] = [
    ['no Worker in the browser', () => null],
    [
      'the CSP refuses it',
      () => {
        throw new DOMException('refused by worker-src', 'SecurityError');
      },
    ],
    ['it cannot load or throws inside', fakeWorker({ error: 'Uncaught SyntaxError' })],
    ['it reports an error', fakeWorker({ post: { kind: 'error', message: 'boom' } satisfies MapWorkerMessage })],
    ['its message cannot be read', fakeWorker({ messageError: true })],
    ['it posts something else', fakeWorker({ post: { hello: 1 } })],
    ['it posts the map unpacked (GeoJSON, not typed arrays)', fakeWorker({ post: { kind: 'map', data: sahelMap() } })],
  ];
  for (const [why, createWorker] of failures) {
    it(`falls back to main-thread slices with the same data when ${why}`, async () => {
      const reasons: string[] = [];
      const loaded = await loadMap({
        createWorker,
        fallback: () => slicedMapData(TOPO, PLACES, tick),
        onFallback: (r) => reasons.push(r),
      });
      expect(loaded.source).toBe('main-thread');
      expect(loaded.data).toEqual(direct);
      expect(reasons).toHaveLength(1);
    });
  }
});

describe('slices', () => {
  it('forEachSliced visits every item in order and yields when a slice runs over its budget', async () => {
    let clock = 0;
    let yields = 0;
    const seen: number[] = [];
    await forEachSliced(
      [1, 2, 3, 4, 5, 6],
      (n) => {
        seen.push(n);
        clock += 5;
      },
      { budgetMs: 8, now: () => clock, yieldFn: async () => void yields++ },
    );
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    // 5 ms per item, 8 ms per slice: a yield after every second item.
    expect(yields).toBe(2);
  });

  it('LaterTask runs once in a later task however often it was asked in this one', async () => {
    let runs = 0;
    const later = new LaterTask(() => runs++, tick);
    later.request();
    later.request();
    later.request();
    expect(runs).toBe(0);
    await tick();
    await tick();
    expect(runs).toBe(1);
    later.request();
    await tick();
    await tick();
    expect(runs).toBe(2);
  });
});
