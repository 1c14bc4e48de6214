import { describe, expect, it } from 'vitest';
import { followMusic, musicOn } from '../../src/app/music.ts';
import { ScreenNavigator } from '../../src/app/navigator.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.ts';
import type { Screen, ScreenId } from '../../src/ports/screen.ts';
import type { SoundPlayer } from '../../src/ports/sound.ts';

function fakeSound(log: string[]): SoundPlayer {
  return {
    play: () => {},
    startMusic: () => log.push('start'),
    stopMusic: () => log.push('stop'),
    setMuted: () => {},
    setEffectsVolume: () => {},
    setMusicVolume: () => {},
  };
}

const screen = (): Screen => ({ el: { dataset: {} } as HTMLElement, mount: () => {}, unmount: () => {} });

function navigator(): ScreenNavigator {
  return new ScreenNavigator({ root: { replaceChildren: () => {} }, body: { dataset: {} }, html: { dataset: {} } });
}

describe('the music bed: rounds only, and only when the player wants it', () => {
  it('starts when a round shows and stops on any other screen', () => {
    const log: string[] = [];
    let settings: Settings = { ...DEFAULT_SETTINGS, muted: false, musicVolume: 0.5 };
    const nav = navigator();
    followMusic(nav, fakeSound(log), () => settings);
    const path: ScreenId[] = ['title', 'round', 'summary', 'round', 'title'];
    for (const id of path) nav.show(id, screen());
    expect(log).toEqual(['stop', 'start', 'stop', 'start', 'stop']);

    log.length = 0;
    settings = { ...settings, muted: true };
    nav.show('round', screen());
    settings = { ...settings, muted: false, musicVolume: 0 };
    nav.show('round', screen());
    nav.show('settings', screen());
    expect(log).toEqual(['stop']);
  });

  it('the rule itself: start, stop or leave the player as it is', () => {
    expect(musicOn('round', { muted: false, musicVolume: 0.3 })).toBe('start');
    expect(musicOn('round', { muted: true, musicVolume: 0.3 })).toBe('keep');
    expect(musicOn('round', { muted: false, musicVolume: 0 })).toBe('keep');
    for (const id of ['title', 'summary', 'live-host', 'live-phone', 'teacher'] as const)
      expect(musicOn(id, { muted: false, musicVolume: 1 })).toBe('stop');
  });
});
