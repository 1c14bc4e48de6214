import type { Settings } from '../core/settings.ts';
import type { ScreenEvents, ScreenId } from '../ports/screen.ts';
import type { SoundPlayer } from '../ports/sound.ts';

/**
 * The music policy: the quiet music bed plays during rounds only, and only when the player wants
 * to hear it; any other screen stops it. A round while the music is off leaves the player as it is
 * (muting has already silenced it).
 */
export function musicOn(
  screen: ScreenId,
  settings: Pick<Settings, 'muted' | 'musicVolume'>,
): 'start' | 'stop' | 'keep' {
  if (screen !== 'round') return 'stop';
  return !settings.muted && settings.musicVolume > 0 ? 'start' : 'keep';
}

/** Starts and stops `sound`'s music as the screens change; returns a function that stops following. */
export function followMusic(screens: ScreenEvents, sound: SoundPlayer, settings: () => Settings): () => void {
  return screens.onScreenChanged(({ id }) => {
    const wanted = musicOn(id, settings());
    if (wanted === 'start') sound.startMusic();
    else if (wanted === 'stop') sound.stopMusic();
  });
}
