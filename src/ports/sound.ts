/**
 * The game's one door to sound. Scenes and panels call a SoundPlayer; they never touch Howler.
 * Sound never carries information alone: every sound accompanies something visible.
 */
import type { Settings } from '../core/settings.ts';

export const EFFECTS = ['correct', 'wrong', 'tick', 'round-end'] as const;
export type EffectName = (typeof EFFECTS)[number];

export interface SoundPlayer {
  play(name: EffectName): void;
  /** Starts the looping background music (no-op if it is already playing). */
  startMusic(): void;
  stopMusic(): void;
  setMuted(muted: boolean): void;
  /** 0..1 */
  setEffectsVolume(volume: number): void;
  /** 0..1 */
  setMusicVolume(volume: number): void;
}

/** Brings a player in line with the player's settings (Howler itself remembers none of them). */
export function applySoundSettings(
  player: SoundPlayer,
  settings: Pick<Settings, 'muted' | 'effectsVolume' | 'musicVolume'>,
): void {
  player.setMuted(settings.muted);
  player.setEffectsVolume(settings.effectsVolume);
  player.setMusicVolume(settings.musicVolume);
}
