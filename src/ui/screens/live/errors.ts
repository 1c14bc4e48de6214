import { hasText, t } from '../../../i18n/index.ts';

/** A live error code ('live/name_empty', 'round/bad_response'…) as a sentence; unknown codes get a general one. */
export function liveError(code: string): string {
  const key = `live.errors.${code.replace('/', '_')}`;
  return hasText(key) ? t(key as 'live.errors.live_unreachable') : t('live.errors.live_unreachable');
}
