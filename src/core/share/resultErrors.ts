/** Outcome codes of the result codec and file; each doubles as an i18n key in locales/<lng>/ui.json. */
export const RESULT_ERRORS = [
  'result/empty',
  'result/too_long',
  'result/bad_encoding',
  'result/bad_checksum',
  'result/bad_version',
  'result/corrupt',
  'result/too_large',
  'result/other_pack',
  'result/other_version',
  'result/unknown_questions',
  'result/bad_file',
  /** Not a result code at all (too short to be one). */
  'result/not_code',
  /** Looks like a code, but no single typing mistake explains it: cut short or changed in several places. */
  'result/damaged',
] as const;
export type ResultError = (typeof RESULT_ERRORS)[number];
