/**
 * The problems a read of the bank against the article found, each held by a rule that would catch it
 * again in any question: orders the article does not date, overlapping or invented speakers, numbers
 * and timings the article does not give, inferences stated as the article's fact, doubtful counts
 * without their caveat, and French that reads wrongly or inconsistently.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ContentPack, QuestionText } from '../../src/core/content/types.ts';
import { BACKGROUND_MARKERS } from '../fixtures/content/article-terms.ts';
import { realPack, realTexts } from '../fixtures/content/real.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pack = realPack() as ContentPack;
const texts = realTexts() as Record<'en' | 'fr', Record<string, QuestionText>>;
const langs = ['en', 'fr'] as const;
const words = (lang: 'en' | 'fr', id: string): QuestionText => {
  const t = texts[lang][id];
  if (!t) throw new Error(`${id} has no ${lang} words`);
  return t;
};
/** Every text of a question (prompt, explanation, choices, events, statements, speakers, unit). */
const allText = (t: QuestionText): string[] => [
  t.prompt,
  t.explanation,
  ...Object.values(t.choices ?? {}),
  ...Object.values(t.events ?? {}),
  ...Object.values(t.statements ?? {}),
  ...Object.values(t.speakers ?? {}),
  ...(t.unit ? [t.unit] : []),
];
/** The part of an explanation that speaks for the article (before any background marker). */
const fromArticle = (lang: 'en' | 'fr', text: string): string => text.split(BACKGROUND_MARKERS[lang])[0] ?? '';

describe.each(langs)('questions in %s', (lang) => {
  it('put in order only events the article dates (it gives no day for Tchiani declaring himself leader)', () => {
    const undated = lang === 'en' ? /declares? himself/i : /se proclame/i;
    const found = pack.questions
      .filter((q) => q.type === 'timeline')
      .flatMap((q) => Object.values(words(lang, q.id).events ?? {}).filter((e) => undated.test(e)));
    expect(found).toEqual([]);
  });

  it('ask how many coups Niger had before this one, since the article’s four do not include it', () => {
    const prompt = words(lang, 'hist-coups-num').prompt;
    expect(prompt).toMatch(lang === 'en' ? /before this one/ : /avant celui-ci/);
  });

  it('never offer two speakers that overlap (a junta member and "the coup leaders"), nor put words in a group’s mouth', () => {
    const junta = new Set(['abdramane', 'coup-leaders', 'junta']);
    const reportedOnly = new Set(['coup-leaders', 'analysts']);
    const firstPerson = lang === 'en' ? /\b(we|our|us)\b/i : /\b(nous|notre|nos)\b/i;
    for (const q of pack.questions) {
      if (q.type !== 'match') continue;
      const speakers = new Set(q.pairs.map((p) => p.speaker));
      expect([...speakers].filter((s) => junta.has(s)).length, q.id).toBeLessThanOrEqual(1);
      for (const p of q.pairs.filter((p) => reportedOnly.has(p.speaker)))
        expect(words(lang, q.id).statements?.[p.statement], `${q.id}/${p.statement}`).not.toMatch(firstPerson);
    }
  });

  it('give the US aid as "hundreds of millions", as the article does', () => {
    const millions = lang === 'en' ? /millions/ : /millions/;
    const hundreds = lang === 'en' ? /hundreds of millions/ : /centaines de millions/;
    const bad = pack.questions.flatMap((q) =>
      allText(words(lang, q.id)).filter((s) => millions.test(s) && !hundreds.test(s)),
    );
    expect(bad).toEqual([]);
  });

  it('add no timing to Macron’s warning (the article does not say when he gave it)', () => {
    for (const id of ['resp-macron-tf', 'resp-macron-warning'])
      expect(words(lang, id).explanation).not.toMatch(lang === 'en' ? /after|before/i : /après|avant/i);
  });

  it('state no inference as the article’s fact in an explanation', () => {
    const inference =
      lang === 'en'
        ? /which is why|hence|a sign (of|that)|\breflects?\b|\bproves?\b/i
        : /ce qui explique|d'où|signe (de|que)|reflète|(?<!\p{L})prouve/iu;
    const bad = pack.questions
      .filter((q) => inference.test(fromArticle(lang, words(lang, q.id).explanation)))
      .map((q) => q.id);
    expect(bad).toEqual([]);
  });

  it('give the caveat on doubtful counts (the Sahel’s "third coup", ECOWAS’s "first" military action)', () => {
    const caveat = BACKGROUND_MARKERS[lang];
    for (const q of pack.questions.filter((q) => ['sahel-third-coup', 'ecowas-first-military'].includes(q.fact)))
      expect(words(lang, q.id).explanation, q.id).toMatch(caveat);
  });

  it('do not ask which word an English article uses, nor presuppose what an argument "really" was', () => {
    const bad = pack.questions
      .filter((q) =>
        (lang === 'en' ? /which word|really/i : /quel mot|en réalité|cachait/i).test(words(lang, q.id).prompt),
      )
      .map((q) => q.id);
    expect(bad).toEqual([]);
  });
});

describe('numbers', () => {
  it('give full marks for a year only when it is exactly right', () => {
    const loose = pack.questions.filter((q) => q.type === 'numeric' && q.year && q.tolerance !== 0).map((q) => q.id);
    expect(loose).toEqual([]);
  });
});

describe('French', () => {
  const ui = readFileSync(`${root}locales/fr/ui.json`, 'utf8');
  const places = JSON.parse(readFileSync(`${root}locales/fr/places.json`, 'utf8')) as Record<string, unknown>;
  const questions = pack.questions.flatMap((q) => allText(words('fr', q.id)));

  it('says « rétabli dans ses fonctions », never « rétabli » alone (which reads as "recovered")', () => {
    const bad = questions.filter((s) => /rétabli(?!e?s? dans ses fonctions)|rétablissement/.test(s));
    expect(bad).toEqual([]);
  });

  it('spells each country as the map does', () => {
    const names = Object.values(places).filter((n): n is string => typeof n === 'string');
    const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const bad: string[] = [];
    for (const text of questions)
      for (const word of text.match(/\p{Lu}[\p{L}-]+/gu) ?? [])
        for (const name of names) if (plain(word) === plain(name) && word !== name) bad.push(`${word} ≠ ${name}`);
    expect([...new Set(bad)]).toEqual([]);
  });

  it('speaks to the player as « tu » everywhere: no vous, votre, vos, nor a verb in -ez', () => {
    const prompts = pack.questions.flatMap((q) => [words('fr', q.id).prompt, words('fr', q.id).explanation]);
    const vous = /(?<!\p{L})(vous|votre|vos)(?!\p{L})/iu;
    expect([ui, ...prompts].filter((s) => vous.test(s)).map((s) => s.match(vous)?.[0])).toEqual([]);
    const verbs = [...ui.matchAll(/\p{L}+ez(?!\p{L})/gu)]
      .map((m) => m[0])
      .filter((w) => !['chez', 'assez'].includes(w));
    expect(verbs).toEqual([]);
  });

  it('calls a round « partie », never « manche »', () => {
    expect([ui, ...questions].filter((s) => /(?<!\p{L})manches?(?!\p{L})/iu.test(s))).toEqual([]);
  });
});
