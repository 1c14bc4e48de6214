/**
 * The game's sounds, as code. `renderSounds()` is pure and deterministic: make-sounds writes
 * its output to assets/sounds/, and a unit test re-renders it to check the files have not drifted.
 */
import { Mp3Encoder } from '@breezystack/lamejs';
import { addNoise, addTone, midi, normalize, SAMPLE_RATE, silence } from './synth.ts';
import { encodeWav, toInt16 } from './wav.ts';

export type SoundName = 'correct' | 'wrong' | 'tick' | 'round-end' | 'music';

export interface RenderedSound {
  name: SoundName;
  /** File name under assets/sounds/. */
  file: string;
  /** The samples before encoding (-1..1, mono, SAMPLE_RATE). */
  samples: Float32Array;
  bytes: Uint8Array;
}

const BELL = [1, 0.35, 0.12, 0.05];
const BRASS = [1, 0.6, 0.4, 0.25, 0.15, 0.1];

/** Bright rising two-note chime (G5 → C6). */
export function correct(): Float32Array {
  const buf = silence(0.55);
  addTone(buf, {
    at: 0,
    duration: 0.3,
    freq: midi(79),
    partials: BELL,
    gain: 0.8,
    decay: 0.3,
    brightDecay: 1.5,
    release: 0.08,
  });
  addTone(buf, {
    at: 0.1,
    duration: 0.45,
    freq: midi(84),
    partials: BELL,
    gain: 1,
    decay: 0.35,
    brightDecay: 1.5,
    release: 0.15,
  });
  return normalize(buf, 0.7);
}

/** Soft low buzz, falling a little: two slightly detuned tones beating gently; no high partials. */
export function wrong(): Float32Array {
  const buf = silence(0.42);
  const buzz = [1, 0.5, 0.3, 0.15, 0.08];
  addTone(buf, {
    at: 0,
    duration: 0.42,
    freq: 165,
    toFreq: 130,
    partials: buzz,
    gain: 1,
    attack: 0.02,
    decay: 0.5,
    release: 0.14,
  });
  addTone(buf, {
    at: 0,
    duration: 0.42,
    freq: 168,
    toFreq: 132.5,
    partials: buzz,
    gain: 0.7,
    attack: 0.02,
    decay: 0.5,
    release: 0.14,
  });
  return normalize(buf, 0.55);
}

/** Short wooden click for the last seconds of the countdown. */
export function tick(): Float32Array {
  const buf = silence(0.05);
  addTone(buf, { at: 0, duration: 0.05, freq: 1800, gain: 1, attack: 0.001, decay: 0.01, release: 0.01 });
  addTone(buf, { at: 0, duration: 0.05, freq: 900, gain: 0.6, attack: 0.001, decay: 0.015, release: 0.01 });
  addNoise(buf, 0, 0.012, 0.3, 7, 0.3);
  return normalize(buf, 0.5);
}

/** Little fanfare: C5 E5 G5, then a C major chord. */
export function roundEnd(): Float32Array {
  const buf = silence(1.45);
  const short = { partials: BRASS, gain: 0.8, attack: 0.015, decay: 0.4, brightDecay: 0.5, release: 0.05 };
  addTone(buf, { ...short, at: 0, duration: 0.14, freq: midi(72) });
  addTone(buf, { ...short, at: 0.13, duration: 0.14, freq: midi(76) });
  addTone(buf, { ...short, at: 0.26, duration: 0.16, freq: midi(79) });
  const long = { partials: BRASS, attack: 0.02, decay: 0.7, brightDecay: 0.8, release: 0.5, at: 0.42, duration: 1.03 };
  addTone(buf, { ...long, freq: midi(84), gain: 1 });
  addTone(buf, { ...long, freq: midi(79), gain: 0.55 });
  addTone(buf, { ...long, freq: midi(76), gain: 0.45 });
  addTone(buf, { ...long, freq: midi(60), gain: 0.4, partials: [1, 0.3] });
  return normalize(buf, 0.7);
}

export const MUSIC_SECONDS = 12;

/**
 * A calm 12-second loop at 80 bpm in D major pentatonic: kalimba-like plucks over a soft bass.
 * Every note has died away before the loop point, so the loop (and an MP3 decoder's padding)
 * joins on near-silence without a click.
 */
export function music(): Float32Array {
  const beat = 60 / 80;
  const buf = silence(MUSIC_SECONDS);
  const bass: [number, number][] = [
    [0, 50],
    [4, 47],
    [8, 43],
    [12, 45],
  ];
  for (const [b, note] of bass) {
    addTone(buf, {
      at: b * beat,
      duration: 4 * beat,
      freq: midi(note),
      partials: [1, 0.25, 0.08],
      gain: 0.45,
      attack: 0.5,
      release: 1.2,
    });
  }
  const melody: [number, number][] = [
    [0, 78],
    [1, 81],
    [2, 83],
    [3, 81],
    [4.5, 78],
    [5, 76],
    [6, 74],
    [8, 76],
    [9, 78],
    [10, 81],
    [11.5, 78],
    [12, 76],
    [13, 74],
    [14, 69],
  ];
  for (const [b, note] of melody) {
    const at = b * beat;
    const duration = Math.min(1.4, MUSIC_SECONDS - at);
    addTone(buf, {
      at,
      duration,
      freq: midi(note),
      partials: [1, 0.12, 0.06, 0.03],
      gain: 0.5,
      attack: 0.004,
      decay: 0.45,
      brightDecay: 1.2,
      release: 0.3,
    });
  }
  return normalize(buf, 0.35);
}

export const MP3_KBPS = 40;

export function encodeMp3(samples: Float32Array): Uint8Array {
  const encoder = new Mp3Encoder(1, SAMPLE_RATE, MP3_KBPS);
  const pcm = toInt16(samples);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < pcm.length; i += 1152) chunks.push(encoder.encodeBuffer(pcm.subarray(i, i + 1152)));
  chunks.push(encoder.flush());
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export function renderSounds(): RenderedSound[] {
  const wav = (name: SoundName, samples: Float32Array): RenderedSound => ({
    name,
    file: `${name}.wav`,
    samples,
    bytes: encodeWav(samples, SAMPLE_RATE),
  });
  const musicSamples = music();
  return [
    wav('correct', correct()),
    wav('wrong', wrong()),
    wav('tick', tick()),
    wav('round-end', roundEnd()),
    { name: 'music', file: 'music.mp3', samples: musicSamples, bytes: encodeMp3(musicSamples) },
  ];
}
