/**
 * What can go wrong with saved data. The message a player sees for each is in
 * src/i18n/errorMessages.ts (locales/<lng>/ui.json → storage.*).
 */
export const STORAGE_PROBLEMS = [
  /** The saved text is not a record this game wrote (bad JSON, no envelope). */
  'storage/corrupt',
  /** The record parsed but its data failed validation. */
  'storage/invalid',
  /** The record was written by an older version of the game (it is kept aside, not lost). */
  'storage/version',
  /** The record was written by a newer version of the game: it is left untouched, never overwritten. */
  'storage/newer',
  /** Some entries of the record could not be read: they are kept aside, every valid entry is kept. */
  'storage/partial',
  /** The browser refused to save: the storage quota is used up. */
  'storage/full',
  /** The browser gives no storage at all (blocked, or a private window). */
  'storage/unavailable',
] as const;

export type StorageProblem = (typeof STORAGE_PROBLEMS)[number];

/** Whether an error thrown by a store's set() means "no room left" (names differ by browser). */
export function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, code } = err as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
