import { describe, expect, it } from 'vitest';
import { isRecord } from '../../src/core/isRecord.ts';
import { parseNamespace } from '../../src/i18n/discover.ts';

describe('isRecord, the first test of untrusted data', () => {
  it('takes a plain JSON object, and nothing else', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(JSON.parse('{"a":1}'))).toBe(true);
    for (const x of [null, undefined, [], [1], 'x', 1, true]) expect(isRecord(x), String(x)).toBe(false);
  });

  it('is what a language file is checked with: an array or a number is not a namespace', () => {
    expect(parseNamespace('locales/xx/ui.json', '{"a":"b"}')).toEqual({ ok: true, data: { a: 'b' } });
    expect(parseNamespace('locales/xx/ui.json', '["a"]').ok).toBe(false);
    expect(parseNamespace('locales/xx/ui.json', '3').ok).toBe(false);
  });
});
