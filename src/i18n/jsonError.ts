/**
 * Finds where a JSON text goes wrong, with a line and column a translator can look up in
 * an editor. `JSON.parse` messages differ between engines and often give no position, so
 * this is a small strict JSON reader (RFC 8259) that stops at the first problem.
 * Pure: used by the game (console warning for a broken locale file) and by the checker.
 */

export interface JsonProblem {
  /** 1-based line. */
  line: number;
  /** 1-based column (in UTF-16 code units, as editors count for most text). */
  column: number;
  /** Plain-language description of the problem. */
  message: string;
}

export interface JsonParseResult {
  value?: unknown;
  problem?: JsonProblem;
  /** Object keys written twice in the same object (JSON keeps only the last one). */
  duplicateKeys: { path: string; line: number; column: number }[];
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'the end of the line';
  return `"${ch}"`;
}

/** Line and column (1-based) of offset `at` in `text`. */
export function positionOf(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/** Parses strict JSON; on failure reports the first problem's line and column. */
export function parseJsonWithPosition(input: string): JsonParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const duplicates: { path: string; at: number }[] = [];
  let i = 0;

  const ws = (): void => {
    while (i < text.length) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else break;
    }
  };

  const expectWord = (word: string, value: unknown): unknown => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    throw new Stop(
      i,
      `unexpected ${describe(text[i])} — a value (text in "quotes", a number, true, false, null, { or [) was expected`,
    );
  };

  const readString = (): string => {
    // text[i] is the opening quote
    const start = i;
    i++;
    let out = '';
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        throw new Stop(i, 'a backslash \\ starts an unknown escape; write \\\\ for a backslash or \\" for a quote');
      }
      if (c === '\n' || c === '\r') {
        throw new Stop(start, 'this text in quotes is not closed on its line (a closing " is missing)');
      }
      if (c < ' ') throw new Stop(i, 'a control character (such as a tab) inside text in quotes; write \\t instead');
      out += c;
      i++;
    }
    throw new Stop(start, 'this text in quotes is never closed (a closing " is missing)');
  };

  const readNumber = (): number => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) throw new Stop(i, `unexpected ${describe(text[i])} — a value was expected`);
    i += m[0].length;
    return Number(m[0]);
  };

  const readValue = (path: string): unknown => {
    ws();
    const c = text[i];
    if (c === '{') return readObject(path);
    if (c === '[') return readArray(path);
    if (c === '"') return readString();
    if (c === 't') return expectWord('true', true);
    if (c === 'f') return expectWord('false', false);
    if (c === 'n') return expectWord('null', null);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
    if (c === "'") throw new Stop(i, 'text must be in straight double quotes "…", not single quotes \'…\'');
    if (c === '\u201c' || c === '\u201d')
      throw new Stop(i, 'curly quotes “ ” cannot mark text; use straight double quotes "');
    if (c === '}' || c === ']')
      throw new Stop(i, `unexpected ${describe(c)} — is there an extra comma just before it?`);
    throw new Stop(
      i,
      `unexpected ${describe(c)} — a value (text in "quotes", a number, true, false, null, { or [) was expected`,
    );
  };

  const readObject = (path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    i++; // {
    ws();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      const keyAt = i;
      if (text[i] !== '"') {
        if (text[i] === '}') throw new Stop(i, 'a comma before "}" is not allowed in JSON (remove the last comma)');
        throw new Stop(i, `unexpected ${describe(text[i])} — a key in double quotes was expected`);
      }
      const key = readString();
      const keyPath = path ? `${path}.${key}` : key;
      if (Object.hasOwn(out, key)) duplicates.push({ path: keyPath, at: keyAt });
      ws();
      if (text[i] !== ':')
        throw new Stop(i, `unexpected ${describe(text[i])} — a colon ":" was expected after the key "${key}"`);
      i++;
      // As JSON.parse does: every key, "__proto__" included, becomes an ordinary own property
      // (an assignment would change the object's prototype instead).
      Object.defineProperty(out, key, {
        value: readValue(keyPath),
        writable: true,
        enumerable: true,
        configurable: true,
      });
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      if (text[i] === '"') throw new Stop(i, 'a comma "," is missing before this key');
      if (i >= text.length) throw new Stop(i, 'the file ends too early: a closing "}" is missing');
      throw new Stop(i, `unexpected ${describe(text[i])} — a comma "," or a closing "}" was expected`);
    }
  };

  const readArray = (path: string): unknown[] => {
    const out: unknown[] = [];
    i++; // [
    ws();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(readValue(`${path}.${out.length}`));
      ws();
      if (text[i] === ',') {
        i++;
        ws();
        if (text[i] === ']') throw new Stop(i, 'a comma before "]" is not allowed in JSON (remove the last comma)');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      if (i >= text.length) throw new Stop(i, 'the file ends too early: a closing "]" is missing');
      throw new Stop(i, `unexpected ${describe(text[i])} — a comma "," or a closing "]" was expected`);
    }
  };

  const dupes = (): JsonParseResult['duplicateKeys'] =>
    duplicates.map((d) => ({ path: d.path, ...positionOf(text, d.at) }));
  try {
    ws();
    if (i >= text.length) throw new Stop(i, 'the file is empty; it should contain at least {}');
    const value = readValue('');
    ws();
    if (i < text.length)
      throw new Stop(i, `unexpected ${describe(text[i])} after the end of the data — is there an extra "}"?`);
    return { value, duplicateKeys: dupes() };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { problem: { ...positionOf(text, e.at), message: e.reason }, duplicateKeys: dupes() };
  }
}
