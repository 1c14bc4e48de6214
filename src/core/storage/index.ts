export { createMemoryStore, type KeyValueStore } from './keyValueStore.ts';
export { STORAGE_PROBLEMS, isQuotaError, type StorageProblem } from './problems.ts';
export {
  ASIDE_PREFIX,
  createRecordStore,
  salvaged,
  salvaging,
  type Loaded,
  type RecordStore,
  type SaveResult,
  type Validator,
} from './recordStore.ts';
