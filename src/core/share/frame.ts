import { deflateSync, inflateSync } from 'fflate';
import { fromBase64url, isBase64url, toBase64url } from './base64url.ts';
import { ByteWriter } from './bytes.ts';
import { crc32 } from './checksum.ts';

/**
 * The envelope every link payload travels in (round links `#r=`, pack links `#p=`): a version
 * character, then base64url of [flags][body], where flags bit 0 says the body is raw DEFLATE (used
 * only when shorter). The inflated body ends with the CRC-32 of the rest (4 bytes, big-endian), so a
 * link cut short or changed on the way is caught before anything reads it.
 */

export type FrameError =
  | 'empty'
  | 'too_long'
  | 'bad_encoding'
  | 'bad_version'
  | 'not_link'
  | 'incomplete'
  | 'too_large'
  | 'corrupt';

export interface FrameLimits {
  /** Longest payload read at all; checked before anything else. */
  maxChars: number;
  /** Largest body after inflating (a small deflated payload cannot grow past it). */
  maxBytes: number;
}

export type FrameResult = { ok: true; body: Uint8Array } | { ok: false; error: FrameError };

const FLAG_DEFLATED = 1;

/** The payload for `body`, version character first. */
export function sealFrame(body: Uint8Array, version: string): string {
  const sum = crc32(body);
  const plain = new ByteWriter()
    .bytes(body)
    .byte(sum >>> 24)
    .byte(sum >>> 16)
    .byte(sum >>> 8)
    .byte(sum)
    .finish();
  const packed = deflateSync(plain, { level: 9 });
  const out =
    packed.length < plain.length
      ? new ByteWriter().byte(FLAG_DEFLATED).bytes(packed).finish()
      : new ByteWriter().byte(0).bytes(plain).finish();
  return version + toBase64url(out);
}

/** The body of a payload (a leading '#' and surrounding spaces are tolerated), checked. Never throws. */
export function openFrame(payload: unknown, version: string, limits: FrameLimits): FrameResult {
  try {
    return open(payload, version, limits);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}

function fail(error: FrameError): FrameResult {
  return { ok: false, error };
}

function open(payload: unknown, version: string, limits: FrameLimits): FrameResult {
  if (typeof payload !== 'string') return fail('empty');
  if (payload.length > limits.maxChars + 64) return fail('too_long');
  const s = payload.trim().replace(/^#/, '');
  if (s === '') return fail('empty');
  if (s.length > limits.maxChars) return fail('too_long');
  if (!isBase64url(s)) return fail('bad_encoding');
  if (s[0] !== version) return fail(/^[2-9]/.test(s) ? 'bad_version' : 'not_link');
  const outer = fromBase64url(s.slice(1));
  if (!outer || outer.length < 1) return fail('incomplete');
  const flags = outer[0] as number;
  if ((flags & ~FLAG_DEFLATED) !== 0) return fail('corrupt');
  let plain = outer.subarray(1);
  if (flags & FLAG_DEFLATED) {
    try {
      // A fixed output buffer: inflating stops one byte past the limit, whatever the input claims.
      plain = inflateSync(plain, { out: new Uint8Array(limits.maxBytes + 1) });
    } catch {
      return fail('incomplete');
    }
  }
  if (plain.length > limits.maxBytes) return fail('too_large');
  if (plain.length < 4) return fail('incomplete');
  const body = plain.subarray(0, plain.length - 4);
  const tail = plain.subarray(plain.length - 4);
  const sum =
    (((tail[0] as number) << 24) | ((tail[1] as number) << 16) | ((tail[2] as number) << 8) | (tail[3] as number)) >>>
    0;
  if (crc32(body) !== sum) return fail('incomplete');
  return { ok: true, body };
}
