import { describe, expect, it } from 'vitest';
import { createSilentPlayer } from '../../src/audio/silentPlayer.ts';
import { applySoundSettings } from '../../src/ports/sound.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';

describe('silent sound player', () => {
  it('records what would have been heard, honouring mute and volume from settings', () => {
    const player = createSilentPlayer();
    applySoundSettings(player, DEFAULT_SETTINGS);
    player.play('correct');
    applySoundSettings(player, { ...DEFAULT_SETTINGS, muted: true });
    player.play('wrong');
    applySoundSettings(player, { ...DEFAULT_SETTINGS, effectsVolume: 0 });
    player.play('tick');
    applySoundSettings(player, DEFAULT_SETTINGS);
    player.play('round-end');
    expect(player.heard).toEqual(['correct', 'round-end']);
    expect(player.calls.filter((c) => c.call === 'play')).toHaveLength(4);
  });

  it('knows whether the music is playing', () => {
    const player = createSilentPlayer();
    player.startMusic();
    expect(player.musicPlaying).toBe(true);
    player.stopMusic();
    expect(player.musicPlaying).toBe(false);
  });
});
