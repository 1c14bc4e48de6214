import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for Howler (no audio under node): records what the wrapper asks of it. */
const fake = vi.hoisted(() => {
  class FakeHowl {
    static all: FakeHowl[] = [];
    plays = 0;
    stops = 0;
    vol: number;
    isPlaying = false;
    unloaded = false;
    lastPlayed: string | undefined;
    constructor(
      public opts: {
        src: string[];
        volume?: number;
        loop?: boolean;
        format?: string[];
        sprite?: Record<string, [number, number, boolean?]>;
      },
    ) {
      this.vol = opts.volume ?? 1;
      FakeHowl.all.push(this);
      Howler.log.push(opts.src[0]?.match(/(correct|wrong|tick|round-end|music)/)?.[1] ?? '?');
    }
    play(sprite?: string) {
      this.lastPlayed = sprite;
      this.plays++;
      this.isPlaying = true;
      return this.plays;
    }
    playing() {
      return this.isPlaying;
    }
    stop() {
      this.stops++;
      this.isPlaying = false;
    }
    volume(v: number) {
      this.vol = v;
    }
    unload() {
      this.unloaded = true;
    }
  }
  const Howler = {
    usingWebAudio: true,
    html5PoolSize: 10,
    muted: false,
    ctx: undefined as { state: string } | undefined,
    mute(m: boolean) {
      Howler.muted = m;
    },
    /** What preloading asked for, in order. */
    log: [] as string[],
    // Like Howler's: makes the AudioContext if there is none.
    volume() {
      Howler.log.push('context');
      Howler.ctx ??= { state: 'running' };
      return 1;
    },
    _unlockAudio() {
      Howler.log.push('unlock');
    },
  };
  return { FakeHowl, Howler };
});
vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

const { createHowlerPlayer, SOUND_URLS } = await import('../../src/audio/howlerPlayer.ts');
const { applySoundSettings } = await import('../../src/ports/sound.ts');

const byFile = (name: string) => fake.FakeHowl.all.find((h) => h.opts.src[0]?.includes(name));

beforeEach(async () => {
  // Howler's code loads on first need or warmUp(); once here, every player uses it at once.
  await createHowlerPlayer().warmUp();
  fake.FakeHowl.all = [];
  fake.Howler.muted = false;
  fake.Howler.ctx = undefined;
  fake.Howler.log = [];
});

