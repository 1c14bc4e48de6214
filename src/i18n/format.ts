/** Number, percent, date and duration formatting on `Intl`, for a given language. Pure. */

/** The locale Intl should use for a game language (`pseudo` formats like English). */
export function intlLocale(lng: string): string {
  let locale = locales.get(lng);
  if (locale === undefined) {
    locale = canonicalLocale(lng);
    locales.set(lng, locale);
  }
  return locale;
}
const locales = new Map<string, string>();
function canonicalLocale(lng: string): string {
  if (lng === 'pseudo') return 'en';
  try {
    return Intl.getCanonicalLocales(lng)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formatNumberIn(lng: string, n: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lng, options).format(n);
}

/** Making an Intl.NumberFormat costs far more than using one (a screen formats dozens of numbers): keep each made. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lng: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = intlLocale(lng);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** 0.85 → "85%" (en) / "85 %" (fr). Whole percents. */
export function formatPercentIn(lng: string, ratio: number): string {
  return numberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A date in the language's long style: "26 July 2023" / "26 juillet 2023". */
export function formatDateIn(lng: string, d: Date | number): string {
  const locale = intlLocale(lng);
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    dateFormats.set(locale, format);
  }
  return format.format(d);
}
/** Like numberFormats: the title's pack list formats a date per pack, and each new formatter costs ms. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Whole minutes and seconds of a duration, rounded to the second; seconds as two digits. */
export function durationParts(lng: string, ms: number): { minutes: string; seconds: string; hasMinutes: boolean } {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return {
    minutes: formatNumberIn(lng, m),
    seconds: formatNumberIn(lng, s, m > 0 ? { minimumIntegerDigits: 2 } : {}),
    hasMinutes: m > 0,
  };
}

/** The language's decimal mark: "." (en) or "," (fr). */
export function decimalSeparatorIn(lng: string): string {
  return (
    numberFormat(lng)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.'
  );
}
