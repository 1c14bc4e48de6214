import { describe, expect, it } from 'vitest';
import { groupByLanguage, languageNameOf, parseLocalePath, parseNamespace } from '../../src/i18n/discover.ts';
import { durationParts, formatPercentIn, intlLocale } from '../../src/i18n/format.ts';
import { matchLanguage, pickLanguage } from '../../src/i18n/pickLanguage.ts';
import { PSEUDO_EXPANSION, pseudoLocalize, pseudoLocalizeTree } from '../../src/i18n/pseudo.ts';

describe('pseudo-language', () => {
  it('wraps in brackets, accents letters and keeps placeholders and nesting exactly', () => {
    const p = pseudoLocalize('Score {{score}} of {{total, number}} $t(round.unit)');
    expect(p.startsWith('[Šçöŕé {{score}} öƒ {{total, number}} $t(round.unit)')).toBe(true);
    expect(p.endsWith(']')).toBe(true);
    expect(p).not.toMatch(/Score|of /);
  });

  it('makes texts about 40% longer', () => {
    const en = 'Find Niamey, the capital of Niger, on the map';
    const p = pseudoLocalize(en);
    expect(p.length - 2).toBeGreaterThanOrEqual(Math.round(en.length * (1 + PSEUDO_EXPANSION)));
    expect(p.length - 2).toBeLessThanOrEqual(Math.round(en.length * (1 + PSEUDO_EXPANSION)) + 2);
  });

  it('leaves empty strings empty (so they still fall back) and keeps the tree shape', () => {
    expect(pseudoLocalize('')).toBe('');
    const tree = pseudoLocalizeTree({ q1: { prompt: 'Who?', choices: { a: 'Bazoum' } }, n: 3 });
    expect(Object.keys(tree.q1.choices)).toEqual(['a']);
    expect(tree.q1.choices.a).toMatch(/^\[Ɓåžöûɱ .+\]$/);
    expect(tree.n).toBe(3);
  });
});

describe('choosing the first language', () => {
  const available = ['en', 'fr', 'pt-BR', 'pseudo'];
  it('?lng= wins over the remembered choice and the browser', () => {
    expect(pickLanguage({ query: 'en', remembered: 'fr', browser: ['fr'], available, fallback: 'en' })).toBe('en');
    expect(pickLanguage({ query: 'pseudo', remembered: 'fr', browser: [], available, fallback: 'en' })).toBe('pseudo');
  });
  it('then the remembered choice, then the browser languages in order, by base language', () => {
    expect(pickLanguage({ query: 'xx', remembered: 'fr', browser: ['en'], available, fallback: 'en' })).toBe('fr');
    expect(
      pickLanguage({ query: null, remembered: null, browser: ['de', 'fr-CA', 'en'], available, fallback: 'en' }),
    ).toBe('fr');
    expect(pickLanguage({ query: null, remembered: null, browser: ['pt-PT'], available, fallback: 'en' })).toBe(
      'pt-BR',
    );
    expect(pickLanguage({ query: null, remembered: null, browser: ['de'], available, fallback: 'en' })).toBe('en');
  });
  it('never picks the pseudo-language unless the address asks for it', () => {
    expect(pickLanguage({ query: null, remembered: 'pseudo', browser: ['pseudo'], available, fallback: 'en' })).toBe(
      'en',
    );
    expect(matchLanguage('FR_fr', available)).toBe('fr');
  });
});

describe('locale discovery', () => {
  it('groups glob paths by language and namespace', () => {
    const g = groupByLanguage({
      '/locales/fr/ui.json': 1,
      '/locales/fr/places.json': 2,
      '/locales/en/ui.json': 3,
      '/other/x.json': 4,
    });
    expect([...g.keys()].sort()).toEqual(['en', 'fr']);
    expect([...(g.get('fr')?.keys() ?? [])].sort()).toEqual(['places', 'ui']);
    expect(parseLocalePath('/locales/pt-BR/questions.json')).toEqual({ lng: 'pt-BR', ns: 'questions' });
  });
  it('turns a broken file into a warning naming the file, line and column', () => {
    const r = parseNamespace('locales/zz/ui.json', '{\n  "a": "b",\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.warning).toMatch(/locales\/zz\/ui\.json .*line 3, column 1/);
    expect(parseNamespace('x', '[1]').ok).toBe(false);
    expect(parseNamespace('x', '{"meta":{"languageName":"Hausa"}}')).toEqual({
      ok: true,
      data: { meta: { languageName: 'Hausa' } },
    });
  });
  it('reads the language name from meta.languageName', () => {
    expect(languageNameOf({ meta: { languageName: 'Français' } })).toBe('Français');
    expect(languageNameOf({ meta: {} })).toBeNull();
  });
});

describe('formatting', () => {
  it('pads seconds only after minutes, and rounds to the second', () => {
    expect(durationParts('en', 65_000)).toEqual({ minutes: '1', seconds: '05', hasMinutes: true });
    expect(durationParts('en', 4_600)).toEqual({ minutes: '0', seconds: '5', hasMinutes: false });
  });
  it('formats the pseudo-language like English and survives a bad code', () => {
    expect(intlLocale('pseudo')).toBe('en');
    expect(intlLocale('not a code')).toBe('en');
    expect(formatPercentIn('fr', 0.5)).toBe('50\u00a0%');
  });
});