describe('Howler sound player', () => {
  it('asks Howler for no HTML5 <audio> pool: every sound plays through Web Audio', () => {
    expect(fake.Howler.html5PoolSize).toBe(0);
  });

  it('points at the committed sound files', () => {
    expect(SOUND_URLS.correct).toMatch(/correct\.wav/);
    expect(SOUND_URLS.music).toMatch(/music\.mp3/);
  });

  it('loads nothing until a sound is needed, then each file once', async () => {
    const player = createHowlerPlayer();
    expect(fake.FakeHowl.all).toHaveLength(0);
    player.play('correct');
    player.play('correct');
    expect(fake.FakeHowl.all).toHaveLength(1);
    expect(byFile('correct')?.plays).toBe(2);
    await player.preload();
    expect(fake.FakeHowl.all.map((h) => h.opts.src[0])).toHaveLength(4);
  });

  it('preloads the audio first, then one effect per task, and nothing after it is disposed', async () => {
    const player = createHowlerPlayer();
    const done = player.preload();
    // Nothing in the caller's task: each piece is a task of its own.
    expect(fake.Howler.ctx).toBeUndefined();
    expect(fake.FakeHowl.all).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 0));
    await done;
    expect(fake.Howler.ctx).toBeDefined();
    // The audio first, then Howler's unlock (it may remake the audio), then the effects, in order.
    expect(fake.Howler.log).toEqual(['context', 'unlock', 'correct', 'wrong', 'tick', 'round-end']);
    expect(fake.FakeHowl.all.every((h) => h.plays === 0)).toBe(true);
    // Asked again: nothing more is made.
    await player.preload();
    expect(fake.FakeHowl.all).toHaveLength(4);

    fake.FakeHowl.all = [];
    const other = createHowlerPlayer();
    const stopped = other.preload();
    other.dispose();
    await stopped;
    expect(fake.FakeHowl.all).toHaveLength(0);
  });

  it('applies the saved volumes to sounds loaded later, and to those already loaded', () => {
    const player = createHowlerPlayer();
    player.play('tick');
    applySoundSettings(player, { muted: false, effectsVolume: 0.3, musicVolume: 0.2 });
    expect(byFile('tick')?.vol).toBe(0.3);
    player.play('wrong');
    expect(byFile('wrong')?.vol).toBe(0.3);
    vi.useFakeTimers();
    player.startMusic();
    vi.advanceTimersByTime(2000);
    vi.useRealTimers();
    expect(byFile('music')?.vol).toBe(0.2);
    player.setMusicVolume(1.7);
    expect(byFile('music')?.vol).toBe(1);
  });

  it('mutes through Howler and plays no effect while muted or at volume 0', () => {
    const player = createHowlerPlayer();
    player.setMuted(true);
    expect(fake.Howler.muted).toBe(true);
    player.play('correct');
    expect(byFile('correct')?.plays ?? 0).toBe(0);
    player.setMuted(false);
    player.setEffectsVolume(0);
    player.play('correct');
    expect(byFile('correct')?.plays ?? 0).toBe(0);
    player.setEffectsVolume(0.5);
    player.play('correct');
    expect(byFile('correct')?.plays).toBe(1);
  });

  it('loops the music over its region without the MP3 padding, once however often asked, and stops it', () => {
    vi.useFakeTimers();
    const player = createHowlerPlayer();
    player.startMusic();
    // Not fetched with the first question: the bed starts a moment later.
    expect(byFile('music')).toBeUndefined();
    vi.advanceTimersByTime(2000);
    player.startMusic();
    vi.advanceTimersByTime(2000);
    const music = byFile('music');
    expect(music?.plays).toBe(1);
    const region = music?.opts.sprite?.[music.lastPlayed ?? ''];
    expect(region?.[2]).toBe(true); // looping
    expect(region?.[0]).toBeCloseTo(50.1, 1); // skips the encoder delay
    expect(region?.[1]).toBe(12_000);
    player.stopMusic();
    expect(byFile('music')?.isPlaying).toBe(false);
    player.startMusic();
    vi.advanceTimersByTime(2000);
    expect(byFile('music')?.plays).toBe(2);
    // Stopped before it started: it never starts.
    player.stopMusic();
    player.startMusic();
    player.stopMusic();
    vi.advanceTimersByTime(2000);
    expect(byFile('music')?.plays).toBe(2);
    vi.useRealTimers();
  });

  it('drops countdown ticks while the browser still blocks audio and no click is under way', () => {
    fake.Howler.ctx = { state: 'suspended' };
    vi.stubGlobal('navigator', { userActivation: { isActive: false } });
    const player = createHowlerPlayer();
    player.play('tick');
    expect(byFile('tick')?.plays ?? 0).toBe(0);
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    player.play('correct'); // in the click that unlocks audio: queued by Howler, heard
    expect(byFile('correct')?.plays).toBe(1);
    vi.unstubAllGlobals();
  });

  it('wakes the audio output by listing devices (never asking for a microphone), and does without', async () => {
    const asked: string[] = [];
    vi.stubGlobal('navigator', {
      mediaDevices: {
        enumerateDevices: async () => {
          asked.push('enumerate');
          return [];
        },
        getUserMedia: async () => {
          asked.push('microphone');
        },
      },
    });
    createHowlerPlayer().warmUp();
    expect(asked).toEqual(['enumerate']);
    expect(fake.FakeHowl.all).toHaveLength(0); // no sound fetched for it
    vi.stubGlobal('navigator', { mediaDevices: { enumerateDevices: () => Promise.reject(new Error('refused')) } });
    expect(() => createHowlerPlayer().warmUp()).not.toThrow();
    vi.stubGlobal('navigator', {}); // plain http: no mediaDevices
    expect(() => createHowlerPlayer().warmUp()).not.toThrow();
    vi.unstubAllGlobals();
  });

  it("plays what was asked before Howler's code was here once it is, with the mute of the moment", async () => {
    vi.resetModules();
    const fresh = await import('../../src/audio/howlerPlayer.ts');
    fake.FakeHowl.all = [];
    const player = fresh.createHowlerPlayer();
    player.setMuted(true);
    player.play('correct'); // muted: never heard, not even later
    player.setMuted(false);
    player.play('wrong');
    expect(fake.FakeHowl.all).toHaveLength(0);
    await player.warmUp();
    expect(fake.Howler.muted).toBe(false);
    expect(byFile('correct')?.plays ?? 0).toBe(0);
    expect(byFile('wrong')?.plays).toBe(1);
  });

  it("never starts a bed stopped, or a player disposed, while Howler's code was loading", async () => {
    vi.resetModules();
    const fresh = await import('../../src/audio/howlerPlayer.ts');
    fake.FakeHowl.all = [];
    vi.useFakeTimers();
    const stopped = fresh.createHowlerPlayer();
    stopped.startMusic();
    vi.advanceTimersByTime(2000); // the bed waits for Howler
    stopped.stopMusic();
    const disposed = fresh.createHowlerPlayer();
    disposed.play('tick');
    disposed.dispose();
    vi.useRealTimers();
    await stopped.warmUp();
    expect(byFile('music')).toBeUndefined();
    expect(byFile('tick')).toBeUndefined();
  });

  it('frees every sound on dispose', () => {
    const player = createHowlerPlayer();
    vi.useFakeTimers();
    player.play('wrong');
    player.startMusic();
    vi.advanceTimersByTime(2000);
    player.startMusic();
    player.dispose();
    vi.advanceTimersByTime(2000);
    vi.useRealTimers();
    expect(fake.FakeHowl.all.every((h) => h.unloaded)).toBe(true);
  });
});
