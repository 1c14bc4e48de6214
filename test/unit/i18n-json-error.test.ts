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
