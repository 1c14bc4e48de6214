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
] as const;
export type ResultError = (typeof RESULT_ERRORS)[number];
