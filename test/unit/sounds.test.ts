import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSounds, MUSIC_SECONDS } from '../../scripts/sounds/recipes.ts';
import { SAMPLE_RATE } from '../../scripts/sounds/synth.ts';
import { MUSIC_LOOP_SECONDS, MUSIC_SAMPLE_RATE } from '../../src/audio/musicLoop.ts';

const sounds = renderSounds();
const sound = (name: string) => {
  const s = sounds.find((x) => x.name === name);
  if (!s) throw new Error(`no sound ${name}`);
  return s;
};
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const committed = (file: string) => new URL(`../../assets/sounds/${file}`, import.meta.url);

function peak(x: Float32Array, from = 0, to = x.length): number {
  let m = 0;
  for (let i = from; i < to; i++) m = Math.max(m, Math.abs(x[i] ?? 0));
  return m;
}
/** Zero crossings per second in [fromS, toS): a rough pitch for simple tones. */
function crossingsPerSecond(x: Float32Array, fromS: number, toS: number): number {
  const a = Math.round(fromS * SAMPLE_RATE);
  const b = Math.round(toS * SAMPLE_RATE);
  let n = 0;
  for (let i = a + 1; i < b; i++) if ((x[i - 1] ?? 0) < 0 !== (x[i] ?? 0) < 0) n++;
  return n / 2 / (toS - fromS);
}

describe('sounds', () => {
  it('committed files are exactly what make-sounds renders (run `npm run make-sounds` after changing a recipe)', () => {
    for (const s of sounds) {
      expect(sha(readFileSync(committed(s.file))), s.file).toBe(sha(s.bytes));
    }
  });

  it('render the same bytes every time', () => {
    const again = renderSounds();
    expect(again.map((s) => sha(s.bytes))).toEqual(sounds.map((s) => sha(s.bytes)));
  });

  it('are small for weak connections: under 200 KB together', () => {
    const total = sounds.reduce((n, s) => n + statSync(committed(s.file)).size, 0);
    expect(total).toBeLessThan(200_000);
  });

  it('effects are short and never clip', () => {
    for (const name of ['correct', 'wrong', 'tick', 'round-end']) {
      const s = sound(name).samples;
      expect(s.length / SAMPLE_RATE, name).toBeLessThan(1.5);
      expect(peak(s), name).toBeLessThanOrEqual(0.75);
      expect(peak(s), name).toBeGreaterThan(0.3);
    }
    expect(sound('tick').samples.length / SAMPLE_RATE).toBeLessThanOrEqual(0.06);
  });

  it('"correct" rises in pitch; "wrong" is low', () => {
    const correct = sound('correct').samples;
    expect(crossingsPerSecond(correct, 0.2, 0.4)).toBeGreaterThan(crossingsPerSecond(correct, 0.01, 0.09) * 1.2);
    expect(crossingsPerSecond(sound('wrong').samples, 0.02, 0.3)).toBeLessThan(400);
  });

  it('every sound starts and ends in silence (no click)', () => {
    for (const s of sounds) {
      const x = s.samples;
      expect(Math.abs(x[0] ?? 1), s.name).toBeLessThan(0.01);
      expect(Math.abs(x[x.length - 1] ?? 1), s.name).toBeLessThan(0.01);
    }
  });

  it('music is a quiet loop of about 12 s that joins on near-silence', () => {
    const m = sound('music').samples;
    expect(m.length / SAMPLE_RATE).toBeCloseTo(MUSIC_SECONDS, 2);
    // The player loops exactly the rendered length, at the rendered rate.
    expect(MUSIC_LOOP_SECONDS).toBe(MUSIC_SECONDS);
    expect(MUSIC_SAMPLE_RATE).toBe(SAMPLE_RATE);
    expect(peak(m)).toBeLessThanOrEqual(0.4);
    const edge = Math.round(0.05 * SAMPLE_RATE);
    expect(peak(m, m.length - edge)).toBeLessThan(0.03);
  });

  it('music is an MP3 and the effects are 16-bit mono WAV at 22,050 Hz', () => {
    const mp3 = sound('music').bytes;
    expect(mp3[0]).toBe(0xff); // MPEG frame sync
    expect((mp3[1] ?? 0) & 0xe0).toBe(0xe0);
    for (const name of ['correct', 'wrong', 'tick', 'round-end']) {
      const b = sound(name).bytes;
      const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      expect(String.fromCharCode(...b.subarray(0, 4))).toBe('RIFF');
      expect(view.getUint16(22, true)).toBe(1);
      expect(view.getUint32(24, true)).toBe(22050);
      expect(view.getUint16(34, true)).toBe(16);
      expect(view.getUint32(40, true)).toBe(b.length - 44);
    }
  });
});
