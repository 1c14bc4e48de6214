/**
 * Type-level test, checked by `npm run typecheck` (tsc includes test/): the app's t() takes only keys
 * of locales/en/ui.json, with exactly the `{{…}}` variables the English text has (from i18next's
 * CustomTypeOptions, src/i18n/i18next.d.ts). Each `@ts-expect-error` fails the type check if the
 * line below it ever compiles.
 */
import { type ErrorCode, errorMessage } from '../../src/i18n/errorMessages.ts';
import { packText, type PlainUiKey, t, textsIn } from '../../src/i18n/index.ts';

// @ts-expect-error a misspelt key is refused
t('language.lable');
// @ts-expect-error a group of texts is not a text
t('language');
// @ts-expect-error a pack's dynamic key does not go through t() (packText does)
t('sahel-news.coup-date.prompt');
// @ts-expect-error 'round.progress' is "Question {{n}} of {{total}}": `count` is not one of its variables
t('round.progress', { n: 1, count: 10 });
// @ts-expect-error a variable left out is refused: `total` is missing
t('round.progress', { n: 1 });
// @ts-expect-error a text without variables takes none
t('language.label', { name: 'x' });
// @ts-expect-error a plural text needs its count …
t('round.questionCount');
// @ts-expect-error … as a number
t('round.questionCount', { count: '3' });
// @ts-expect-error a language-bound t checks the same
textsIn('fr')('round.progress', { n: 1, total: 2, extra: 3 });
// @ts-expect-error a key taking variables is not a plain key
export const notPlain: PlainUiKey = 'round.progress';
// @ts-expect-error an error code without a message is refused
errorMessage('link/misspelt');
// @ts-expect-error nor is a plain string
export const anyCode: ErrorCode = 'some/code' as string;

/** The right calls compile. */
export const right = [
  t('language.label'),
  t('round.progress', { n: 1, total: 10 }),
  t('round.questionCount', { count: 3, lng: 'fr' }),
  textsIn('fr')('round.progress', { n: 1, total: 10 }),
  packText('sahel-news.coup-date.prompt'),
  errorMessage('result/bad_checksum'),
];
