/**
 * Reading a class list exported from a spreadsheet: the bytes decoded (UTF-8, else Latin-1 /
 * Windows-1252, as older spreadsheets save), then CSV read by papaparse (commas, semicolons or tabs,
 * quoted fields, a byte-order mark), then one name per row. Never throws: bad input is a message key.
 */
import Papa from 'papaparse';
import { CLASS_LIST_LIMITS } from './limits.ts';

export { CLASS_LIST_LIMITS };

export type ClassListError =
  | 'classList.empty'
  | 'classList.binary'
  | 'classList.tooLarge'
  | 'classList.tooMany'
  | 'classList.noNames';

export type ClassListResult =
  | { ok: true; names: string[]; encoding: 'utf-8' | 'latin-1'; skipped: number }
  | { ok: false; error: ClassListError; count?: number };

/** UTF-8 when the bytes are valid UTF-8 (fatal decoder), else Windows-1252 (a superset of Latin-1). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'latin-1' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'latin-1' };
  }
}

/** Bytes that no text file holds: NUL, or many other control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > n / 20;
}

const HEADER =
  /^(nom|name|names|noms|élève|eleve|élèves|student|students|pupil|prénom|prenom|first ?name|last ?name|surname|family ?name|nom de famille|full ?name|nom complet)$/i;
const FIRST = /^(prénom|prenom|first ?name|given ?name)$/i;
const LAST = /^(nom|last ?name|surname|family ?name|nom de famille)$/i;

/** Cleans a cell: trimmed, spaces collapsed, control characters dropped. */
function clean(s: string): string {
  return s
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseClassList(bytes: Uint8Array): ClassListResult {
  if (bytes.length === 0) return { ok: false, error: 'classList.empty' };
  if (bytes.length > CLASS_LIST_LIMITS.maxBytes) return { ok: false, error: 'classList.tooLarge' };
  if (looksBinary(bytes)) return { ok: false, error: 'classList.binary' };
  const { text, encoding } = decodeText(bytes);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: 'classList.empty' };
  const parsed = Papa.parse<string[]>(body, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const rows = parsed.data.map((r) => r.map(clean)).filter((r) => r.some((c) => /[\p{L}\p{N}]/u.test(c)));
  if (rows.length === 0) return { ok: false, error: 'classList.empty' };
  const head = rows[0] as string[];
  const hasHeader = head.some((c) => HEADER.test(c));
  const first = hasHeader ? head.findIndex((c) => FIRST.test(c)) : -1;
  const last = hasHeader ? head.findIndex((c) => LAST.test(c)) : -1;
  const nameCol = hasHeader
    ? Math.max(
        0,
        head.findIndex((c) => HEADER.test(c)),
      )
    : 0;
  const data = hasHeader ? rows.slice(1) : rows;
  const names: string[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const r of data) {
    const name =
      first >= 0 && last >= 0 && first !== last
        ? clean(`${r[first] ?? ''} ${r[last] ?? ''}`)
        : (r[nameCol] ?? r.find((c) => c !== '') ?? '');
    if (name === '' || [...name].length > CLASS_LIST_LIMITS.maxNameChars || seen.has(name)) {
      skipped++;
      continue;
    }
    seen.add(name);
    names.push(name);
    if (names.length > CLASS_LIST_LIMITS.maxNames) return { ok: false, error: 'classList.tooMany', count: data.length };
  }
  if (names.length === 0) return { ok: false, error: 'classList.noNames' };
  return { ok: true, names, encoding, skipped };
}
