import { deflateSync } from 'fflate';
import { toBase64url } from './base64url.ts';
import { ByteWriter } from './bytes.ts';
import { crc32 } from './checksum.ts';
import { FLAG_DEFLATED } from './frame.ts';

/** Writes the envelope of ./frame.ts around `body`. */
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
