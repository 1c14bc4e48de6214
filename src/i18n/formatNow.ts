/** Numbers, percentages, durations and dates in the language shown now. */
import { durationParts, formatDateIn, formatNumberIn, formatPercentIn } from './format.ts';
import { currentLanguage, t } from './runtime.ts';

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return formatNumberIn(currentLanguage(), n, options);
}

/** 0.85 → "85%" / "85 %". */
export function formatPercent(ratio: number): string {
  return formatPercentIn(currentLanguage(), ratio);
}

/** 65_000 → "1 min 05 s"; 42_000 → "42 s" (patterns from ui.json `format.duration*`). */
export function formatDuration(ms: number): string {
  const p = durationParts(currentLanguage(), ms);
  return p.hasMinutes
    ? t('format.durationMinutes', { minutes: p.minutes, seconds: p.seconds })
    : t('format.durationSeconds', { seconds: p.seconds });
}

/** A date in the current language's long style: "26 July 2023" / "26 juillet 2023". */
export function formatDate(d: Date | number): string {
  return formatDateIn(currentLanguage(), d);
}
