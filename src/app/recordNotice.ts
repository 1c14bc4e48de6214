/**
 * What the player is told when a stored record could not be read whole: which record, what
 * happened to it (kept aside, partly kept, left untouched for a newer version), in their language.
 */
import { problemMessageKey, type StorageProblem } from '../core/storage/index.ts';
import { t } from '../i18n/index.ts';

export type RecordKind =
  | 'progress'
  | 'settings'
  | 'round'
  | 'assigned'
  | 'classResults'
  | 'classList'
  | 'teacherRounds';

const ABOUT_A_RECORD = ['storage/corrupt', 'storage/invalid', 'storage/version', 'storage/partial', 'storage/newer'];

/** The message for `problem` met while reading the record `kind`. */
export function recordNotice(kind: RecordKind, problem: StorageProblem): string {
  if (!ABOUT_A_RECORD.includes(problem)) return t(problemMessageKey(problem));
  const name = problem.slice('storage/'.length) as 'corrupt' | 'invalid' | 'version' | 'partial' | 'newer';
  return t(`keep.${name}`, { what: t(`keep.what.${kind}`) });
}
