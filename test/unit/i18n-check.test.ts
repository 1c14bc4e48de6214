import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkLocales, looksLanguageNeutral, type Issue, type LocaleTree } from '../../scripts/i18n/check.ts';
import { readAllowList, readLocaleTree } from '../../scripts/i18n/readTree.ts';
import { formatHuman } from '../../scripts/i18n/report.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/locales');
const tree = readLocaleTree(FIXTURES);
const allow = readAllowList(FIXTURES).list;
const report = checkLocales(tree, { sameAsEnglish: allow });

function issuesOf(lang: string): Issue[] {
  return report.languages.find((l) => l.lang === lang)?.issues ?? [];
}
function find(lang: string, kind: Issue['kind'], key?: string): Issue | undefined {
  return issuesOf(lang).find((i) => i.kind === kind && (key === undefined || i.key === key));
}

describe('i18n checker against the fixture locales', () => {
  it('passes English and a complete French translation with no issues', () => {
    expect(issuesOf('en')).toEqual([]);
    expect(issuesOf('fr')).toEqual([]);
  });

  it('reads each language name from its own ui.json', () => {
    expect(report.languages.map((l) => [l.lang, l.name])).toEqual([
      ['en', 'English'],
      ['de', 'Deutsch'],
      ['es', 'Español'],
      ['fr', 'Français'],
      ['pl', 'Polski'],
    ]);
  });

  it('reports a missing file', () => {
    expect(find('de', 'missing-file')?.file).toBe('places.json');
  });

  it('reports a missing key inside a nested object of questions.json, with the English text', () => {
    const i = find('de', 'missing-key', 'coup-date.choices.b');
    expect(i?.severity).toBe('error');
    expect(i?.english).toBe('1 January 2020');
  });

  it('reports a key English does not have (a misspelling)', () => {
    expect(find('de', 'extra-key', 'title.sttart')?.severity).toBe('error');
  });

  it('reports a renamed placeholder', () => {
    const i = find('de', 'placeholder-mismatch', 'title.score');
    expect(i?.message).toContain('{{score}}');
    expect(i?.message).toContain('{{punkte}}');
  });

  it('reports an empty string', () => {
    expect(find('de', 'empty', 'title.start')?.severity).toBe('error');
  });

  it('reports a text where English has a group, once', () => {
    expect(find('de', 'wrong-type', 'units')?.severity).toBe('error');
    expect(find('de', 'missing-key', 'units.seconds')).toBeUndefined();
  });

  it('warns (without failing) when a text is the same as English', () => {
    const i = find('de', 'same-as-english', 'coup-date.prompt');
    expect(i?.severity).toBe('warning');
    expect(find('es', 'same-as-english', 'TCD')?.severity).toBe('warning');
  });

  it('does not flag allow-listed names, numbers-only texts or short units as untranslated', () => {
    expect(find('es', 'same-as-english', 'niamey')).toBeUndefined();
    expect(find('es', 'same-as-english', 'units.seconds')).toBeUndefined();
    expect(looksLanguageNeutral('{{minutes}} min {{seconds}} s')).toBe(true);
    expect(looksLanguageNeutral('2023')).toBe(true);
    expect(looksLanguageNeutral('Start the quiz')).toBe(false);
  });

  it('reports invalid JSON with file, line and column', () => {
    const i = find('es', 'invalid-json');
    expect(i).toMatchObject({ file: 'questions.json', line: 5, column: 73, severity: 'error' });
    expect(i?.message).toMatch(/comma/);
  });

  it('asks for the plural forms of the language: Polish needs few and many, German one', () => {
    expect(
      issuesOf('pl')
        .filter((i) => i.kind === 'missing-plural')
        .map((i) => i.key)
        .sort(),
    ).toEqual(['round.questionCount_few', 'round.questionCount_many']);
    expect(find('pl', 'missing-plural', 'round.questionCount_few')?.message).toContain('2, 3, 4');
    expect(find('de', 'missing-plural', 'round.questionCount_one')).toBeDefined();
  });

  it('counts errors for the exit status', () => {
    expect(report.errors).toBe(10);
    expect(report.warnings).toBe(2);
  });

  it('reports one language with --lang, and prints it grouped by file', () => {
    const only = checkLocales(tree, { only: ['pl'], sameAsEnglish: allow });
    expect(only.languages.map((l) => l.lang)).toEqual(['pl']);
    const text = formatHuman(only, 'locales');
    expect(text).toMatch(/Polski \(pl\): \d+ of \d+ texts translated — 2 errors/);
    expect(text).toContain('Polski (pl) — locales/pl/ui.json');
  });
});

