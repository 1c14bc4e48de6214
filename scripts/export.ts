/**
 * npm run export -- --pack <id> [--round <file>] --format moodle|gift|kahoot|quizlet|csv --lang en|fr [--out <file>]
 * Writes the pack's questions (or a saved round's, from a file the builder exported) in a format
 * teachers' tools import. Standard output when --out is absent (Kahoot's .xlsx needs --out or a
 * redirect). What a format cannot hold is counted on standard error. Exit status 2 on a bad option.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ContentPack } from '../src/core/content/types.ts';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../src/core/export/index.ts';
import { exportItems } from '../src/core/export/items.ts';
import { exportWords } from '../src/core/export/words.ts';
import { parseRoundFile, type RoundFileError } from '../src/core/teacher/savedRounds.ts';
import { exportFile } from '../src/export/exportFile.ts';
import { offeredMapPlaces } from '../src/geo/mapPlaces.ts';
import { languages, localeTexts, readLocale } from './answer-key.ts';
import { loadPack, packIds } from './content/packs.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const USAGE =
  'Usage: npm run export -- --pack <id> [--round <file>] --format moodle|gift|kahoot|quizlet|csv --lang en|fr [--out <file>]';

export interface ExportArgs {
  pack: string;
  round?: string;
  format: ExportFormat;
  lang: string;
  out?: string;
}

/** The options, or a message saying what is wrong. */
export function parseExportArgs(argv: string[], packs: string[], langs: string[]): ExportArgs | string {
  const got: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (!['--pack', '--round', '--format', '--lang', '--out'].includes(name)) return `Unknown option "${a}".`;
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('--')) return `The option ${name} needs a value.`;
    got[name.slice(2)] = value;
  }
  if (!got.pack) return `Say which pack with --pack (one of: ${packs.join(', ')}).`;
  if (!packs.includes(got.pack)) return `Unknown pack "${got.pack}". Choose one of: ${packs.join(', ')}.`;
  if (!got.format) return `Say which format with --format (one of: ${EXPORT_FORMATS.join(', ')}).`;
  if (!isExportFormat(got.format))
    return `Unknown format "${got.format}". Choose one of: ${EXPORT_FORMATS.join(', ')}.`;
  const lang = got.lang ?? 'en';
  if (!langs.includes(lang)) return `Unknown language "${lang}". Choose one of: ${langs.join(', ')}.`;
  return {
    pack: got.pack,
    format: got.format,
    lang,
    ...(got.round ? { round: got.round } : {}),
    ...(got.out ? { out: got.out } : {}),
  };
}

function uiLookup(lng: string, base: (key: string, vars?: Record<string, string>) => string) {
  const plural = new Intl.PluralRules(lng);
  return (key: string, vars: Record<string, string | number> = {}) => {
    const strings = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));
    if (typeof vars.count === 'number') {
      const form = base(`${key}_${plural.select(vars.count)}`, strings);
      if (form) return form;
      const other = base(`${key}_other`, strings);
      if (other) return other;
    }
    return base(key, strings);
  };
}

const ROUND_FILE_PROBLEMS: Record<RoundFileError, string> = {
  'builder.import.tooLarge': 'too large',
  'builder.import.notJson': 'not JSON',
  'builder.import.notRound': 'not a Sahel Quiz round',
  'builder.import.unknownQuestions': 'questions not in this pack',
};

/** The words of one language (English where a string is missing), as the export needs them. */
export function exportSetup(pack: ContentPack, lang: string) {
  const en = readLocale(pack.id, 'en');
  const { texts, ui } = localeTexts(pack, lang, lang === 'en' ? en : readLocale(pack.id, lang), en);
  return { texts, ui, words: exportWords(uiLookup(lang, ui), texts) };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2).filter((a) => a !== '--');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseExportArgs(argv, packIds(root), languages());
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const pack = loadPack(root, args.pack).pack;
  const { texts, words, ui } = exportSetup(pack, args.lang);
  let round: { questionIds: string[]; timeLimitMs: number | null; title: string } | undefined;
  if (args.round) {
    if (!existsSync(args.round)) {
      console.error(`No file "${args.round}".\n${USAGE}`);
      return 2;
    }
    const parsed = parseRoundFile(readFileSync(args.round, 'utf8'), statSync(args.round).size, pack);
    if (!parsed.ok) {
      console.error(
        `"${args.round}" is not a round file of this pack (${ROUND_FILE_PROBLEMS[parsed.error]}).\n${USAGE}`,
      );
      return 2;
    }
    round = parsed.value;
  }
  const items = exportItems({
    pack,
    ...(round ? { questionIds: round.questionIds, timeLimitMs: round.timeLimitMs } : {}),
    texts,
    words,
    places: offeredMapPlaces(),
  });
  const title = round?.title || `${ui('title.name')} — ${pack.id}`;
  const out = await exportFile(args.format, items, words, title);
  if (args.out) writeFileSync(args.out, out.data);
  else process.stdout.write(out.data);
  const left = out.leftOut.length;
  console.error(
    `${out.written} question${out.written === 1 ? '' : 's'} written${left ? `; ${left} left out (${args.format} cannot hold them): ${summarize(out.leftOut)}` : ''}.`,
  );
  return 0;
}

function summarize(left: { source: string; reason: string }[]): string {
  const counts = new Map<string, number>();
  for (const l of left) {
    const k = l.reason === 'type' ? l.source : `too long (${l.source})`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
