/**
 * Storage as app, ui and platform see it: a key-value store the browser gives (platform/localStore.ts
 * adapts localStorage to it) and the versioned record store the game keeps its records in. The
 * rules behind them (versions, salvage, problems) are pure and live in core/storage/.
 */
export type {
  KeyValueStore,
  RecordStore,
  StorageProblem,
} from '../core/storage/index.ts';
