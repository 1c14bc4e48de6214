/**
 * Web Worker: decodes the map (TopoJSON → countries with their bounds, the hit test's quick
 * reject) off the main thread and posts the result once. See loadMap.ts.
 */
import { sahelMap } from '../../../geo/sahelMap.ts';
import type { MapWorkerMessage } from './loadMap.ts';

const post = (message: MapWorkerMessage): void => (self as unknown as Worker).postMessage(message);

try {
  post({ kind: 'map', data: sahelMap() });
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
