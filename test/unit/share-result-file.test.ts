import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateResult } from '../../src/core/share/result.ts';
import { RESULT_ERRORS, decodeResultFile, encodeResultFile } from '../../src/core/share/resultCode.ts';
import { RESULT_FILE_LIMITS } from '../../src/core/share/resultFile.ts';
import { resultArb, shareRef, typicalResult } from '../fixtures/share-pack.ts';

describe('result file', () => {
  it('round-trips every valid result exactly (no rounding in the file form)', () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        expect(decodeResultFile(encodeResultFile(r, shareRef), shareRef)).toEqual({ ok: true, value: r });
      }),
      { numRuns: 300 },
    );
  });

  it('reads a file from an older version of the bank when its questions still exist', () => {
    const r = typicalResult(5);
    const text = encodeResultFile(r, { ...shareRef, version: 1 });
    expect(decodeResultFile(text, shareRef)).toEqual({ ok: true, value: r });
  });

  it('names what is wrong with a bad file', () => {
    const r = typicalResult(5);
    const text = encodeResultFile(r, shareRef);
    const doc = JSON.parse(text) as Record<string, unknown>;
    const edit = (change: Record<string, unknown>) => JSON.stringify({ ...doc, ...change });
    expect(decodeResultFile('', shareRef)).toEqual({ ok: false, error: 'result/empty' });
    expect(decodeResultFile('{"format": "sahel-quiz/result", ', shareRef)).toEqual({
      ok: false,
      error: 'result/bad_file',
    });
    expect(decodeResultFile('[1, 2]', shareRef)).toEqual({ ok: false, error: 'result/bad_file' });
    expect(decodeResultFile(edit({ format: 'something-else' }), shareRef)).toEqual({
      ok: false,
      error: 'result/bad_file',
    });
    expect(decodeResultFile(edit({ v: 2 }), shareRef)).toEqual({ ok: false, error: 'result/bad_version' });
    // A version that is not a newer number is not "made by a newer version".
    for (const v of [0, '2', null, 1.5, -1])
      expect(decodeResultFile(edit({ v }), shareRef)).toEqual({ ok: false, error: 'result/bad_file' });
    expect(decodeResultFile(edit({ pack: { id: 'mali-2021', version: 1 } }), shareRef)).toEqual({
      ok: false,
      error: 'result/other_pack',
    });
    expect(decodeResultFile(edit({ result: { ...r, name: 'a\u0000b' } }), shareRef)).toEqual({
      ok: false,
      error: 'result/corrupt',
    });
    expect(decodeResultFile(edit({ result: { ...r, extra: true } }), shareRef)).toEqual({
      ok: false,
      error: 'result/corrupt',
    });
    const gone = { ...shareRef, questionIds: shareRef.questionIds.slice(3) };
    expect(decodeResultFile(text, gone)).toEqual({ ok: false, error: 'result/unknown_questions' });
    expect(decodeResultFile(' '.repeat(RESULT_FILE_LIMITS.maxChars) + text, shareRef)).toEqual({
      ok: false,
      error: 'result/too_long',
    });
  });

  it('holds the same limits as the code: at most 60 answers, names of 40 characters', () => {
    const r = typicalResult(5);
    const doc = JSON.parse(encodeResultFile(r, shareRef)) as Record<string, unknown>;
    const tooMany = { ...r, answers: Array.from({ length: 61 }, (_, i) => ({ ...r.answers[0], questionId: `q${i}` })) };
    expect(decodeResultFile(JSON.stringify({ ...doc, result: tooMany }), shareRef)).toEqual({
      ok: false,
      error: 'result/corrupt',
    });
    expect(decodeResultFile(JSON.stringify({ ...doc, result: { ...r, name: 'n'.repeat(41) } }), shareRef)).toEqual({
      ok: false,
      error: 'result/corrupt',
    });
  });

  it('never throws on random or damaged text, and whatever it accepts is valid', () => {
    const text = encodeResultFile(typicalResult(6), shareRef);
    const damaged = fc
      .record({ at: fc.nat(text.length - 1), cut: fc.nat(40), insert: fc.string({ maxLength: 4 }) })
      .map(({ at, cut, insert }) => text.slice(0, at) + insert + text.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json(), damaged), (s) => {
        const out = decodeResultFile(s, shareRef);
        if (out.ok) expect(validateResult(out.value)).toEqual(out.value);
        else expect(RESULT_ERRORS).toContain(out.error);
      }),
      { numRuns: 3000 },
    );
  });

  it('does not let a "__proto__" key in a file reach the result', () => {
    const r = typicalResult(6);
    const doc = JSON.parse(encodeResultFile(r, shareRef)) as { result: typeof r };
    const text = JSON.stringify(doc).replace('"return-order":', '"__proto__":{"polluted":1},"return-order":');
    expect(decodeResultFile(text, shareRef)).toEqual({ ok: false, error: 'result/corrupt' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
