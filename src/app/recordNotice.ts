/**
 * What the player is told when a stored record could not be read whole: which record, what
 * happened to it (kept aside, partly kept, left untouched for a newer version), in their language.
 */
import type { StorageProblem } from '../core/storage/index.ts';
import { recordProblemMessage } from '../i18n/errorMessages.ts';
import { t } from '../i18n/index.ts';

export type RecordKind =
  | 'progress'
  | 'settings'
  | 'round'
  | 'assigned'
  | 'classResults'
  | 'classList'
  | 'teacherRounds';

/** The message for `problem` met while reading the record `kind`. */
export function recordNotice(kind: RecordKind, problem: StorageProblem): string {
  return recordProblemMessage(problem, t(`keep.what.${kind}`));
}
