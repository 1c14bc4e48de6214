/**
 * An explanation draws only on the paragraphs its question cites: every article term it uses (a name, a
 * day, a number, a phrase; see test/fixtures/content/article-terms.ts) is stated in one of them. Text after
 * a background marker ("Background beyond the article:") is outside knowledge and not checked; questions
 * marked `context` rest on background by design.
 */
import { describe, expect, it } from 'vitest';
import type { ContentPack, QuestionText } from '../../src/core/content/types.ts';
import { ARTICLE_TERMS, uncitedTerms } from '../fixtures/content/article-terms.ts';
import { realPack, realTexts } from '../fixtures/content/real.ts';

type Lang = 'en' | 'fr';

describe('uncitedTerms', () => {
  const terms = ARTICLE_TERMS['niger-coup-2023'] ?? [];
  it('names a term stated only in paragraphs the question does not cite', () => {
    expect(uncitedTerms('Held since Wednesday, before the Sunday summit.', [8], terms, 'en')).toEqual(['Sunday ¶2,10']);
    expect(uncitedTerms('Retenu depuis mercredi, avant le sommet de dimanche.', [8, 10], terms, 'fr')).toEqual([]);
  });
  it('does not check what follows a background marker', () => {
    expect(uncitedTerms('Niger. Background beyond the article: uranium.', [8], terms, 'en')).toEqual([]);
  });
});

const pack = realPack() as ContentPack;
const texts = realTexts() as Record<Lang, Record<string, QuestionText>>;

describe.each(['en', 'fr'] as const)('explanations in %s', (lang) => {
  it('use only the paragraphs their question cites', () => {
    const terms = ARTICLE_TERMS[pack.id];
    expect(terms, `no article terms for pack ${pack.id}`).toBeDefined();
    const outside = pack.questions
      .filter((q) => !q.context)
      .flatMap((q) => {
        const found = uncitedTerms(texts[lang][q.id]?.explanation ?? '', q.paragraphs, terms ?? [], lang);
        return found.length > 0 ? [`${q.id} [${q.paragraphs.join(',')}]: ${found.join('; ')}`] : [];
      });
    expect(outside).toEqual([]);
  });
});
