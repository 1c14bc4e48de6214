import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng, type Rgba } from '../../scripts/icons/indexedPng.ts';

const icon = (f: string): Buffer => readFileSync(new URL(`../../assets/icons/${f}`, import.meta.url));

describe('indexed PNG icons (scripts/icons/indexedPng.ts)', () => {
  it('keeps an image of up to 256 colours exactly, transparency included', () => {
    const width = 37;
    const height = 23;
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const c = (i * 7) % 240;
      pixels.set([c, 255 - c, c % 3 ? 40 : 250, c % 5 ? 255 : c], i * 4);
    }
    const distinct = new Set(Array.from({ length: width * height }, (_, i) => pixels.slice(i * 4, i * 4 + 4).join()));
    expect(distinct.size).toBeLessThanOrEqual(256);
    const image: Rgba = { width, height, pixels };
    const back = decodeIndexed(encodeIndexedPng(image));
    expect(back).toEqual(image);
  });

  it('the shipped icons are indexed PNGs that decode to the same size, opaque where drawn', () => {
    for (const [f, size] of [
      ['icon-32.png', 32],
      ['icon-192.png', 192],
      ['icon-512.png', 512],
      ['icon-maskable-512.png', 512],
    ] as const) {
      const png = icon(f);
      expect(png[25], `${f} colour type`).toBe(3);
      // The 192 px icon is fetched with the manifest before the first question, the 32 px one as the tab's icon.
      if (size === 192) expect(png.length).toBeLessThan(5000);
      if (size === 32) expect(png.length).toBeLessThan(1000);
      const img = decodeIndexed(png);
      expect([img.width, img.height]).toEqual([size, size]);
      const centre = ((size / 2) * size + size / 2) * 4;
      expect(img.pixels[centre + 3], `${f} centre is opaque`).toBe(255);
    }
  });

  it('an icon with more than 256 shades keeps its flat colours exactly; only rare edge shades move, and only a little', () => {
    const width = 120;
    const height = 120;
    const pixels = new Uint8Array(width * height * 4);
    const flat = [
      [11, 92, 171, 255],
      [242, 232, 207, 255],
      [30, 41, 59, 255],
    ];
    for (let i = 0; i < width * height; i++)
      pixels.set(flat[i % 3 === 0 && i < 7000 ? 0 : i < 10000 ? 1 : 2] as number[], i * 4);
    // 600 distinct anti-aliasing shades between the blue and the cream, one pixel each.
    for (let k = 0; k < 600; k++) {
      const t = k / 600;
      pixels.set([11 + t * 231, 92 + t * 140, 171 + t * 36, 255].map(Math.round), (10000 + k * 7) * 4);
    }
    const back = decodeIndexed(encodeIndexedPng({ width, height, pixels })).pixels;
    let worst = 0;
    for (let i = 0; i < pixels.length; i++)
      worst = Math.max(worst, Math.abs((pixels[i] as number) - (back[i] as number)));
    expect(worst).toBeGreaterThan(0); // it did have to merge shades …
    expect(worst).toBeLessThanOrEqual(8); // … to near ones
    for (let i = 0; i < 9000; i++) expect(back.slice(i * 4, i * 4 + 4)).toEqual(pixels.slice(i * 4, i * 4 + 4));
  });
});

/** Reads an indexed PNG back to RGBA (the test's own small decoder for colour type 3, unfiltered rows). */
function decodeIndexed(png: Buffer): Rgba {
  const { inflateSync } = require('node:zlib') as typeof import('node:zlib');
  const parts = new Map<string, Buffer[]>();
  for (let pos = 8; pos < png.length; ) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    parts.set(type, [...(parts.get(type) ?? []), png.subarray(pos + 8, pos + 8 + len)]);
    pos += 12 + len;
  }
  const ihdr = parts.get('IHDR')?.[0] as Buffer;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const plte = parts.get('PLTE')?.[0] as Buffer;
  const trns = parts.get('tRNS')?.[0] ?? Buffer.alloc(0);
  const raw = inflateSync(Buffer.concat(parts.get('IDAT') ?? []));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) if (raw[y * (width + 1)] !== 0) throw new Error(`row ${y} is filtered`);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x] as number;
      pixels.set(
        [plte[i * 3] as number, plte[i * 3 + 1] as number, plte[i * 3 + 2] as number, trns[i] ?? 255],
        (y * width + x) * 4,
      );
    }
  return { width, height, pixels };
}
