import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  availableLanguages,
  currentLanguage,
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
  initI18n,
  onLanguageChanged,
  packText,
  setLanguage,
  t,
} from '../../src/i18n/index.ts';

const enUi = JSON.parse(readFileSync('locales/en/ui.json', 'utf8')) as { meta: { languageName: string } };
const frUi = JSON.parse(readFileSync('locales/fr/ui.json', 'utf8')) as {
  meta: { languageName: string };
  language: { label: string };
};

describe('i18n runtime (real locale files)', () => {
  beforeAll(async () => {
    expect(await initI18n(null, ['de-DE', 'fr-CA', 'en'])).toBe('fr');
  });

  it('picks the first browser language it has, by base language', () => {
    expect(currentLanguage()).toBe('fr');
    expect(t('language.label')).toBe(frUi.language.label);
  });

  it('lists English and French by their own names, never the pseudo-language', () => {
    const list = availableLanguages();
    expect(list).toContainEqual({ code: 'en', name: enUi.meta.languageName });
    expect(list).toContainEqual({ code: 'fr', name: frUi.meta.languageName });
    expect(list.map((l) => l.code)).not.toContain('pseudo');
  });

  it('never shows a raw key: a key missing everywhere gives an empty string', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error — a misspelt ui key fails the type check (npm run typecheck) …
    expect(t('language.lable')).toBe(''); // … and shows nothing at run time, never the key
    expect(packText('nothing-here')).toBe('');
    // @ts-expect-error — a group of texts is not a key either
    expect(t('language')).toBe('');
    warn.mockRestore();
  });

  it('uses French plural rules: one, many, other', () => {
    expect(t('round.questionCount', { count: 1 })).toBe('1 question');
    expect(t('round.questionCount', { count: 3 })).toBe('3 questions');
    expect(t('round.questionCount', { count: 1_000_000 })).toBe('1\u202f000\u202f000 de questions');
  });

  it('formats numbers, percents, dates and durations the French way', () => {
    expect(formatNumber(12345.5)).toBe('12\u202f345,5');
    expect(formatPercent(0.85)).toBe('85\u00a0%');
    expect(formatDate(new Date(2023, 6, 26))).toBe('26 juillet 2023');
    expect(formatDuration(65_000)).toBe('1 min 05 s');
    expect(formatDuration(42_400)).toBe('42 s');
  });

  it('switches to English, tells listeners, and formats the English way', async () => {
    const seen: string[] = [];
    const off = onLanguageChanged((c) => seen.push(c));
    await setLanguage('en');
    off();
    expect(seen).toEqual(['en']);
    expect(t('meta.languageName')).toBe('English');
    expect(formatPercent(0.85)).toBe('85%');
    expect(formatDate(new Date(2023, 6, 26))).toBe('July 26, 2023');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
  });

  it('stays on the current language when asked for one that does not exist', async () => {
    await setLanguage('xx');
    expect(currentLanguage()).toBe('en');
  });

  it('makes the pseudo-language from English: brackets, accents, placeholders intact', async () => {
    await setLanguage('pseudo');
    const label = t('language.label');
    expect(label.startsWith('[') && label.endsWith(']')).toBe(true);
    expect(label).not.toContain('Language');
    expect(t('round.questionCount', { count: 7 })).toMatch(/^\[7 ǫûéšţîöñš .*\]$/);
    await setLanguage('fr');
  });
});
