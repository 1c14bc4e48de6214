/**
 * The SoundPlayer that really plays, through Howler (Web Audio). Files load lazily: nothing is
 * fetched until a sound is first needed (or `preload()` is called, e.g. when a round starts).
 * Mute and volumes are kept here and re-applied to every sound, since Howler persists none of
 * them: the caller passes the saved settings in with applySoundSettings().
 *
 * Phaser must be created with `audio: { noAudio: true }` so there is only one AudioContext.
 *
 * Howler's own code (and its set-up, tens of ms on a slow phone) loads after the title, when
 * `warmUp()` is called or a sound is first asked for, in a task of its own.
 */
import type { Howl } from 'howler';
import correctUrl from '../../assets/sounds/correct.wav?url';
import wrongUrl from '../../assets/sounds/wrong.wav?url';
import tickUrl from '../../assets/sounds/tick.wav?url';
import roundEndUrl from '../../assets/sounds/round-end.wav?url';
import musicUrl from '../../assets/sounds/music.mp3?url';
import { clampVolume } from '../core/settings.ts';
import { MUSIC_LOOP_MS } from './musicLoop.ts';
import type { EffectName, SoundPlayer } from '../ports/sound.ts';
import { EFFECTS } from '../ports/sound.ts';

/** The music bed starts (and is first fetched) this long after a round asks for it. */
const MUSIC_DELAY_MS = 1500;

export const SOUND_URLS: Record<EffectName | 'music', string> = {
  correct: correctUrl,
  wrong: wrongUrl,
  tick: tickUrl,
  'round-end': roundEndUrl,
  music: musicUrl,
};

export interface HowlerPlayer extends SoundPlayer {
  /** Starts fetching and decoding the effects now, so the first one plays without delay. */
  preload(): void;
  /** Stops everything and frees the decoded sounds. */
  dispose(): void;
  /**
   * Wakes the browser's audio output ahead of the first sound, without blocking: creating the
   * first AudioContext otherwise waits for it inside one task (60–80 ms on a slow phone, once).
   * Also loads Howler's code, in a task of its own; resolves when it is here.
   */
  warmUp(): Promise<void>;
}

type HowlerLib = typeof import('howler');
let lib: HowlerLib | null = null;
let loading: Promise<HowlerLib> | null = null;
function loadHowler(): Promise<HowlerLib> {
  loading ??= import('howler').then((m) => {
    lib = m;
    return m;
  });
  return loading;
}

function format(url: string): string[] {
  return [url.endsWith('.mp3') ? 'mp3' : 'wav'];
}

/**
 * Whether an effect asked for now would be heard now. While the browser has not yet allowed
 * audio (no click or key yet), Howler queues sounds and would play them all at once later;
 * a pile of countdown ticks at the first click is worse than none.
 */
function audioAllowedNow(): boolean {
  const ctx = lib?.Howler.ctx as AudioContext | undefined;
  if (!ctx || ctx.state === 'running') return true;
  const activation = (globalThis.navigator as Navigator | undefined)?.userActivation;
  return activation ? activation.isActive : true;
}

export function createHowlerPlayer(urls: Record<EffectName | 'music', string> = SOUND_URLS): HowlerPlayer {
  const effects = new Map<EffectName, Howl>();
  let music: Howl | null = null;
  let musicId: number | null = null;
  let musicTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by stopMusic and dispose: a bed waiting for Howler's code does not start after them. */
  let musicRun = 0;
  let muted = false;
  let effectsVolume = 1;
  let musicVolume = 1;
  let disposed = false;

  /** Runs `use` with Howler now if its code is here, else once it is (never after dispose). */
  const withHowler = (use: (howler: HowlerLib) => void): void => {
    if (lib) use(lib);
    else void loadHowler().then((howler) => disposed || use(howler));
  };
  // Howler.mute() builds the AudioContext (tens of ms on a slow machine) even to change nothing;
  // at boot the saved setting is usually "not muted", Howler's own default.
  const applyMute = ({ Howler }: HowlerLib): void => {
    if (muted !== (Howler as unknown as { _muted: boolean })._muted) Howler.mute(muted);
  };
  const effect = ({ Howl }: HowlerLib, name: EffectName): Howl => {
    let howl = effects.get(name);
    if (!howl) {
      howl = new Howl({ src: [urls[name]], format: format(urls[name]), volume: effectsVolume, preload: true });
      effects.set(name, howl);
    }
    return howl;
  };
  const startBed = ({ Howl }: HowlerLib): void => {
    music ??= new Howl({
      src: [urls.music],
      format: format(urls.music),
      sprite: { bed: [MUSIC_LOOP_MS.offset, MUSIC_LOOP_MS.duration, true] },
      volume: musicVolume,
      preload: true,
    });
    if (musicId !== null && music.playing(musicId)) return;
    musicId = music.play('bed');
  };

  return {
    play(name) {
      // Heard or not is decided now, as asked; the sound itself may wait for Howler's code.
      if (muted || effectsVolume === 0 || !audioAllowedNow()) return;
      withHowler((howler) => {
        applyMute(howler);
        effect(howler, name).play();
      });
    },
    startMusic() {
      if (musicTimer !== null) return;
      // Nobody needs the bed to answer the first question: fetch and start it a moment after the
      // round is on screen, so on a slow shared connection it never competes with the game.
      const run = musicRun;
      musicTimer = setTimeout(() => {
        musicTimer = null;
        withHowler((howler) => run === musicRun && startBed(howler));
      }, MUSIC_DELAY_MS);
    },
    stopMusic() {
      musicRun++;
      if (musicTimer !== null) clearTimeout(musicTimer);
      musicTimer = null;
      music?.stop();
      musicId = null;
    },
    setMuted(m) {
      muted = m;
      if (lib) applyMute(lib);
    },
    setEffectsVolume(v) {
      effectsVolume = clampVolume(v);
      for (const howl of effects.values()) howl.volume(effectsVolume);
    },
    setMusicVolume(v) {
      musicVolume = clampVolume(v);
      music?.volume(musicVolume);
    },
    preload() {
      withHowler((howler) => {
        for (const name of EFFECTS) effect(howler, name);
      });
    },
    warmUp() {
      // Listing the devices (no permission asked, no prompt) starts the audio service off the main
      // thread; the AudioContext Howler makes later then takes a few ms. Not offered outside https.
      const devices = (globalThis.navigator as Navigator | undefined)?.mediaDevices;
      if (typeof devices?.enumerateDevices === 'function') devices.enumerateDevices().catch(() => []);
      return loadHowler().then((howler) => {
        if (!disposed) applyMute(howler);
      });
    },
    dispose() {
      disposed = true;
      musicRun++;
      if (musicTimer !== null) clearTimeout(musicTimer);
      musicTimer = null;
      for (const howl of effects.values()) howl.unload();
      effects.clear();
      music?.unload();
      music = null;
      musicId = null;
    },
  };
}
