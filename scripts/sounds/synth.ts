/**
 * Tiny additive synthesiser: enough for chimes, plucks and soft buzzes. Deterministic: no
 * Math.random (noise comes from the seeded core RNG), so the same code gives the same bytes.
 */
import { createRng } from '../../src/core/random/rng.ts';

export const SAMPLE_RATE = 22050;

export interface ToneOptions {
  /** Start time in seconds. */
  at: number;
  /** Length in seconds, release included. */
  duration: number;
  /** Frequency in Hz at the start; `toFreq` glides to it by the end. */
  freq: number;
  toFreq?: number;
  /** Amplitudes of harmonics 1, 2, 3, … */
  partials?: number[];
  /** Peak amplitude. */
  gain: number;
  /** Attack in seconds (raised-cosine). */
  attack?: number;
  /** Exponential decay time constant in seconds (Infinity = sustain). */
  decay?: number;
  /** Release in seconds at the end (raised-cosine fade to exact silence). */
  release?: number;
  /** Higher partials decay this much faster (per harmonic number), as in struck bars. */
  brightDecay?: number;
}

export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

/** Adds one tone into `buf` (mixing, not replacing). */
export function addTone(buf: Float32Array, o: ToneOptions): void {
  const partials = o.partials ?? [1];
  const attack = o.attack ?? 0.005;
  const decay = o.decay ?? Infinity;
  const release = o.release ?? 0.02;
  const start = Math.round(o.at * SAMPLE_RATE);
  const n = Math.round(o.duration * SAMPLE_RATE);
  const phases = partials.map(() => 0);
  for (let i = 0; i < n && start + i < buf.length; i++) {
    const t = i / SAMPLE_RATE;
    const f = o.toFreq === undefined ? o.freq : o.freq * (o.toFreq / o.freq) ** (t / o.duration);
    let env = 1;
    if (t < attack) env *= 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
    const left = o.duration - t;
    if (left < release) env *= 0.5 - 0.5 * Math.cos((Math.PI * left) / release);
    let sample = 0;
    for (let h = 0; h < partials.length; h++) {
      const harmonic = h + 1;
      const fh = f * harmonic;
      if (fh >= SAMPLE_RATE / 2) break;
      const amp = partials[h] ?? 0;
      const tau = decay / (1 + (o.brightDecay ?? 0) * h);
      const d = Number.isFinite(tau) ? Math.exp(-t / tau) : 1;
      phases[h] = ((phases[h] ?? 0) + (2 * Math.PI * fh) / SAMPLE_RATE) % (2 * Math.PI);
      sample += amp * d * Math.sin(phases[h] ?? 0);
    }
    const idx = start + i;
    buf[idx] = (buf[idx] ?? 0) + o.gain * env * sample;
  }
}

/** Adds a short burst of seeded noise, smoothed by a one-pole low-pass (0..1, higher = darker). */
export function addNoise(
  buf: Float32Array,
  at: number,
  duration: number,
  gain: number,
  seed: number,
  smooth = 0.5,
): void {
  const rng = createRng(seed);
  const start = Math.round(at * SAMPLE_RATE);
  const n = Math.round(duration * SAMPLE_RATE);
  let y = 0;
  for (let i = 0; i < n && start + i < buf.length; i++) {
    const attack = Math.min(1, i / (0.001 * SAMPLE_RATE)); // 1 ms fade-in: no step at the start
    const env = attack * Math.exp((-5 * i) / n);
    y = smooth * y + (1 - smooth) * (rng() * 2 - 1);
    const idx = start + i;
    buf[idx] = (buf[idx] ?? 0) + gain * env * y;
  }
}

/** Scales so the loudest sample is `peak` (0..1). */
export function normalize(buf: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const x of buf) max = Math.max(max, Math.abs(x));
  if (max > 0) for (let i = 0; i < buf.length; i++) buf[i] = ((buf[i] ?? 0) / max) * peak;
  return buf;
}

/** Frequency of a MIDI note number (69 = A4 = 440 Hz). */
export function midi(note: number): number {
  return 440 * 2 ** ((note - 69) / 12);
}
