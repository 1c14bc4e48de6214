import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CROCKFORD,
  base32ToBytes,
  bytesToBase32,
  groupSymbols,
  normaliseTyped,
  stripCheck,
  withCheck,
} from '../../src/core/share/base32.ts';
import { fromBase64url, toBase64url } from '../../src/core/share/base64url.ts';

const coded = fc.uint8Array({ minLength: 1, maxLength: 120 }).map((b) => withCheck(bytesToBase32(b)));

describe('Crockford base32 with check symbols', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        expect(base32ToBytes(stripCheck(withCheck(bytesToBase32(b))) ?? '')).toEqual(b);
      }),
    );
  });

  it('catches every single wrong symbol, check symbols included', () => {
    fc.assert(
      fc.property(coded, (code) => {
        for (let i = 0; i < code.length; i++) {
          for (const c of CROCKFORD) {
            if (c === code[i]) continue;
            expect(stripCheck(code.slice(0, i) + c + code.slice(i + 1))).toBeNull();
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('catches every swap of two different neighbours', () => {
    fc.assert(
      fc.property(coded, (code) => {
        for (let i = 0; i + 1 < code.length; i++) {
          if (code[i] === code[i + 1]) continue;
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          expect(stripCheck(swapped)).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads what people type: any case, O for 0, I and L for 1, dashes and spaces', () => {
    expect(normaliseTyped('ab1o-il 0z')).toBe('AB1011' + '0Z');
    expect(normaliseTyped('  7kq2–m9xa ')).toBe('7KQ2M9XA');
    expect(normaliseTyped('ABU')).toBeNull();
    expect(normaliseTyped('AB#C')).toBeNull();
    const code = withCheck(bytesToBase32(new Uint8Array([1, 2, 3, 250, 99])));
    const typed = groupSymbols(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(stripCheck(normaliseTyped(typed) ?? '')).toBe(code.slice(0, -2));
  });

  it('refuses symbol strings no bytes encode to (spare bits set, impossible length)', () => {
    expect(base32ToBytes('00')).toEqual(new Uint8Array([0]));
    expect(base32ToBytes('01')).toBeNull();
    expect(base32ToBytes('0Z')).toBeNull();
    expect(base32ToBytes('000')).toBeNull();
  });
});

describe('base64url', () => {
  it('round-trips any bytes with URL-safe characters only', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const s = toBase64url(b);
        expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(s)).toEqual(b);
      }),
    );
  });

  it('refuses impossible lengths, foreign characters and spare bits', () => {
    expect(fromBase64url('A')).toBeNull();
    expect(fromBase64url('AB+/')).toBeNull();
    expect(fromBase64url('AB')).toBeNull(); // 'B' leaves a spare bit set
    expect(fromBase64url('AA')).toEqual(new Uint8Array([0]));
  });
});
