/**
 * Little byte writer/reader for the share codecs: unsigned LEB128 varints, zigzag for signed
 * whole numbers, length-prefixed UTF-8. The reader throws `DecodeFailure` on anything
 * malformed; each codec catches it and answers with its own error code, so no decoder throws.
 */

/** Thrown by ByteReader on truncated or malformed input; codecs turn it into an error code. */
export class DecodeFailure extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'DecodeFailure';
  }
}

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8Bytes(s: string): Uint8Array {
  return utf8.encode(s);
}

export class ByteWriter {
  private buf = new Uint8Array(64);
  private len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): this {
    this.room(1);
    this.buf[this.len++] = b & 0xff;
    return this;
  }

  bytes(bs: Uint8Array): this {
    this.room(bs.length);
    this.buf.set(bs, this.len);
    this.len += bs.length;
    return this;
  }

  /** Unsigned whole number up to 2^53 − 1, 7 bits a byte. */
  uint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`uint out of range: ${n}`);
    let v = n;
    while (v >= 0x80) {
      this.byte((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    return this.byte(v);
  }

  /** Signed whole number, zigzag-mapped so small magnitudes stay short. */
  int(n: number): this {
    if (!Number.isSafeInteger(n)) throw new RangeError(`int out of range: ${n}`);
    return this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  /** Length-prefixed UTF-8. */
  str(s: string): this {
    const b = utf8.encode(s);
    return this.uint(b.length).bytes(b);
  }

  f64(x: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x);
    return this.bytes(b);
  }

  get length(): number {
    return this.len;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export class ByteReader {
  private pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  byte(): number {
    const b = this.buf[this.pos];
    if (b === undefined) throw new DecodeFailure('truncated');
    this.pos++;
    return b;
  }

  bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.buf.length) throw new DecodeFailure('truncated');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Reads a varint; rejects non-minimal encodings so every value has exactly one form. */
  uint(max = Number.MAX_SAFE_INTEGER): number {
    let v = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      v += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (b === 0 && i > 0) throw new DecodeFailure('non-minimal varint');
        if (v > max) throw new DecodeFailure('number too large');
        return v;
      }
      scale *= 0x80;
    }
    throw new DecodeFailure('varint too long');
  }

  int(maxMagnitude = Number.MAX_SAFE_INTEGER): number {
    const z = this.uint(Math.min(Number.MAX_SAFE_INTEGER, maxMagnitude * 2 + 1));
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /** Length-prefixed UTF-8 of at most maxBytes bytes; invalid UTF-8 is a failure. */
  str(maxBytes: number): string {
    const b = this.bytes(this.uint(maxBytes));
    try {
      return utf8Strict.decode(b);
    } catch {
      throw new DecodeFailure('bad utf-8');
    }
  }

  f64(): number {
    const b = this.bytes(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0);
  }

  get done(): boolean {
    return this.pos === this.buf.length;
  }

  /** Fails unless every byte was read: trailing bytes mean a damaged or foreign payload. */
  end(): void {
    if (!this.done) throw new DecodeFailure('trailing bytes');
  }
}
