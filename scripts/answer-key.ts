/**
 * npm run answer-key -- [--pack <id>] --lang en|fr --format json|csv|md [--separator comma|semicolon]
 * Prints a pack's whole question bank with its right answers, for teachers. The words come from
 * content/<pack>/texts/<lng>.json and locales/<lng>/ (places.json, ui.json); a text missing in that language is
 * taken from English. Numbers are formatted for the language (1,500 / 1 500). The CSV is separated
 * by ';' for a language with a decimal comma (so a French-locale spreadsheet opens it in columns),
 * else by ','; --separator overrides it. It starts with a byte-order mark, so spreadsheets read UTF-8.
 * Exit status 2 on a bad option.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ANSWER_KEY_FORMATS,
  answerKeyCsv,
  answerKeyJson,
  answerKeyMarkdown,
  answerKeyRows,
  type AnswerKeyFormat,
  type AnswerKeyLabels,
} from '../src/core/content/answerKey.ts';
import type { Texts } from '../src/core/content/describe.ts';
import { CSV_BOM, csvSeparatorFor, type CsvSeparator } from '../src/core/csv.ts';
import { PACK_TEXT_KEY, type LoadedPack } from '../src/core/content/pack.ts';
import type { TextGroup } from '../src/core/questions/kind.ts';
import { kindOf } from '../src/core/questions/registry.ts';
import { checkContent, packIds } from './content/packs.ts';
import type { ContentPack, Question, QuestionText } from '../src/core/content/types.ts';
import { decimalSeparatorIn, formatNumberIn } from '../src/i18n/format.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_PACK = 'niger-coup-2023';

type Tree = Record<string, unknown>;

function readJson(path: string): Tree {
  return JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as Tree;
}

/** Languages that have a folder locales/<code>/ with a ui.json (English first). */
export function languages(): string[] {
  const found = readdirSync(`${root}locales`, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${root}locales/${d.name}/ui.json`))
    .map((d) => d.name)
    .sort();
  return ['en', ...found.filter((l) => l !== 'en')];
}

function lookup(tree: Tree | undefined, path: string[]): string | undefined {
  let node: unknown = tree;
  for (const k of path) node = node && typeof node === 'object' ? (node as Tree)[k] : undefined;
  return typeof node === 'string' && node !== '' ? node : undefined;
}

interface Locale {
  ui: Tree;
  questions: Tree;
  places: Tree;
}

/** A language's words for one pack: its texts (content/<pack>/texts/<lng>.json) and the game's ui and places. */
export function readLocale(packId: string, lng: string): Locale {
  const file = (path: string): Tree => (existsSync(`${root}${path}`) ? readJson(path) : {});
  return {
    ui: file(`locales/${lng}/ui.json`),
    questions: file(`content/${packId}/texts/${lng}.json`),
    places: file(`locales/${lng}/places.json`),
  };
}

/** Texts for the describers: each string in `lng`, else in English, field by field. */
export function localeTexts(
  pack: ContentPack,
  lng: string,
  own: Locale,
  en: Locale,
): { texts: Texts; ui: (key: string, vars?: Record<string, string>) => string; topic: (t: string) => string } {
  const pick = (ns: keyof Locale, path: string[]) => lookup(own[ns], path) ?? lookup(en[ns], path) ?? '';
  const byId = new Map<string, Question>(pack.questions.map((q) => [q.id, q]));
  const ui = (key: string, vars: Record<string, string> = {}) =>
    pick('ui', key.split('.')).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => vars[v] ?? '');
  const group = (id: string, name: string, ids: string[]) =>
    Object.fromEntries(ids.map((x) => [x, pick('questions', [id, name, x])]));
  const texts: Texts = {
    question(id) {
      const q = byId.get(id);
      if (!q) return undefined;
      const text: QuestionText = {
        prompt: pick('questions', [id, 'prompt']),
        explanation: pick('questions', [id, 'explanation']),
      };
      const kind = kindOf(q);
      for (const [name, ids] of Object.entries(kind.textGroups(q))) text[name as TextGroup] = group(id, name, ids);
      if (kind.hasUnit) {
        const unit = pick('questions', [id, 'unit']);
        if (unit) text.unit = unit;
      }
      return text;
    },
    place: (id) => pick('places', [id]) || id,
    word: (key) => ui(`answer.${key}`),
    formatNumber: (n, options) => formatNumberIn(lng, n, { useGrouping: options?.grouping ?? true }),
  };
  return { texts, ui, topic: (t) => pick('questions', [PACK_TEXT_KEY, 'topics', t]) || t };
}

function labelsFor(
  lng: string,
  ui: (key: string, vars?: Record<string, string>) => string,
  topic: (t: string) => string,
): AnswerKeyLabels {
  const col = (k: string) => ui(`answerKey.columns.${k}`);
  return {
    title: ui('answerKey.title', { name: ui('title.name') }),
    background: ui('feedback.contextOnly'),
    columns: {
      id: col('id'),
      type: col('type'),
      topic: col('topic'),
      difficulty: col('difficulty'),
      paragraphs: col('paragraphs'),
      context: col('context'),
      prompt: col('prompt'),
      answer: col('answer'),
      explanation: col('explanation'),
    },
    topic,
    type: (t) => ui(`answerKey.types.${t}`),
    yes: ui('answerKey.yes'),
    no: ui('answerKey.no'),
    fieldSeparator: ui('answerKey.fieldSeparator'),
    formatNumber: (n) => formatNumberIn(lng, n),
  };
}

const USAGE =
  'Usage: npm run answer-key -- [--pack <id>] --lang en|fr --format json|csv|md [--separator comma|semicolon]';
const SEPARATORS: Record<string, CsvSeparator> = { comma: ',', ',': ',', semicolon: ';', ';': ';' };

interface Args {
  pack: string;
  lang: string;
  format: AnswerKeyFormat;
  separator: CsvSeparator | null;
}

function parseArgs(argv: string[], langs: string[], packs: string[]): Args | string {
  let pack = packs.includes(DEFAULT_PACK) ? DEFAULT_PACK : (packs[0] ?? '');
  let lang = 'en';
  let format: string = 'json';
  let separator: CsvSeparator | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = inline ?? argv[++i];
    if (name === '--pack') {
      if (value === undefined || !packs.includes(value)) {
        return `Unknown pack "${value ?? ''}". Choose one of: ${packs.join(', ')}.`;
      }
      pack = value;
    } else if (name === '--lang') {
      if (value === undefined || !langs.includes(value)) {
        return `Unknown language "${value ?? ''}". Choose one of: ${langs.join(', ')}.`;
      }
      lang = value;
    } else if (name === '--format') {
      if (value === undefined || !(ANSWER_KEY_FORMATS as readonly string[]).includes(value)) {
        return `Unknown format "${value ?? ''}". Choose one of: ${ANSWER_KEY_FORMATS.join(', ')}.`;
      }
      format = value;
    } else if (name === '--separator') {
      const sep = value === undefined ? undefined : SEPARATORS[value];
      if (!sep) return `Unknown separator "${value ?? ''}". Choose comma or semicolon.`;
      separator = sep;
    } else return `Unknown option "${a}".`;
  }
  return { pack, lang, format: format as AnswerKeyFormat, separator };
}

function main(): number {
  const langs = languages();
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseArgs(args, langs, packIds(root));
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${USAGE}`);
    return 2;
  }
  const loaded = checkContent(root, `${root}content/${parsed.pack}`);
  if (!loaded.ok) {
    console.error(`The pack ${parsed.pack} is not valid (npm run content:check):\n  ${loaded.errors.join('\n  ')}`);
    return 1;
  }
  const pack = (loaded.packs[0] as LoadedPack).pack;
  const en = readLocale(pack.id, 'en');
  const own = parsed.lang === 'en' ? en : readLocale(pack.id, parsed.lang);
  const { texts, ui, topic } = localeTexts(pack, parsed.lang, own, en);
  const labels = labelsFor(parsed.lang, ui, topic);
  const rows = answerKeyRows(pack, texts, labels);
  const out =
    parsed.format === 'json'
      ? answerKeyJson(rows)
      : parsed.format === 'csv'
        ? CSV_BOM +
          answerKeyCsv(rows, pack, labels, parsed.separator ?? csvSeparatorFor(decimalSeparatorIn(parsed.lang)))
        : answerKeyMarkdown(rows, pack, labels);
  process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
