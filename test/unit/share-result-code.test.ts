import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROCKFORD, base32ToBytes, bytesToBase32, groupSymbols, withCheck } from '../../src/core/share/base32.ts';
import type { PackRef } from '../../src/core/share/packRef.ts';
import { normaliseResult, validateResult, type ResultRecord } from '../../src/core/share/result.ts';
import {
  RESULT_CODE_LIMITS,
  RESULT_ERRORS,
  decodeResultCode,
  encodeResultCode,
} from '../../src/core/share/resultCode.ts';
import { questionIds, resultArb, shareRef, typicalResult } from '../fixtures/share-pack.ts';

function code(r: ResultRecord, pack: PackRef = shareRef): string {
  const c = encodeResultCode(r, pack);
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

function expectWellFormed(result: ReturnType<typeof decodeResultCode>): void {
  if (result.ok) {
    expect(validateResult(result.value)).toEqual(result.value);
    for (const a of result.value.answers) expect(shareRef.questionIds).toContain(a.questionId);
  } else {
    expect(RESULT_ERRORS).toContain(result.error);
  }
}

describe('result code', () => {
  it('round-trips every valid result, to the precision the code keeps', () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        const c = code(r);
        expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
        expect(decodeResultCode(c, shareRef)).toEqual({ ok: true, value: normaliseResult(r) });
      }),
      { numRuns: 500 },
    );
  }, 20_000);

  it('loses nothing from an already-normalised result, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        const n = normaliseResult(r);
        expect(normaliseResult(n)).toEqual(n);
        expect(validateResult(n)).toEqual(n);
        expect(decodeResultCode(code(n), shareRef)).toEqual({ ok: true, value: n });
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('keeps what a teacher reads: correctness to 0.001, time to 0.1 s, map points to about 100 m', () => {
    const r = typicalResult(3);
    const a = r.answers[2];
    if (!a) throw new Error('fixture');
    const precise: ResultRecord = {
      ...r,
      answers: [
        { ...a, correctness: 2 / 3, timeMs: 12_345.6, response: { type: 'locate-point', lon: 2.12549, lat: 13.51161 } },
      ],
      score: a.points,
    };
    const back = decodeResultCode(code(precise), shareRef);
    expect(back).toMatchObject({ ok: true });
    if (!back.ok) return;
    expect(back.value.answers[0]).toEqual({
      ...precise.answers[0],
      correctness: 0.667,
      timeMs: 12_300,
      response: { type: 'locate-point', lon: 2.125, lat: 13.512 },
    });
  });

  it('keeps numeric answers exactly, however large, fractional or negative', () => {
    const r = typicalResult(4);
    const a = r.answers[3];
    if (!a) throw new Error('fixture');
    for (const value of [
      0,
      -1,
      26,
      0.5,
      -2.25,
      1e-300,
      2 ** 52 - 1,
      2 ** 52,
      -(2 ** 52),
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      1e300,
    ]) {
      const one: ResultRecord = { ...r, answers: [{ ...a, response: { type: 'numeric', value } }], score: a.points };
      expect(decodeResultCode(code(one), shareRef)).toEqual({ ok: true, value: normaliseResult(one) });
    }
  });

  it('is short for a classroom round: 10 answers in about 180 symbols', () => {
    const c = code(typicalResult(10));
    expect(c.replace(/-/g, '').length).toBeLessThanOrEqual(190);
  });

  it('reads it however it was typed: lower case, spaces, O for 0, I or L for 1', () => {
    const r = typicalResult(6);
    const c = code(r);
    const sloppy = c.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeResultCode(sloppy, shareRef)).toEqual({ ok: true, value: normaliseResult(r) });
    expect(decodeResultCode(c.replace(/-/g, ''), shareRef)).toEqual({ ok: true, value: normaliseResult(r) });
  });

  it('catches every single mistyped symbol and every swap of neighbours in a real code', { timeout: 60_000 }, () => {
    const symbols = code(typicalResult(10)).replace(/-/g, '');
    for (let i = 0; i < symbols.length; i++) {
      for (const c of CROCKFORD) {
        if (c === symbols[i]) continue;
        const typo = symbols.slice(0, i) + c + symbols.slice(i + 1);
        expect(decodeResultCode(typo, shareRef)).toEqual({ ok: false, error: 'result/bad_checksum' });
      }
      if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
        const swap = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
        expect(decodeResultCode(swap, shareRef)).toEqual({ ok: false, error: 'result/bad_checksum' });
      }
    }
  });

  it('calls it a typing mistake only when the checksum says so', () => {
    const c = code(typicalResult(4)).replace(/-/g, '');
    // Pasted text that is not a code at all.
    for (const text of ['hello world', 'Hello', 'ok thanks', '12345'])
      expect(decodeResultCode(text, shareRef)).toEqual({ ok: false, error: 'result/not_code' });
    // A code cut short: not one typing mistake away from any code.
    for (const cut of [c.length - 6, c.length - 3, Math.ceil(c.length / 2)])
      expect(decodeResultCode(c.slice(0, cut), shareRef)).toEqual({ ok: false, error: 'result/damaged' });
    // Two mistakes far apart: not a single typing mistake either.
    const two = (c[2] === 'A' ? 'B' : 'A') + (c[12] === 'A' ? 'B' : 'A');
    const twice = c.slice(0, 2) + two[0] + c.slice(3, 12) + two[1] + c.slice(13);
    expect(decodeResultCode(twice, shareRef)).toMatchObject({ ok: false });
    expect(decodeResultCode(twice, shareRef)).not.toEqual({ ok: false, error: 'result/bad_version' });
  });

  it('names what is wrong with a bad code', () => {
    const c = code(typicalResult(4));
    expect(decodeResultCode('', shareRef)).toEqual({ ok: false, error: 'result/empty' });
    expect(decodeResultCode(' - - ', shareRef)).toEqual({ ok: false, error: 'result/empty' });
    expect(decodeResultCode(c + '!', shareRef)).toEqual({ ok: false, error: 'result/bad_encoding' });
    expect(decodeResultCode(c.replace(/^./, 'U'), shareRef)).toEqual({ ok: false, error: 'result/bad_encoding' });
    expect(decodeResultCode('X'.repeat(RESULT_CODE_LIMITS.maxTypedChars + 1), shareRef)).toEqual({
      ok: false,
      error: 'result/too_long',
    });
    // Right check symbols around bytes that are not a result.
    expect(decodeResultCode(withCheck(bytesToBase32(new Uint8Array([1]))), shareRef)).toEqual({
      ok: false,
      error: 'result/corrupt',
    });
    expect(decodeResultCode(withCheck(bytesToBase32(new Uint8Array([2, 0, 0]))), shareRef)).toEqual({
      ok: false,
      error: 'result/bad_version',
    });
  });

  it('recognises a code from another bank or version, and questions the bank no longer has', () => {
    const r = typicalResult(4);
    const c = code(r);
    expect(decodeResultCode(c, { ...shareRef, id: 'mali-2021' })).toEqual({ ok: false, error: 'result/other_pack' });
    expect(decodeResultCode(c, { ...shareRef, version: 4 })).toEqual({ ok: false, error: 'result/other_version' });
    const current: PackRef = { id: shareRef.id, version: 4, questionIds: [...shareRef.questionIds].reverse() };
    expect(decodeResultCode(c, [current, shareRef])).toEqual({ ok: true, value: normaliseResult(r) });
    const pruned: PackRef = {
      ...current,
      questionIds: current.questionIds.filter((id) => id !== r.answers[0]?.questionId),
    };
    expect(decodeResultCode(c, [pruned, shareRef])).toEqual({ ok: false, error: 'result/unknown_questions' });
  });

  it('refuses to make a code too long to type, so the app can offer the file instead', () => {
    const long = (i: number, j: number) => `place-${i}-${j}-`.padEnd(64, 'x');
    const r: ResultRecord = {
      ...typicalResult(0),
      answers: questionIds.slice(0, 20).map((questionId, i) => ({
        questionId,
        response: { type: 'locate', places: Array.from({ length: 10 }, (_, j) => long(i, j)) },
        correctness: 0,
        points: 0,
        timeMs: 1000,
      })),
      score: 0,
    };
    expect(encodeResultCode(r, shareRef)).toEqual({ ok: false, error: 'result/too_large' });
  });

  it('refuses to encode an invalid result or questions outside the pack', () => {
    expect(() => encodeResultCode({ ...typicalResult(2), name: '   ' }, shareRef)).toThrow(RangeError);
    const r = typicalResult(2);
    const outside = { ...r, answers: r.answers.map((a) => ({ ...a, questionId: 'not-in-pack' })).slice(0, 1) };
    expect(() => encodeResultCode(outside, shareRef)).toThrow(RangeError);
  });

  it('never throws on random text and returns only its own errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.stringMatching(/^[0-9A-Za-z -]{0,400}$/)), (s) => {
        expectWellFormed(decodeResultCode(s, shareRef));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on damaged bytes behind a right check, and whatever it accepts is valid', () => {
    // Past the check, only the structure checks stand between damaged bytes and the teacher.
    const damage = fc.record({
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
      kind: fc.constantFrom('replace', 'delete', 'insert', 'cut'),
    });
    fc.assert(
      fc.property(resultArb, damage, (r, d) => {
        const bytes = [...(base32ToBytes(code(r).replace(/-/g, '').slice(0, -2)) ?? [])];
        const i = d.at % bytes.length;
        if (d.kind === 'replace') bytes[i] = d.byte;
        else if (d.kind === 'delete') bytes.splice(i, 1);
        else if (d.kind === 'insert') bytes.splice(i, 0, d.byte);
        else bytes.length = i;
        expectWellFormed(decodeResultCode(groupSymbols(withCheck(bytesToBase32(new Uint8Array(bytes)))), shareRef));
      }),
      { numRuns: 1500 },
    );
  }, 20_000);
});
