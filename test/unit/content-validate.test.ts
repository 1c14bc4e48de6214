import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/core/content/validate.ts';
import { brokenCases, fixturePlaceIds, freshFixture } from '../fixtures/content/broken.ts';
import { ARTICLE_PARAGRAPHS, mapPlaceIds, realPack, realTexts } from '../fixtures/content/real.ts';

const opts = {
  placeIds: fixturePlaceIds,
  paragraphCount: 27,
  topics: ['coup', 'protest', 'response', 'geography', 'history'],
};

describe('validatePack on small fixtures', () => {
  it('accepts the valid fixture and hands back its questions', () => {
    const f = freshFixture();
    const result = validatePack(f.pack, f.texts, opts);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.pack.questions.map((q) => q.id)).toEqual(f.pack.questions.map((q) => q.id));
  });

  it.each(brokenCases.map((c) => [c.name, c] as const))('reports %s', (_name, c) => {
    const f = freshFixture();
    c.breakIt(f);
    const result = validatePack(f.pack, f.texts, opts);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.stringMatching(c.error));
  });

  it('reports every problem at once, not only the first', () => {
    const f = freshFixture();
    for (const name of [
      'a prompt missing in French',
      'a numeric range that excludes the answer',
      'a map target not on the map',
    ]) {
      brokenCases.find((c) => c.name === name)?.breakIt(f);
    }
    const result = validatePack(f.pack, f.texts, opts);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => e.split(':')[0])).toEqual(expect.arrayContaining(['day [fr]', 'troops', 'niamey']));
  });

  it('rejects something that is not a pack at all', () => {
    const result = validatePack([1, 2, 3], {}, opts);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.stringMatching(/^pack: /));
  });
});

describe('the real Niger coup pack', () => {
  const places = mapPlaceIds();

  it('validates against the en and fr texts and the places on the map', () => {
    const result = validatePack(realPack(), realTexts(), { placeIds: places.ids, paragraphCount: ARTICLE_PARAGRAPHS });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('reads its place ids from the map data once it exists', () => {
    // The map engineer's files are committed; the fallback list is only for a tree without them.
    expect(places.fromMap).toBe(true);
    for (const id of ['NER', 'NGA', 'BFA', 'MLI', 'niamey', 'abuja']) expect(places.ids.has(id)).toBe(true);
  });

  it('cites every paragraph of the article, captions included, in at least one question', () => {
    const result = validatePack(realPack(), realTexts(), { placeIds: places.ids, paragraphCount: ARTICLE_PARAGRAPHS });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const cited = new Set(result.pack.questions.flatMap((q) => q.paragraphs));
    const uncited = Array.from({ length: ARTICLE_PARAGRAPHS }, (_, i) => i + 1).filter((p) => !cited.has(p));
    expect(uncited).toEqual([]);
  });

  it('breaks when a French choice goes missing, so the check above can fail', () => {
    const texts = realTexts() as Record<'en' | 'fr', Record<string, { choices?: Record<string, string> }>>;
    delete texts.fr['protest-day']?.choices?.sunday;
    const result = validatePack(realPack(), texts, { placeIds: places.ids, paragraphCount: ARTICLE_PARAGRAPHS });
    expect(result.ok ? [] : result.errors).toEqual(['protest-day [fr]: choice sunday has no text']);
  });
});
