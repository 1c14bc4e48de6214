/**
 * Web Worker: decodes the map (TopoJSON → countries with their bounds, the hit test's quick
 * reject) off the main thread and posts the result once (see loadMap.ts). Where it can paint
 * (OffscreenCanvas), it then stays: the page asks it for pictures of the still map after each
 * camera settle (see paintClient.ts), painted by paintJob.ts — loaded at the first request, so
 * none of it is on the way to the map data.
 */
import type { MapData } from '../../../geo/mapData.ts';
import { packMapData } from '../../../geo/packedMap.ts';
import { sahelMap } from '../../../geo/sahelMap.ts';
import type { MapWorkerMessage } from './loadMap.ts';
import type { PaintJob, PaintReply, PaintRequest, PaintTarget } from './paintProtocol.ts';

const scope = self as unknown as Worker;
const post = (message: MapWorkerMessage | PaintReply, transfer: Transferable[] = []): void =>
  scope.postMessage(message, transfer);

function canPaint(): boolean {
  try {
    return typeof OffscreenCanvas === 'function' && new OffscreenCanvas(1, 1).getContext('2d') !== null;
  } catch {
    return false;
  }
}

let data: MapData | null = null;
try {
  data = sahelMap();
  // Posted as typed arrays whose buffers move to the page: no copy to read there.
  const { packed, transfer } = packMapData(data);
  post({ kind: 'map', data: packed, paints: canPaint() }, transfer);
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}

/** The latest request per picture not painted yet: requests queued behind a paint are skipped but the last. */
const wanted = new Map<PaintTarget, PaintRequest>();
let painter: Promise<(job: PaintJob) => ImageBitmap> | null = null;
let scheduled = false;

scope.onmessage = (event: MessageEvent<PaintRequest>) => {
  const m = event.data;
  if (m?.kind !== 'paint' || !data) return;
  wanted.set(m.job.model, m);
  if (scheduled) return;
  scheduled = true;
  // A task later: requests already queued arrive first, and only the newest of them is painted.
  setTimeout(() => void paintWanted(data as MapData), 0);
};

async function paintWanted(map: MapData): Promise<void> {
  painter ??= import('./paintJob.ts').then((m) => m.painterFor(map));
  const paint = await painter.catch(() => null);
  scheduled = false;
  const jobs = [...wanted.values()];
  wanted.clear();
  for (const { seq, job } of jobs) {
    try {
      if (!paint) throw new Error('the painter could not load');
      const bitmap = paint(job);
      post({ kind: 'painted', seq, bitmap }, [bitmap]);
    } catch (error) {
      post({ kind: 'paint-error', seq, message: error instanceof Error ? error.message : String(error) });
    }
  }
}
