/**
 * The SoundPlayer that really plays, through Howler (Web Audio). Files load lazily: nothing is
 * fetched until a sound is first needed (or `preload()` is called: a moment after a round opens, main.ts).
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
import { nextTask } from '../ports/nextTask.ts';
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
  /**
   * Makes the page's audio and each effect ready now, so the first one plays without delay: one
   * piece per task (issue 20: made at the first answer's sound, they were one 50–70 ms task at CPU
   * ×4). The audio is only started once the page has had a tap or a key, which the browser asks
   * for; before that, nothing is done (the first sound makes them then). Resolves when done.
   */
  preload(): Promise<void>;
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
    // Every sound plays through Web Audio. Howler's unlock (run in the first tap after the audio is
    // made) would also make ten HTML5 <audio> elements for HTML5 sounds, in that tap's task: none
    // is needed. Where Web Audio is missing, Howler's HTML5 fallback keeps its pool.
    if (m.Howler.usingWebAudio) m.Howler.html5PoolSize = 0;
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
  return new HowlerSounds(urls);
}

class HowlerSounds implements HowlerPlayer {
  private readonly effects = new Map<EffectName, Howl>();
  private music: Howl | null = null;
  private musicId: number | null = null;
  private musicTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by stopMusic and dispose: a bed waiting for Howler's code does not start after them. */
  private musicRun = 0;
  private muted = false;
  private effectsVolume = 1;
  private musicVolume = 1;
  private disposed = false;

  constructor(private readonly urls: Record<EffectName | 'music', string>) {}

  /** Runs `use` with Howler now if its code is here, else once it is (never after dispose). */
  private withHowler(use: (howler: HowlerLib) => void): void {
    if (lib) use(lib);
    else void loadHowler().then((howler) => this.disposed || use(howler));
  }

  // Howler.mute() builds the AudioContext (tens of ms on a slow machine) even to change nothing;
  // at boot the saved setting is usually "not muted", Howler's own default.
  private applyMute({ Howler }: HowlerLib): void {
    if (this.muted !== (Howler as unknown as { _muted: boolean })._muted) Howler.mute(this.muted);
  }

  private effect({ Howl }: HowlerLib, name: EffectName): Howl {
    let howl = this.effects.get(name);
    if (!howl) {
      const src = this.urls[name];
      howl = new Howl({ src: [src], format: format(src), volume: this.effectsVolume, preload: true });
      this.effects.set(name, howl);
    }
    return howl;
  }

  private startBed({ Howl }: HowlerLib): void {
    this.music ??= new Howl({
      src: [this.urls.music],
      format: format(this.urls.music),
      sprite: { bed: [MUSIC_LOOP_MS.offset, MUSIC_LOOP_MS.duration, true] },
      volume: this.musicVolume,
      preload: true,
    });
    if (this.musicId !== null && this.music.playing(this.musicId)) return;
    this.musicId = this.music.play('bed');
  }

  play(name: EffectName): void {
    // Heard or not is decided now, as asked; the sound itself may wait for Howler's code.
    if (this.muted || this.effectsVolume === 0 || !audioAllowedNow()) return;
    this.withHowler((howler) => {
      this.applyMute(howler);
      this.effect(howler, name).play();
    });
  }

  startMusic(): void {
    if (this.musicTimer !== null) return;
    // Nobody needs the bed to answer the first question: fetch and start it a moment after the
    // round is on screen, so on a slow shared connection it never competes with the game.
    const run = this.musicRun;
    this.musicTimer = setTimeout(() => {
      this.musicTimer = null;
      this.withHowler((howler) => run === this.musicRun && this.startBed(howler));
    }, MUSIC_DELAY_MS);
  }

  stopMusic(): void {
    this.musicRun++;
    if (this.musicTimer !== null) clearTimeout(this.musicTimer);
    this.musicTimer = null;
    this.music?.stop();
    this.musicId = null;
  }

  setMuted(m: boolean): void {
    this.muted = m;
    if (lib) this.applyMute(lib);
  }

  setEffectsVolume(v: number): void {
    this.effectsVolume = clampVolume(v);
    for (const howl of this.effects.values()) howl.volume(this.effectsVolume);
  }

  setMusicVolume(v: number): void {
    this.musicVolume = clampVolume(v);
    this.music?.volume(this.musicVolume);
  }

  private preloading: Promise<void> | null = null;

  preload(): Promise<void> {
    const activation = (globalThis.navigator as Navigator | undefined)?.userActivation;
    if (activation && !activation.hasBeenActive) return Promise.resolve();
    this.preloading ??= (async () => {
      const howler = await loadHowler();
      // Howler.volume() makes the AudioContext if there is none yet: the costliest piece, alone. The
      // first Howl would then run Howler's unlock, which (at a sample rate other than 44.1 kHz, as on
      // most phones and PCs) closes that context and makes a new one: that too gets a task of its own.
      const unlock = (howler.Howler as unknown as { _unlockAudio?: () => void })._unlockAudio;
      const steps = [
        () => howler.Howler.volume(),
        () => unlock?.call(howler.Howler),
        ...EFFECTS.map((name) => () => this.effect(howler, name)),
      ];
      for (const step of steps) {
        await nextTask();
        if (this.disposed) return;
        step();
      }
    })();
    return this.preloading;
  }

  warmUp(): Promise<void> {
    // Listing the devices (no permission asked, no prompt) starts the audio service off the main
    // thread; the AudioContext Howler makes later then takes a few ms. Not offered outside https.
    const devices = (globalThis.navigator as Navigator | undefined)?.mediaDevices;
    if (typeof devices?.enumerateDevices === 'function') devices.enumerateDevices().catch(() => []);
    return loadHowler().then((howler) => {
      if (!this.disposed) this.applyMute(howler);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.stopMusic();
    for (const howl of this.effects.values()) howl.unload();
    this.effects.clear();
    this.music?.unload();
    this.music = null;
    this.musicId = null;
  }
}