describe('the report a translator reads', () => {
  // A translator's first step: copy English to a new folder. Here with one mistake, a renamed placeholder.
  const real = readLocaleTree(join(import.meta.dirname, '../../locales'));
  const english = real.en ?? {};
  const copy = { ...english, 'ui.json': (english['ui.json'] ?? '').replace('{{total}}', '{{totaal}}') };
  const fresh = checkLocales({ en: english, xx: copy }, { sameAsEnglish: {} });
  const text = formatHuman(fresh, 'locales');
  const lines = text.split('\n');
  const at = (pattern: RegExp): number => lines.findIndex((l) => pattern.test(l));

  it('puts the errors first, then a summary of how much is translated, then the warnings', () => {
    expect(fresh.errors).toBe(1);
    expect(at(/ERROR .*\{\{totaal\}\}/)).toBeGreaterThan(0);
    expect(at(/ERROR/)).toBeLessThan(8);
    expect(at(/ERROR/)).toBeLessThan(at(/^Summary/));
    expect(at(/^Summary/)).toBeLessThan(at(/^Warnings/));
    const xx = fresh.languages.find((l) => l.lang === 'xx');
    expect(xx?.texts.total).toBeGreaterThan(300);
    expect(xx?.texts.translated).toBeLessThan(xx?.texts.total ?? 0);
    expect(text).toContain(
      `English (xx): ${xx?.texts.translated} of ${xx?.texts.total.toLocaleString('en')} texts translated`,
    );
  });

  it('groups the warnings by kind with one hint each, and stays short', () => {
    expect(text.match(/same-as-english\.json/g)?.length).toBe(1);
    expect(lines.length).toBeLessThan(30);
    expect(text).toMatch(/… and \d+ more/);
  });

  it('leaves the warnings out with --errors-only, keeping the errors and the summary', () => {
    const short = formatHuman(fresh, 'locales', { errorsOnly: true });
    expect(short).toContain('{{totaal}}');
    expect(short).toMatch(/texts translated/);
    expect(short).not.toMatch(/^Warnings/m);
    expect(short).not.toContain('same-as-english.json');
  });

  it('counts a complete translation as all translated, with names and numbers that rightly stay the same', () => {
    const fr = checkLocales(real, { sameAsEnglish: readAllowList(join(import.meta.dirname, '../../locales')).list });
    const l = fr.languages.find((x) => x.lang === 'fr');
    expect(l?.texts.translated).toBe(l?.texts.total);
  });
});

describe('i18n checker rules on small trees', () => {
  const en = { 'ui.json': '{"n_one":"{{count}} point","n_other":"{{count}} points","hi":"Hello {{name}}"}' };

  it('French without the "many" plural form is an error', () => {
    const r = checkLocales(
      { en, fr: { 'ui.json': '{"n_one":"{{count}} point","n_other":"{{count}} points","hi":"Bonjour {{name}}"}' } },
      { sameAsEnglish: { fr: ['{{count}} point', '{{count}} points'] } },
    );
    expect(r.languages[1]?.issues.map((i) => [i.kind, i.key])).toEqual([['missing-plural', 'n_many']]);
  });

  it('a language without plural forms (Japanese) needs only "other" and is told "one" is unused', () => {
    const r = checkLocales({
      en,
      ja: { 'ui.json': '{"n_one":"{{count}}点","n_other":"{{count}}点","hi":"こんにちは{{name}}"}' },
    });
    expect(r.languages[1]?.issues.map((i) => [i.kind, i.severity])).toEqual([['unused-plural', 'warning']]);
    expect(r.errors).toBe(0);
  });

  it('the "one" form may spell the number out instead of {{count}}', () => {
    const r = checkLocales({
      en,
      fr: {
        'ui.json':
          '{"n_one":"un seul point","n_many":"{{count}} de points","n_other":"{{count}} pointz","hi":"Bonjour {{name}}"}',
      },
    });
    expect(r.errors).toBe(0);
  });

  it('keeps {{name, format}} and $t(key) nesting as placeholders', () => {
    const r = checkLocales({
      en: { 'ui.json': '{"a":"{{count, number}} of $t(b)","b":"things"}' },
      fr: { 'ui.json': '{"a":"{{count}} sur","b":"choses"}' },
    });
    expect(r.languages[1]?.issues[0]?.message).toContain('$t(b)');
  });

  it('a broken English file is reported even when checking only another language', () => {
    const r = checkLocales({ en: { 'ui.json': '{"a": "x"' }, fr: { 'ui.json': '{"a":"y"}' } }, { only: ['fr'] });
    expect(r.languages.map((l) => l.lang)).toEqual(['en', 'fr']);
    expect(r.languages[0]?.issues[0]).toMatchObject({ kind: 'invalid-json', line: 1, column: 10 });
    expect(r.languages[0]?.issues[0]?.message).toContain('ends too early');
  });

  it('rejects a folder name that is not a language code, and the reserved "pseudo"', () => {
    const tree2: LocaleTree = { en, 'not a code': en, pseudo: en };
    const kinds = checkLocales(tree2).languages.flatMap((l) => l.issues.map((i) => `${l.lang}:${i.kind}`));
    expect(kinds).toContain('not a code:bad-language-code');
    expect(kinds).toContain('pseudo:bad-language-code');
  });
});
