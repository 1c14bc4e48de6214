import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonWithPosition } from '../../src/i18n/jsonError.ts';

describe('parseJsonWithPosition', () => {
  it('parses valid JSON to the same value as JSON.parse', () => {
    const text = '{\n  "a": { "b": ["x", 1, true, null, -2.5e3] },\n  "c": "\\u00e9\\n\\"q\\""\n}';
    expect(parseJsonWithPosition(text)).toEqual({ value: JSON.parse(text), duplicateKeys: [] });
  });

  it('points at a missing comma between two keys', () => {
    const r = parseJsonWithPosition('{\n  "a": "x"\n  "b": "y"\n}');
    expect(r.problem).toMatchObject({ line: 3, column: 3 });
    expect(r.problem?.message).toContain('comma');
  });

  it('points at the opening quote of a text not closed on its line', () => {
    const r = parseJsonWithPosition('{\n  "a": "x,\n  "b": "y"\n}');
    expect(r.problem).toMatchObject({ line: 2, column: 8 });
  });

  it('explains single and curly quotes', () => {
    expect(parseJsonWithPosition("{ 'a': 1 }").problem?.message).toContain('double quotes');
    expect(parseJsonWithPosition('{ "a": “x” }').problem?.message).toContain('curly');
  });

  it('counts columns after a byte-order mark like an editor does', () => {
    expect(parseJsonWithPosition('\ufeff{"a" 1}').problem).toMatchObject({ line: 1, column: 6 });
  });

  it('reports an empty file and trailing garbage', () => {
    expect(parseJsonWithPosition('  \n').problem?.message).toContain('empty');
    expect(parseJsonWithPosition('{}\n}').problem).toMatchObject({ line: 2, column: 1 });
  });

  it('lists keys written twice', () => {
    const r = parseJsonWithPosition('{"q": {"a": "x",\n "a": "y"}}');
    expect(r.value).toEqual({ q: { a: 'y' } });
    expect(r.duplicateKeys).toEqual([{ path: 'q.a', line: 2, column: 2 }]);
  });
});

/** Same structure, same own keys in the same order, same prototypes, all the way down. */
function sameAsJsonParse(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (a === null || typeof a !== 'object') return Object.is(a, b);
  if (b === null || typeof b !== 'object') return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.getOwnPropertyNames(a);
  const kb = Object.getOwnPropertyNames(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameAsJsonParse((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** JSON values whose keys are often the ones that reach prototypes. */
const trickyKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'),
  fc.string(),
);
const { value: jsonish } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(trickyKey, tie('value')), { maxLength: 4 }).map((entries) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries)
        Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
  ),
}));

describe('parseJsonWithPosition against JSON.parse (property tests)', () => {
  it('keeps "__proto__" as an ordinary key, never as the prototype', () => {
    const text = '{"__proto__": {"polluted": true}, "a": {"__proto__": [1]}}';
    const value = parseJsonWithPosition(text).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect((value as { polluted?: boolean }).polluted).toBeUndefined();
    expect(sameAsJsonParse(value, JSON.parse(text))).toBe(true);
  });

  it('gives exactly what JSON.parse gives, for any JSON text (indented or not)', () => {
    fc.assert(
      fc.property(jsonish, fc.constantFrom(undefined, 1, 2, '\t'), (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        const r = parseJsonWithPosition(text);
        expect(r.problem).toBeUndefined();
        expect(sameAsJsonParse(r.value, JSON.parse(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses exactly the texts JSON.parse refuses', () => {
    const damaged = fc
      .tuple(jsonish, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', ' ', '\n'))
      .map(([v, at, insert]) => {
        const text = JSON.stringify(v) ?? 'null';
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string()), (text) => {
        fc.pre(!text.startsWith('\ufeff'));
        let parsed: unknown;
        let ok = true;
        try {
          parsed = JSON.parse(text);
        } catch {
          ok = false;
        }
        const r = parseJsonWithPosition(text);
        expect(r.problem === undefined).toBe(ok);
        if (ok) expect(sameAsJsonParse(r.value, parsed)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
