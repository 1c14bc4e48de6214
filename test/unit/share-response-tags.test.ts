/**
 * Each question type's module brings the result-code tags of its response shapes
 * (src/core/questions/<type>/); two shapes sharing a tag would read one student's answer as another's.
 */
import { describe, expect, it } from 'vitest';
import { responseTags } from '../../src/core/share/response.ts';

describe('result-code response tags', () => {
  it('are unique across every shape of every question type', () => {
    const tags = responseTags();
    const byTag = new Map<number, string[]>();
    for (const { shape, tag } of tags) byTag.set(tag, [...(byTag.get(tag) ?? []), shape]);
    const shared = [...byTag].filter(([, shapes]) => shapes.length > 1);
    expect(shared).toEqual([]);
  });

  it('keep the numbers version 1 codes were written with', () => {
    // Codes already in students' hands carry these numbers (test/fixtures/recorded holds some).
    const tags = new Set(responseTags().map((t) => t.tag));
    for (const tag of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) expect(tags.has(tag), `tag ${tag}`).toBe(true);
  });
});
