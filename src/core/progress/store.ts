import { ASIDE_PREFIX, salvaging, type Loaded, type RecordStore, type SaveResult } from '../storage/index.ts';
import { emptyProgress, salvageProgress } from './record.ts';
import { PROGRESS_VERSION, type Progress } from './types.ts';

/** The key of the progress record in the game's RecordStore. */
export const PROGRESS_KEY = 'progress';

/**
 * The saved progress, or an empty record. `problem` is set when a saved record could not be
 * used whole: 'storage/partial' keeps every valid fact (the original is kept aside), a damaged
 * or older record is kept aside and starts afresh, a newer version's record is left untouched.
 */
export function loadProgress(store: RecordStore): Loaded<Progress> {
  return store.load(PROGRESS_KEY, salvaging(salvageProgress), emptyProgress(), PROGRESS_VERSION);
}

export function saveProgress(store: RecordStore, progress: Progress): SaveResult {
  return store.save(PROGRESS_KEY, progress, PROGRESS_VERSION);
}

/** Forgets the student's history (a "reset my progress" button), copies kept aside included. */
export function clearProgress(store: RecordStore): SaveResult {
  for (const key of store.keys())
    if (key === `${ASIDE_PREFIX}${PROGRESS_KEY}` || key.startsWith(`${ASIDE_PREFIX}${PROGRESS_KEY}#`))
      store.remove(key);
  return store.remove(PROGRESS_KEY);
}
