/**
 * Every export is read back by a real reader of its format: gift-pegjs for GIFT, fast-xml-parser
 * plus Moodle's question types and fields for Moodle XML, exceljs for Kahoot's .xlsx, papaparse for
 * the CSV. Every question of the shipped bank, in both languages.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { ContentPack } from '../../src/core/content/types.ts';
import { exportText } from '../../src/core/export/index.ts';
import { exportItems, mapOptions, oneLine, type ExportItem } from '../../src/core/export/items.ts';
import { KAHOOT_HEADER, KAHOOT_HEADER_ROW, kahootRows, kahootTime } from '../../src/core/export/kahoot.ts';
import { exportFile } from '../../src/export/exportFile.ts';
import { offeredMapPlaces } from '../../src/geo/mapPlaces.ts';
import { loadPack } from '../../scripts/content/packs.ts';
import { exportSetup, parseExportArgs } from '../../scripts/export.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pack: ContentPack = loadPack(root, 'niger-coup-2023').pack;
const LANGS = ['en', 'fr'] as const;

function setup(lang: string, round?: { questionIds: string[]; timeLimitMs: number | null }) {
  const { texts, words } = exportSetup(pack, lang);
  const items = exportItems({ pack, ...(round ?? {}), texts, words, places: offeredMapPlaces() });
  return { texts, words, items };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => ['question', 'answer', 'subquestion'].includes(n),
});
const asText = (node: unknown) => String((node as { text: unknown }).text);
const decodeHtml = (s: string) =>
  s
    .replace(/^<p>|<\/p>$/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each(LANGS)('exports in %s', (lang) => {
  const { items, words } = setup(lang);

  test('the bank has every question type, and every question becomes an item', () => {
    expect(items).toHaveLength(pack.questions.length);
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set(['choice', 'truefalse', 'numeric', 'matching', 'ordering']),
    );
  });

  test('Moodle XML: well-formed, Moodle question types, each with the fields Moodle needs', () => {
    const { text, leftOut } = exportText('moodle', items, words, 'Sahel Quiz');
    expect(leftOut).toEqual([]);
    expect(XMLValidator.validate(text)).toBe(true);
    const questions = xml.parse(text).quiz.question as Record<string, any>[];
    expect(questions[0]?.['@type']).toBe('category');
    const real = questions.slice(1);
    expect(real).toHaveLength(pack.questions.length);
    const types = new Map<string, number>();
    real.forEach((q, n) => {
      const item = items[n] as ExportItem;
      const type = q['@type'] as string;
      types.set(type, (types.get(type) ?? 0) + 1);
      expect(asText(q.name)).toBe(item.id);
      const stem = decodeHtml(asText(q.questiontext));
      expect(stem.startsWith(item.prompt)).toBe(true);
      expect(decodeHtml(asText(q.generalfeedback))).toBe(item.feedback);
      expect(item.feedback).toMatch(/\S/);
      const answers = (q.answer ?? []) as Record<string, any>[];
      const fractions = answers.map((a) => Number(a['@fraction']));
      switch (type) {
        case 'multichoice':
          expect(answers.length).toBeGreaterThanOrEqual(4);
          if (q.single === true || q.single === 'true') expect(fractions.filter((f) => f === 100)).toHaveLength(1);
          else expect(fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 2);
          if (item.note) expect(stem).toContain(item.note);
          break;
        case 'truefalse':
          expect(answers.map(asText)).toEqual(['true', 'false']);
          expect(fractions.sort()).toEqual([0, 100]);
          break;
        case 'numerical':
          expect(item.kind).toBe('numeric');
          expect(Number(asText(answers[0]))).toBe(item.kind === 'numeric' ? item.answer : NaN);
          expect(Number((answers[0] as Record<string, unknown>).tolerance)).toBe(
            item.kind === 'numeric' ? item.tolerance : NaN,
          );
          break;
        case 'matching': {
          const subs = q.subquestion as Record<string, any>[];
          expect(subs.length).toBeGreaterThanOrEqual(2);
          expect(new Set(subs.map((s) => asText(s.answer[0]))).size).toBeGreaterThanOrEqual(3);
          break;
        }
        case 'ordering':
          expect(answers.length).toBeGreaterThanOrEqual(3);
          expect(fractions).toEqual(answers.map((_, i) => i + 1));
          expect(answers.map((a) => decodeHtml(asText(a)))).toEqual(item.kind === 'ordering' ? item.order : []);
          expect(q.layouttype).toBe('VERTICAL');
          break;
        default:
          throw new Error(`not a Moodle type: ${type}`);
      }
    });
    expect(Object.fromEntries(types)).toEqual({
      multichoice: 63,
      truefalse: 32,
      numerical: 9,
      matching: 5,
      ordering: 6,
    });
  });

  test('GIFT: gift-pegjs reads every question back with its answer and feedback', () => {
    const { text } = exportText('gift', items, words, 'Sahel Quiz');
    const parsed = parseGift(text).filter((q) => q.type !== 'Category');
    expect(parsed).toHaveLength(items.length);
    parsed.forEach((q: GIFTQuestion, n) => {
      const g = q as Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>;
      const item = items[n] as ExportItem;
      expect(g.title).toBe(item.id);
      expect(g.stem.text.startsWith(oneLine(item.prompt))).toBe(true);
      expect(g.globalFeedback?.text).toBe(item.feedback);
      if (item.kind === 'choice') {
        expect(g.type).toBe('MC');
        const choices = (g as Extract<GIFTQuestion, { type: 'MC' }>).choices;
        expect(choices.map((c) => c.text.text)).toEqual(item.options.map((o) => o.text));
        if (item.multiple) {
          const w = choices.map((c) => c.weight ?? 0);
          expect(w.filter((x) => x > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 2);
          expect(choices.map((c) => (c.weight ?? 0) > 0)).toEqual(item.options.map((o) => o.correct));
        } else expect(choices.map((c) => c.isCorrect)).toEqual(item.options.map((o) => o.correct));
      } else if (item.kind === 'truefalse') {
        expect(g.type).toBe('TF');
        expect((g as Extract<GIFTQuestion, { type: 'TF' }>).isTrue).toBe(item.answer);
      } else if (item.kind === 'numeric') {
        expect(g.type).toBe('Numerical');
        const c = (g as Extract<GIFTQuestion, { type: 'Numerical' }>).choices;
        expect(c).toMatchObject({ type: 'range', number: item.answer, range: item.tolerance });
      } else {
        expect(g.type).toBe('Matching');
        const pairs = (g as Extract<GIFTQuestion, { type: 'Matching' }>).matchPairs;
        const want =
          item.kind === 'matching'
            ? item.pairs
            : item.kind === 'ordering'
              ? item.order.map((e, i) => ({ left: e, right: words.position(i + 1) }))
              : [];
        expect(pairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual(want.map((p) => [p.left, p.right]));
      }
    });
  });

  test('Kahoot: exceljs reads the template back; what Kahoot cannot hold is left out and counted', async () => {
    const out = await exportFile('kahoot', items, words, 'Sahel Quiz');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.data as Uint8Array) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(KAHOOT_HEADER_ROW).values as unknown[]).slice(2)).toEqual(KAHOOT_HEADER.slice(1));
    const native = items.filter((i) => i.source === 'choice' || i.source === 'truefalse');
    expect(out.written + out.leftOut.length).toBe(items.length);
    expect(out.leftOut.filter((l) => l.reason === 'type')).toHaveLength(items.length - native.length);
    expect(out.written).toBeGreaterThan(native.length * 0.85);
    const { rows } = kahootRows(items, words);
    rows.forEach((r, i) => {
      const v = sheet.getRow(KAHOOT_HEADER_ROW + 1 + i).values as unknown[];
      expect(v[1]).toBe(i + 1);
      expect(v[2]).toBe(r.question);
      expect([...r.question].length).toBeLessThanOrEqual(120);
      expect(v[7]).toBe(20);
      const answers = (v.slice(3, 7) as (string | undefined)[]).filter((a) => a);
      expect(answers.every((a) => [...(a as string)].length <= 75)).toBe(true);
      const right = String(v[8]).split(',').map(Number);
      expect(right.length).toBeGreaterThan(0);
      for (const k of right) expect(answers[k - 1]).toBeTruthy();
    });
    expect(sheet.getRow(KAHOOT_HEADER_ROW + 1 + rows.length).values).toEqual([]);
  });

  test('Quizlet: one card a line, term and definition split by one tab', () => {
    const { text } = exportText('quizlet', items, words, '');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(items.length);
    lines.forEach((l, n) => {
      const [term, definition, ...rest] = l.split('\t');
      expect(rest).toEqual([]);
      expect(term).toBe(oneLine((items[n] as ExportItem).prompt));
      expect(definition?.startsWith(oneLine((items[n] as ExportItem).answerText))).toBe(true);
    });
  });

  test('CSV: papaparse reads a header and one row per question', () => {
    const { text } = exportText('csv', items, words, '');
    const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(items.length + 1);
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(items.map((i) => i.id));
    expect(parsed.data.slice(1).map((r) => r[4])).toEqual(items.map((i) => i.answerText));
  });
});

test('CSV: a text a spreadsheet would run as a formula is written guarded', () => {
  const { words } = setup('en');
  const item: ExportItem = {
    id: 'x',
    source: 'choice',
    prompt: '=HYPERLINK("http://e.example","click")',
    feedback: '+1',
    answerText: '@SUM(A1)',
    timeLimitS: 20,
    kind: 'truefalse',
    answer: true,
  };
  const row = Papa.parse<string[]>(exportText('csv', [item], words, '').text.trimEnd()).data[1] as string[];
  expect(row[2]).toBe(`'${item.prompt}`);
  expect(row[4]).toBe("'@SUM(A1)");
  expect(row[5]).toBe("'+1");
});

test('a round exports only its questions, with its time limit mapped to Kahoot times', () => {
  const ids = ['coup-bazoum-role', 'coup-held-day-tf', 'geo-niger-locate'];
  const { items, words } = setup('en', { questionIds: ids, timeLimitMs: 30_000 });
  expect(items.map((i) => i.id)).toEqual(ids);
  expect(kahootRows(items, words).rows.map((r) => r.timeLimitS)).toEqual([30, 30]);
  expect([kahootTime(null), kahootTime(45), kahootTime(14), kahootTime(600)]).toEqual([240, 30, 10, 240]);
});

test('map questions offer their targets and the nearest other places, not in a telling order', () => {
  const places = offeredMapPlaces();
  const q = pack.questions.find((x) => x.id === 'geo-niger-locate');
  if (q?.type !== 'locate') throw new Error('fixture');
  const options = mapOptions(q, places);
  expect(options).toContain('NER');
  expect(options).toHaveLength(4);
  expect(options).toEqual([...options].sort());
  // Niger's neighbours, not far-away countries.
  expect(options.filter((o) => ['NGA', 'TCD', 'MLI', 'BFA', 'DZA', 'LBY', 'BEN'].includes(o))).toHaveLength(3);
});

describe('npm run export', () => {
  const run = promisify(execFile);
  async function cli(...args: string[]) {
    try {
      const r = await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
        cwd: root,
        maxBuffer: 16 << 20,
      });
      return { ...r, code: 0 };
    } catch (e) {
      return e as { stdout: string; stderr: string; code: number };
    }
  }

  test('bad options: exit status 2 and a message saying what is wrong', async () => {
    const packs = ['niger-coup-2023'];
    expect(parseExportArgs(['--pack', 'nope', '--format', 'gift'], packs, ['en', 'fr'])).toMatch(/Unknown pack "nope"/);
    expect(parseExportArgs(['--pack', 'niger-coup-2023', '--format', 'pdf'], packs, ['en'])).toMatch(
      /Unknown format "pdf"/,
    );
    expect(
      parseExportArgs(['--pack', 'niger-coup-2023', '--format', 'gift', '--lang', 'de'], packs, ['en', 'fr']),
    ).toMatch(/Unknown language/);
    expect(parseExportArgs(['--format', 'gift'], packs, ['en'])).toMatch(/--pack/);
    expect(parseExportArgs(['--pack'], packs, ['en'])).toMatch(/needs a value/);
    expect(parseExportArgs(['--colour', 'red'], packs, ['en'])).toMatch(/Unknown option/);
    const bad = await cli('--pack', 'niger-coup-2023', '--format', 'pdf');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown format "pdf".*\n.*Usage/);
  });

  test('a round file from the builder, in French, to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    const round = {
      format: 'sahel-quiz-round',
      v: 1,
      round: {
        v: 1,
        title: 'Ma partie',
        questionIds: ['coup-bazoum-role', 'hist-timeline'],
        timeLimitMs: 20000,
        allowTimeChange: true,
        language: 'fr',
        shuffle: false,
        explainDuringRound: true,
      },
    };
    writeFileSync(join(dir, 'r.json'), JSON.stringify(round));
    const out = join(dir, 'out.gift');
    const r = await cli(
      '--pack',
      'niger-coup-2023',
      '--round',
      join(dir, 'r.json'),
      '--format',
      'gift',
      '--lang',
      'fr',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const parsed = parseGift(readFileSync(out, 'utf8'));
    expect(parsed.map((q) => q.type)).toEqual(['Category', 'MC', 'Matching']);
    expect(parsed[0]).toMatchObject({ title: 'Ma partie' });
    writeFileSync(join(dir, 'bad.json'), 'not json');
    const bad = await cli('--pack', 'niger-coup-2023', '--round', join(dir, 'bad.json'), '--format', 'gift');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a round file/);
  });
});
