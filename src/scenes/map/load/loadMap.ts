import type { Country, MapData, PlacesFile, SahelTopology } from '../../../geo/mapData.ts';
import { isPackedMapData, type PackedMapData, unpackCountry } from '../../../geo/packedMap.ts';
import { usePaintWorker } from './paintClient.ts';
import { forEachSliced } from './yieldToMain.ts';

/**
 * What the map worker posts first (once): the map packed in typed arrays, their buffers transferred;
 * `paints`: it can paint the still map and stays for that (paintClient.ts).
 */
export type MapWorkerMessage =
  | { kind: 'map'; data: PackedMapData; paints?: boolean }
  | { kind: 'error'; message: string };

/** How the map data was made, for tests and the bench. */
export type MapDataSource = 'worker' | 'main-thread';

export interface LoadedMapData {
  data: MapData;
  source: MapDataSource;
}

export interface LoadMapOptions {
  /** Starts the worker; returns null or throws when workers are unavailable. Default: the bundled map worker. */
  createWorker?: () => Worker | null;
  /** The main-thread fallback (default: the sliced decode of the bundled map files). */
  fallback?: () => Promise<MapData>;
  /** Told why the worker was not used (default: console.info). */
  onFallback?: (reason: string) => void;
}

function bundledWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  return new Worker(new URL('./mapData.worker.ts', import.meta.url), { type: 'module', name: 'map-data' });
}

/** Fetched only when the worker cannot run: the decoder (TopoJSON, d3-geo bounds) is not on the way to the first question. */
async function bundledFallback(): Promise<MapData> {
  const [topology, places, { slicedMapData }] = await Promise.all([
    import('../../../../assets/map/sahel.topo.json'),
    import('../../../../assets/map/places.json'),
    import('./slicedMapData.ts'),
  ]);
  return slicedMapData(topology.default as unknown as SahelTopology, places.default as unknown as PlacesFile);
}

/** Runs the worker to its one message; rejects when it cannot start, fails inside, or its message cannot be read. */
function fromWorker(createWorker: () => Worker | null): Promise<PackedMapData> {
  return new Promise((resolve, reject) => {
    let worker: Worker | null;
    try {
      worker = createWorker();
    } catch (error) {
      reject(error);
      return;
    }
    if (!worker) {
      reject(new Error('no Web Worker in this browser'));
      return;
    }
    const w = worker;
    const done = (): void => w.terminate();
    w.onmessage = (event: MessageEvent<MapWorkerMessage>) => {
      const m = event.data;
      const map = m?.kind === 'map' && isPackedMapData(m.data) ? m.data : null;
      // A worker that can paint stays, to paint the still map off the main thread (paintClient.ts).
      if (map && m?.kind === 'map' && m.paints === true) usePaintWorker(w);
      else done();
      if (map) resolve(map);
      else reject(new Error(`map worker: ${m?.kind === 'error' ? m.message : 'unexpected message'}`));
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      done();
      reject(new Error(`map worker failed: ${event.message || 'could not start'}`));
    };
    w.onmessageerror = () => {
      done();
      reject(new Error('map worker: message could not be read'));
    };
  });
}

/**
 * The map's countries and cities, decoded off the main thread by a Web Worker. When the worker
 * cannot start (an old browser, a Content-Security-Policy that refuses it) or fails inside, the
 * same data is made on the main thread in slices that yield between them: the same result, and
 * the page still answers taps meanwhile.
 */
export async function loadMap(options: LoadMapOptions = {}): Promise<LoadedMapData> {
  const createWorker = options.createWorker ?? bundledWorker;
  // No paint worker unless this load's map worker says it can paint.
  usePaintWorker(null);
  try {
    const packed = await fromWorker(createWorker);
    // The outlines rebuilt a few countries per task: the page answers taps meanwhile.
    const countries: Country[] = [];
    await forEachSliced(packed.countries, (c) => countries.push(unpackCountry(c)));
    return { data: { countries, cities: packed.cities }, source: 'worker' };
  } catch (error) {
    (options.onFallback ?? ((why: string) => console.info(`map data on the main thread: ${why}`)))(
      error instanceof Error ? error.message : String(error),
    );
    return { data: await (options.fallback ?? bundledFallback)(), source: 'main-thread' };
  }
}
