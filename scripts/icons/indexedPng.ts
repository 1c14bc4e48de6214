/**
 * Makes the PNG icons small: Chromium's screenshots are 8-bit RGBA; an icon of a few flat colours with
 * anti-aliased edges fits a 256-colour palette (PLTE + tRNS). The 192 px icon is fetched by the browser
 * with the web manifest, before the first question, so its bytes count (issue 12). Used by
 * `npm run make-icons`. Pure (node zlib only).
 */
import { deflateSync, inflateSync } from 'node:zlib';

export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const buf = Buffer.from(png);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const out: { type: string; data: Buffer }[] = [];
  for (let pos = 8; pos < buf.length; ) {
    const len = buf.readUInt32BE(pos);
    out.push({ type: buf.toString('latin1', pos + 4, pos + 8), data: buf.subarray(pos + 8, pos + 8 + len) });
    pos += 12 + len;
  }
  return out;
}

/** Reverses PNG's per-row filters in place: `raw` is (1 filter byte + stride) per row. */
function unfilter(raw: Buffer, height: number, stride: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? (out[y * stride + x - bpp] as number) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] as number) : 0;
      const v = raw[y * (stride + 1) + 1 + x] as number;
      const add = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      out[y * stride + x] = (v + add) & 255;
    }
  }
  return out;
}

/** Decodes an 8-bit, non-interlaced RGBA or RGB PNG (what Chromium's screenshots are). */
export function decodePng(png: Uint8Array): Rgba {
  const parts = chunks(png);
  const ihdr = parts.find((c) => c.type === 'IHDR')?.data;
  if (!ihdr) throw new Error('PNG without IHDR');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colourType, , , interlace] = [ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]];
  if (depth !== 8 || (colourType !== 6 && colourType !== 2) || interlace !== 0)
    throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType}, interlace ${interlace})`);
  const bpp = colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const px = unfilter(raw, height, width * bpp, bpp);
  if (bpp === 4) return { width, height, pixels: px };
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < px.length; i += 3, j += 4)
    pixels.set([px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0, 255], j);
  return { width, height, pixels };
}

/**
 * The image's colours, at most 256: every colour when there are that few; otherwise the 256 most used,
 * and each other pixel takes the nearest of them (RGBA distance): only rare anti-aliasing shades move.
 */
export function palette(image: Rgba): { colours: number[]; index: Uint8Array } {
  const counts = new Map<number, number>();
  const { pixels } = image;
  const colourAt = (i: number): number =>
    (((pixels[i] as number) << 24) |
      ((pixels[i + 1] as number) << 16) |
      ((pixels[i + 2] as number) << 8) |
      (pixels[i + 3] as number)) >>>
    0;
  for (let i = 0; i < pixels.length; i += 4) counts.set(colourAt(i), (counts.get(colourAt(i)) ?? 0) + 1);
  const colours = [...counts.keys()]
    .sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || a - b)
    .slice(0, 256);
  const slot = new Map(colours.map((c, i) => [c, i]));
  const channels = (c: number): number[] => [c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255];
  const kept = colours.map(channels);
  const nearest = (c: number): number => {
    const [r, g, b, a] = channels(c) as [number, number, number, number];
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    kept.forEach(([kr, kg, kb, ka], i) => {
      const d =
        (r - (kr as number)) ** 2 + (g - (kg as number)) ** 2 + (b - (kb as number)) ** 2 + (a - (ka as number)) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    });
    slot.set(c, best);
    return best;
  };
  const index = new Uint8Array(pixels.length / 4);
  for (let i = 0; i < index.length; i++) {
    const c = colourAt(i * 4);
    index[i] = slot.get(c) ?? nearest(c);
  }
  return { colours, index };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
  let crc = 0xffffffff;
  for (const byte of body) crc = (CRC_TABLE[(crc ^ byte) & 255] as number) ^ (crc >>> 8);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, body.length + 4);
  return out;
}

/** An indexed-colour PNG (PLTE, tRNS when any colour is not opaque) of the image, at most 256 colours. */
export function encodeIndexedPng(image: Rgba): Buffer {
  const { colours, index } = palette(image);
  const { width, height } = image;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const plte = Uint8Array.from(colours.flatMap((c) => [c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255]));
  const alpha = colours.map((c) => c & 255);
  const lastSeeThrough = alpha.reduce((last, a, i) => (a < 255 ? i : last), -1);
  // Rows unfiltered: with one byte per pixel and flat colours, filters only add entropy.
  const raw = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) raw.set(index.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    ...(lastSeeThrough >= 0 ? [chunk('tRNS', Uint8Array.from(alpha.slice(0, lastSeeThrough + 1)))] : []),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
