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

/** A strict JSON reader over one text; each method reads one kind of value at `i` and moves past it. */
class Reader {
  i = 0;
  readonly duplicates: { path: string; at: number }[] = [];

  constructor(readonly text: string) {}

  ws(): void {
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else break;
    }
  }

  expectWord(word: string, value: unknown): unknown {
    if (this.text.startsWith(word, this.i)) {
      this.i += word.length;
      return value;
    }
    throw new Stop(
      this.i,
      `unexpected ${describe(this.text[this.i])} — a value (text in "quotes", a number, true, false, null, { or [) was expected`,
    );
  }

  readString(): string {
    // the opening quote is at this.i
    const start = this.i;
    this.i++;
    let out = '';
    while (this.i < this.text.length) {
      const c = this.text[this.i] as string;
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === '\\') {
        const e = this.text[this.i + 1];
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
          this.i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(parseInt(this.text.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
          continue;
        }
        throw new Stop(
          this.i,
          'a backslash \\ starts an unknown escape; write \\\\ for a backslash or \\" for a quote',
        );
      }
      if (c === '\n' || c === '\r') {
        throw new Stop(start, 'this text in quotes is not closed on its line (a closing " is missing)');
      }
      if (c < ' ')
        throw new Stop(this.i, 'a control character (such as a tab) inside text in quotes; write \\t instead');
      out += c;
      this.i++;
    }
    throw new Stop(start, 'this text in quotes is never closed (a closing " is missing)');
  }

  readNumber(): number {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i));
    if (!m) throw new Stop(this.i, `unexpected ${describe(this.text[this.i])} — a value was expected`);
    this.i += m[0].length;
    return Number(m[0]);
  }

  readValue(path: string): unknown {
    this.ws();
    const c = this.text[this.i];
    if (c === '{') return this.readObject(path);
    if (c === '[') return this.readArray(path);
    if (c === '"') return this.readString();
    if (c === 't') return this.expectWord('true', true);
    if (c === 'f') return this.expectWord('false', false);
    if (c === 'n') return this.expectWord('null', null);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.readNumber();
    if (c === "'") throw new Stop(this.i, 'text must be in straight double quotes "…", not single quotes \'…\'');
    if (c === '\u201c' || c === '\u201d')
      throw new Stop(this.i, 'curly quotes “ ” cannot mark text; use straight double quotes "');
    if (c === '}' || c === ']')
      throw new Stop(this.i, `unexpected ${describe(c)} — is there an extra comma just before it?`);
    throw new Stop(
      this.i,
      `unexpected ${describe(c)} — a value (text in "quotes", a number, true, false, null, { or [) was expected`,
    );
  }

  readObject(path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++; // {
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      const keyAt = this.i;
      if (this.text[this.i] !== '"') {
        if (this.text[this.i] === '}')
          throw new Stop(this.i, 'a comma before "}" is not allowed in JSON (remove the last comma)');
        throw new Stop(this.i, `unexpected ${describe(this.text[this.i])} — a key in double quotes was expected`);
      }
      const key = this.readString();
      const keyPath = path ? `${path}.${key}` : key;
      if (Object.hasOwn(out, key)) this.duplicates.push({ path: keyPath, at: keyAt });
      this.ws();
      if (this.text[this.i] !== ':')
        throw new Stop(
          this.i,
          `unexpected ${describe(this.text[this.i])} — a colon ":" was expected after the key "${key}"`,
        );
      this.i++;
      // As JSON.parse does: every key, "__proto__" included, becomes an ordinary own property
      // (an assignment would change the object's prototype instead).
      Object.defineProperty(out, key, {
        value: this.readValue(keyPath),
        writable: true,
        enumerable: true,
        configurable: true,
      });
      this.ws();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.text[this.i] === '}') {
        this.i++;
        return out;
      }
      if (this.text[this.i] === '"') throw new Stop(this.i, 'a comma "," is missing before this key');
      if (this.i >= this.text.length) throw new Stop(this.i, 'the file ends too early: a closing "}" is missing');
      throw new Stop(this.i, `unexpected ${describe(this.text[this.i])} — a comma "," or a closing "}" was expected`);
    }
  }

  readArray(path: string): unknown[] {
    const out: unknown[] = [];
    this.i++; // [
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.readValue(`${path}.${out.length}`));
      this.ws();
      if (this.text[this.i] === ',') {
        this.i++;
        this.ws();
        if (this.text[this.i] === ']')
          throw new Stop(this.i, 'a comma before "]" is not allowed in JSON (remove the last comma)');
        continue;
      }
      if (this.text[this.i] === ']') {
        this.i++;
        return out;
      }
      if (this.i >= this.text.length) throw new Stop(this.i, 'the file ends too early: a closing "]" is missing');
      throw new Stop(this.i, `unexpected ${describe(this.text[this.i])} — a comma "," or a closing "]" was expected`);
    }
  }
}

/** Parses strict JSON; on failure reports the first problem's line and column. */
export function parseJsonWithPosition(input: string): JsonParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const r = new Reader(text);
  const dupes = (): JsonParseResult['duplicateKeys'] =>
    r.duplicates.map((d) => ({ path: d.path, ...positionOf(text, d.at) }));
  try {
    r.ws();
    if (r.i >= text.length) throw new Stop(r.i, 'the file is empty; it should contain at least {}');
    const value = r.readValue('');
    r.ws();
    if (r.i < text.length)
      throw new Stop(r.i, `unexpected ${describe(text[r.i])} after the end of the data — is there an extra "}"?`);
    return { value, duplicateKeys: dupes() };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { problem: { ...positionOf(text, e.at), message: e.reason }, duplicateKeys: dupes() };
  }
}
