import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/core/share/checksum.ts';

describe('crc32 (its table made on first use)', () => {
  it('gives the standard check value, the first time and every time after', () => {
    const digits = new TextEncoder().encode('123456789');
    expect(crc32(digits)).toBe(0xcbf43926);
    expect(crc32(digits)).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
