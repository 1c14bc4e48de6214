import type { Loaded, RecordStore, SaveResult } from '../storage/index.ts';
import { emptyProgress, validateProgress } from './record.ts';
import { PROGRESS_VERSION, type Progress } from './types.ts';

/** The key of the progress record in the game's RecordStore. */
export const PROGRESS_KEY = 'progress';

/**
 * The saved progress, or an empty record. `problem` is set when a saved record could not be
 * used (damaged, another version, failing validateProgress): show `t(problemMessageKey(problem))`.
 */
export function loadProgress(store: RecordStore): Loaded<Progress> {
  return store.load(PROGRESS_KEY, (data) => validateProgress(data) ?? undefined, emptyProgress(), PROGRESS_VERSION);
}

export function saveProgress(store: RecordStore, progress: Progress): SaveResult {
  return store.save(PROGRESS_KEY, progress, PROGRESS_VERSION);
}

/** Forgets the student's history (a "reset my progress" button). */
export function clearProgress(store: RecordStore): SaveResult {
  return store.remove(PROGRESS_KEY);
}
