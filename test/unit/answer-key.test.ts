import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  answerKeyCsv,
  answerKeyRows,
  mdText,
  type AnswerKeyLabels,
  type AnswerKeyRow,
} from '../../src/core/content/answerKey.ts';
import type { Texts } from '../../src/core/content/describe.ts';
import { csvField } from '../../src/core/csv.ts';
import { loadPack } from '../../scripts/content/packs.ts';
import type { ContentPack, Question } from '../../src/core/content/types.ts';
import { QUESTION_TYPES } from '../../src/core/questions/registry.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const pack: ContentPack = loadPack(root, 'niger-coup-2023').pack;
type Lng = 'en' | 'fr';
const loc = (lng: Lng) => ({
  ui: json(`locales/${lng}/ui.json`),
  questions: json(`content/niger-coup-2023/texts/${lng}.json`),
  places: json(`locales/${lng}/places.json`),
});
const locales = { en: loc('en'), fr: loc('fr') };

const run = promisify(execFile);
async function answerKey(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/answer-key.ts', ...args], {
      cwd: root,
      maxBuffer: 16 << 20,
    });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

/** Parses RFC 4180 CSV (quoted fields may hold separators, quotes and line breaks), as a spreadsheet would. */
function parseCsv(withBom: string, separator = ','): string[][] {
  const text = withBom.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

const keys = ['id', 'type', 'topic', 'difficulty', 'paragraphs', 'prompt', 'answer', 'explanation'];
const first = (type: string) => pack.questions.find((q) => q.type === type) as Question;

describe('answer key, the real command', { timeout: 60_000 }, () => {
  const printed: Partial<Record<Lng, AnswerKeyRow[]>> = {};
  const rows = async (lng: Lng) =>
    (printed[lng] ??= JSON.parse((await answerKey('--lang', lng, '--format', 'json')).stdout) as AnswerKeyRow[]);

  test.each(['en', 'fr'] as const)(
    'json in %s: one row per question, exactly the promised fields, plain text in that language',
    async (lng) => {
      const key = await rows(lng);
      expect(key.map((r) => r.id)).toEqual(pack.questions.map((q) => q.id));
      for (const r of key) {
        expect(Object.keys(r)).toEqual(keys);
        const q = pack.questions.find((x) => x.id === r.id) as Question;
        expect(r).toMatchObject({ type: q.type, topic: q.topic, difficulty: q.difficulty, paragraphs: q.paragraphs });
        expect(r.prompt).toBe(locales[lng].questions[q.id].prompt);
        expect(r.explanation.startsWith(locales[lng].questions[q.id].explanation)).toBe(true);
        expect(r.answer.trim()).not.toBe('');
        expect(`${r.prompt}${r.answer}${r.explanation}`).not.toMatch(/\{\{|<[a-z]|undefined|\[object/);
      }
      expect(new Set(key.map((r) => r.type))).toEqual(new Set(QUESTION_TYPES));
    },
  );

  test.each(['en', 'fr'] as const)(
    'json in %s: each type says its right answer in words from the locale files',
    async (lng) => {
      const key = await rows(lng);
      const row = (q: Question) => key.find((r) => r.id === q.id) as AnswerKeyRow;
      const words = locales[lng].questions;
      const ui = locales[lng].ui.answer;
      for (const q of pack.questions) {
        const r = row(q);
        const w = words[q.id];
        switch (q.type) {
          case 'choice':
            expect(r.answer).toBe(w.choices[q.answer]);
            break;
          case 'truefalse':
            expect(r.answer).toBe(q.answer ? ui.true : ui.false);
            expect(r.answer).toBe(lng === 'en' ? (q.answer ? 'True' : 'False') : q.answer ? 'Vrai' : 'Faux');
            break;
          case 'locate':
            expect(r.answer).toBe(
              q.targets
                .slice(0, q.mode === 'countries' ? undefined : 1)
                .map((t) => locales[lng].places[t])
                .join(ui.listSeparator),
            );
            break;
          case 'numeric':
            expect(r.answer).toBe(
              new Intl.NumberFormat(lng, { useGrouping: !q.year }).format(q.answer) + (w.unit ? ` ${w.unit}` : ''),
            );
            break;
          case 'timeline':
            expect(r.answer).toBe(q.order.map((e) => w.events[e]).join(ui.then));
            break;
          case 'match':
            for (const p of q.pairs)
              expect(r.answer).toContain(`${w.statements[p.statement]}${ui.saidBySeparator}${w.speakers[p.speaker]}`);
            break;
        }
      }
    },
  );

  test('numbers are formatted for the language: 1,500 in English, 1 500 (narrow no-break space) in French', async () => {
    const q = pack.questions.find((x) => x.type === 'numeric' && x.answer === 1500) as Question;
    expect(q).toBeDefined();
    const en = (await rows('en')).find((r) => r.id === q.id) as AnswerKeyRow;
    const fr = (await rows('fr')).find((r) => r.id === q.id) as AnswerKeyRow;
    expect(en.answer).toMatch(/^1,500 \S/);
    expect(fr.answer).toMatch(/^1\u202f500 \S/);
  });

  test('a background question says so, in the language', async () => {
    const q = pack.questions.find((x) => x.context) as Question;
    const en = (await rows('en')).find((r) => r.id === q.id) as AnswerKeyRow;
    const fr = (await rows('fr')).find((r) => r.id === q.id) as AnswerKeyRow;
    expect(en.explanation).toContain(`(${locales.en.ui.feedback.contextOnly})`);
    expect(fr.explanation).toContain(`(${locales.fr.ui.feedback.contextOnly})`);
    const plain = (await rows('en')).find((r) => !pack.questions.find((x) => x.id === r.id)?.context) as AnswerKeyRow;
    expect(plain.explanation).not.toContain(locales.en.ui.feedback.contextOnly);
  });

  test('csv prints the same rows, with a header, a context column and paragraphs as "4; 5"', async () => {
    const { stdout, code } = await answerKey('--lang', 'fr', '--format', 'csv');
    expect(code).toBe(0);
    // French writes 1,5 for one and a half: a French-locale spreadsheet splits columns at ';'.
    expect(stdout.startsWith('\uFEFFIdentifiant;Type;Thème;')).toBe(true);
    const table = parseCsv(stdout, ';');
    const [header, ...body] = table;
    expect(header).toEqual([
      'Identifiant',
      'Type',
      'Thème',
      'Difficulté',
      'Paragraphes',
      'Contexte',
      'Question',
      'Réponse',
      'Explication',
    ]);
    expect(body).toHaveLength(pack.questions.length);
    const key = await rows('fr');
    body.forEach((cells, i) => {
      const r = key[i] as AnswerKeyRow;
      const q = pack.questions[i] as Question;
      expect(cells).toHaveLength(9);
      expect([cells[0], cells[6], cells[7], cells[8]]).toEqual([r.id, r.prompt, r.answer, r.explanation]);
      expect(cells[4]).toBe(q.paragraphs.join('; '));
      expect(cells[5]).toBe(q.context ? 'oui' : 'non');
      expect(cells[2]).toBe(locales.fr.questions._pack.topics[q.topic]);
    });
  });

  test('csv in English is comma-separated; --separator chooses either', async () => {
    const en = await answerKey('--lang', 'en', '--format', 'csv');
    expect(en.stdout.startsWith('\uFEFFId,Type,')).toBe(true);
    expect(parseCsv(en.stdout, ',')[1]).toHaveLength(9);
    const chosen = await answerKey('--lang', 'en', '--format', 'csv', '--separator', 'semicolon');
    expect(parseCsv(chosen.stdout, ';')[1]).toHaveLength(9);
    const frComma = await answerKey('--lang', 'fr', '--format', 'csv', '--separator=comma');
    expect(parseCsv(frComma.stdout, ',')[1]).toHaveLength(9);
  });

  test('md prints every question under its topic, background ones marked', async () => {
    const { stdout, code } = await answerKey('--lang', 'en', '--format', 'md');
    expect(code).toBe(0);
    for (const t of Object.values(locales.en.questions._pack.topics) as string[])
      expect(stdout).toContain(`## ${mdText(t)}\n`);
    for (const q of pack.questions) expect(stdout).toContain(`Id: ${mdText(q.id)}`);
    const ctx = pack.questions.find((x) => x.context) as Question;
    expect(stdout).toContain(
      `**${mdText(locales.en.questions[ctx.id].prompt)}** *(${locales.en.ui.feedback.contextOnly})*`,
    );
    expect((stdout.match(/^\d+\. \*\*/gm) ?? []).length).toBe(pack.questions.length);
  });

  test.each([
    [['--lang', 'xx', '--format', 'json'], /Unknown language "xx".*en, fr/],
    [['--lang', 'en', '--format', 'xml'], /Unknown format "xml".*json, csv, md/],
    [['--colour'], /Unknown option "--colour"/],
  ])('bad options %j: a clear message and exit status 2', async (args, message) => {
    const { stdout, stderr, code } = await answerKey(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run answer-key');
    expect(stdout).toBe('');
  });
});

describe('answer key, pure parts', () => {
  test('CSV quoting: commas, quotes, line breaks and edge spaces are quoted; plain text is not', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('a; b', ';')).toBe('"a; b"');
    expect(csvField('a, b', ';')).toBe('a, b');
  });

  test('the answer key keeps the formula guard of the one CSV writer', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-2 countries')).toBe("'-2 countries");
    expect(csvField('-12')).toBe('-12');
  });

  test('a row with commas, quotes and a line break survives a CSV round trip', () => {
    const q = first('choice');
    const nasty = {
      prompt: 'Who said "enough", then left?',
      explanation: 'Line one,\nline "two"',
      choices: Object.fromEntries((q as { choices: string[] }).choices.map((c) => [c, `${c}, "quoted"`])),
    };
    const texts: Texts = {
      question: (id) => (id === q.id ? nasty : undefined),
      place: (id) => id,
      word: (k) => k,
      formatNumber: (n) => String(n),
    };
    const small: ContentPack = { ...pack, questions: [q] };
    const labels: AnswerKeyLabels = {
      title: 't',
      background: 'bg',
      yes: 'y',
      no: 'n',
      fieldSeparator: ': ',
      formatNumber: String,
      columns: {
        id: 'id',
        type: 'type',
        topic: 'topic',
        difficulty: 'difficulty',
        paragraphs: 'paragraphs',
        context: 'context',
        prompt: 'prompt',
        answer: 'answer',
        explanation: 'explanation',
      },
      topic: (t) => t,
      type: (t) => t,
    };
    const rows = answerKeyRows(small, texts, labels);
    const table = parseCsv(answerKeyCsv(rows, small, labels));
    // The same writer as class results: a text a spreadsheet would run as a formula is defused.
    const formula = answerKeyCsv([{ ...(rows[0] as AnswerKeyRow), prompt: '=HYPERLINK("x")' }], small, labels, ';');
    expect(parseCsv(formula, ';')[1]?.[6]).toBe('\'=HYPERLINK("x")');
    expect(table).toHaveLength(2);
    expect(table[1]?.slice(6)).toEqual([
      nasty.prompt,
      `${(q as { answer: string }).answer}, "quoted"`,
      nasty.explanation,
    ]);
  });

  test('markdown text cannot turn into markup', () => {
    expect(mdText('a *b* _c_ [d](e) <b> | #1\nnext')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<b\\> \\| \\#1 next');
  });
});
