/**
 * The one CSV writer (RFC 4180: CRLF line ends, "" inside quotes) for everything the game exports
 * to a spreadsheet: class results and the answer key.
 *
 * Spreadsheets read CSV with the list separator of their locale: a French-locale spreadsheet
 * expects ';' (the comma is its decimal mark) and puts a comma-separated file in one column. So
 * the separator follows the teacher's language (see csvSeparatorFor), or the teacher's choice.
 */

export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** Put before the text so that spreadsheets read the file as UTF-8 (accents, « », ×). */
export const CSV_BOM = '\uFEFF';

/** ';' where numbers are written with a decimal comma (so the comma cannot also split columns), else ','. */
export function csvSeparatorFor(decimalSeparator: string): CsvSeparator {
  return decimalSeparator === ',' ? ';' : ',';
}

/**
 * One field. A text a spreadsheet would run as a formula (starting with = + - @, a tab or a CR;
 * a plain number such as -12 or 3,5 excepted) gets a leading apostrophe. Quoted when it holds
 * the separator, a quote, a line break or edge spaces (only then: a quoted "4,5" may be read as text).
 */
export function csvField(value: string, separator: CsvSeparator = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  const special = safe.includes(separator) || /["\r\n]|^\s|\s$/.test(safe);
  return special ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of fields as CSV text, each line ending in CRLF. */
export function csvText(rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return `${rows.map((r) => r.map((f) => csvField(f, separator)).join(separator)).join('\r\n')}\r\n`;
}
