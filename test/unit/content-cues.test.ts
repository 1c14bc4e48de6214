/**
 * The bank gives nothing away to a test-wise student: measured by `measureCues` over every content
 * pack in content/ and every language folder that has its words, so a new pack or language is held
 * to the same limits without touching this file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { absoluteWords, cueProblems, measureCues } from '../../src/core/content/cues.ts';
import { loadPack, packIds } from '../../scripts/content/packs.ts';
import type { ContentPack, Question, QuestionText } from '../../src/core/content/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(root + path, 'utf8'));

const packs = packIds(root).map((id) => loadPack(root, id).pack);
const languages = readdirSync(`${root}locales`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${root}locales/${d.name}/ui.json`))
  .map((d) => d.name);

const base = { fact: 'f', topic: 'coup' as const, difficulty: 1 as const, paragraphs: [1] };
const choice = (id: string, answer: string): Question => ({
  ...base,
  id,
  type: 'choice',
  choices: ['a', 'b', 'c', 'd'],
  answer,
});
const tf = (id: string, answer: boolean): Question => ({ ...base, id, type: 'truefalse', answer });
const bank = (questions: Question[]): ContentPack => ({ id: 'p', version: 1, paragraphCount: 1, questions });
const words = (choices: Record<string, string>): QuestionText => ({ prompt: 'Q?', explanation: 'E.', choices });

describe('measureCues on small banks', () => {
  it('counts a right answer that is strictly the longest, and one far longer than every distractor', () => {
    const r = measureCues(
      bank([choice('tie', 'a'), choice('long', 'a'), choice('huge', 'a'), choice('short', 'b')]),
      {
        tie: words({ a: 'Four', b: 'Five', c: 'One', d: 'Two' }),
        long: words({ a: 'Eleven!', b: 'Ten', c: 'Six', d: 'Two' }),
        huge: words({ a: 'A much longer right answer', b: 'Short', c: 'Brief', d: 'Tiny' }),
        short: words({ a: 'Longest of all', b: 'Short', c: 'x', d: 'y' }),
      },
      'en',
    );
    expect(r.choiceCount).toBe(4);
    expect(r.longest).toEqual(['long', 'huge']);
    expect(r.overlong).toEqual(['long', 'huge']);
    expect(cueProblems(r).join('\n')).toMatch(/longest option in 2 of 4 .*over 30 % longer/s);
  });

  it('ignores quotation marks when measuring', () => {
    const r = measureCues(bank([choice('q', 'a')]), { q: words({ a: '“Yes”', b: 'Yes!', c: 'No', d: 'No' }) }, 'en');
    expect(r.longest).toEqual([]);
  });

  it('flags a lopsided true/false split and absolute words that mark false statements', () => {
    const qs = [tf('t1', true), tf('f1', false), tf('f2', false), tf('f3', false)];
    const texts: Record<string, QuestionText> = {
      t1: { prompt: 'Niger is landlocked.', explanation: '.' },
      f1: { prompt: 'Niger has never had a coup.', explanation: '.' },
      f2: { prompt: 'Everyone agreed.', explanation: '.' },
      f3: { prompt: 'It rains.', explanation: '.' },
    };
    const problems = cueProblems(measureCues(bank(qs), texts, 'en')).join('\n');
    expect(problems).toMatch(/1 of 4 true\/false statements are true/);
    expect(problems).toMatch(/absolute words appear in 0 of 1 true .* 2 of 3 false/);
  });

  it('finds absolute words as whole words in each language', () => {
    expect(absoluteWords('Nobody knew; anyone, company', 'en')).toEqual(['nobody']);
    expect(absoluteWords('Il n’a jamais vu personne', 'fr')).toEqual(['jamais', 'personne']);
    expect(absoluteWords('Tout le monde était là', 'fr')).toEqual(['tout le monde', 'tout']);
    expect(absoluteWords('Les toutous', 'fr')).toEqual([]);
  });
});

describe.each(packs.flatMap((p) => languages.map((lng) => [p.id, lng, p] as const)))(
  'the bank %s in %s',
  (_id, lng, pack) => {
    const texts = readJson(`content/${pack.id}/texts/${lng}.json`) as Record<string, QuestionText>;
    it('gives no length, true/false or absolute-word cue', () => {
      const report = measureCues(pack, texts, lng);
      expect(report.choiceCount + report.trueCount + report.falseCount).toBeGreaterThan(0);
      expect(cueProblems(report)).toEqual([]);
    });
  },
);
