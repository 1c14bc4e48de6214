/** A SoundPlayer that makes no sound and remembers what it was asked: for tests and `?nosound`. */
import type { EffectName, SoundPlayer } from '../ports/sound.ts';

export type SoundCall =
  | { call: 'play'; name: EffectName }
  | { call: 'startMusic' }
  | { call: 'stopMusic' }
  | { call: 'setMuted'; muted: boolean }
  | { call: 'setEffectsVolume'; volume: number }
  | { call: 'setMusicVolume'; volume: number };

export interface SilentPlayer extends SoundPlayer {
  /** Every call, in order. */
  readonly calls: SoundCall[];
  /** Effects that would have been heard (not muted, volume above 0), in order. */
  readonly heard: EffectName[];
  readonly musicPlaying: boolean;
}

export function createSilentPlayer(): SilentPlayer {
  const calls: SoundCall[] = [];
  const heard: EffectName[] = [];
  let muted = false;
  let effectsVolume = 1;
  let musicPlaying = false;
  return {
    calls,
    heard,
    get musicPlaying() {
      return musicPlaying;
    },
    play(name) {
      calls.push({ call: 'play', name });
      if (!muted && effectsVolume > 0) heard.push(name);
    },
    startMusic() {
      calls.push({ call: 'startMusic' });
      musicPlaying = true;
    },
    stopMusic() {
      calls.push({ call: 'stopMusic' });
      musicPlaying = false;
    },
    setMuted(m) {
      calls.push({ call: 'setMuted', muted: m });
      muted = m;
    },
    setEffectsVolume(volume) {
      calls.push({ call: 'setEffectsVolume', volume });
      effectsVolume = volume;
    },
    setMusicVolume(volume) {
      calls.push({ call: 'setMusicVolume', volume });
    },
  };
}
