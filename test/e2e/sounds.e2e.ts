// The committed sounds decode in the real browser (Web Audio, as Howler uses it) to the
// lengths the recipes promise, and are not silent: a bad WAV header or an MP3 that Chromium
// cannot read would pass every node test and still give a silent game.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cp } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowserContext, type LaunchedBrowser } from './harness/browser.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';
import { MUSIC_LOOP_MS } from '../../src/audio/musicLoop.ts';

let site: string;
let server: StaticServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'sahel-sounds-'));
  await cp(new URL('../../assets/sounds/', import.meta.url), site, { recursive: true });
  await cp(new URL('../../node_modules/howler/dist/howler.min.js', import.meta.url), join(site, 'howler.min.js'));
  await writeFile(
    join(site, 'index.html'),
    '<!doctype html><title>sounds</title><link rel="icon" href="data:,"><script src="howler.min.js"></script>',
  );
  server = await serveStatic({ root: site });
  browser = await openBrowserContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
});

describe('sounds in Chromium', () => {
  test('every file decodes with Web Audio, at its length, with sound in it', async () => {
    const { page } = browser;
    await page.goto(server.url);
    const files = ['correct.wav', 'wrong.wav', 'tick.wav', 'round-end.wav', 'music.mp3'];
    const decoded = await page.evaluate(async (names) => {
      const ctx = new AudioContext();
      const out: Record<string, { seconds: number; peak: number }> = {};
      for (const name of names) {
        const bytes = await (await fetch(name)).arrayBuffer();
        const buffer = await ctx.decodeAudioData(bytes);
        let peak = 0;
        for (const x of buffer.getChannelData(0)) peak = Math.max(peak, Math.abs(x));
        out[name] = { seconds: buffer.duration, peak };
      }
      await ctx.close();
      return out;
    }, files);
    const expected: Record<string, number> = {
      'correct.wav': 0.55,
      'wrong.wav': 0.42,
      'tick.wav': 0.05,
      'round-end.wav': 1.45,
      'music.mp3': 12,
    };
    for (const file of files) {
      const d = decoded[file];
      expect(d, file).toBeDefined();
      // MP3 frames pad the end by up to a frame or two (~0.1 s at 22,050 Hz).
      expect(d?.seconds, file).toBeGreaterThanOrEqual((expected[file] ?? 0) - 0.01);
      expect(d?.seconds, file).toBeLessThan((expected[file] ?? 0) + 0.15);
      expect(d?.peak, file).toBeGreaterThan(0.2);
      expect(d?.peak, file).toBeLessThan(0.8);
    }
  });

  test('the music loop region skips the MP3 delay and holds the whole phrase', async () => {
    const { page } = browser;
    await page.goto(server.url);
    const r = await page.evaluate(async () => {
      const ctx = new AudioContext();
      const buf = await ctx.decodeAudioData(await (await fetch('music.mp3')).arrayBuffer());
      await ctx.close();
      const d = buf.getChannelData(0);
      let first = -1;
      for (let i = 0; i < d.length; i++)
        if (Math.abs(d[i] ?? 0) > 0.001) {
          first = i;
          break;
        }
      let last = -1;
      for (let i = d.length - 1; i >= 0; i--)
        if (Math.abs(d[i] ?? 0) > 0.01) {
          last = i;
          break;
        }
      return { firstMs: (first / buf.sampleRate) * 1000, lastMs: (last / buf.sampleRate) * 1000 };
    });
    // Sound begins right at the loop start (the first note's 4 ms attack), and has died
    // away before the loop end, so the jump back joins silence to the first note.
    expect(r.firstMs).toBeGreaterThanOrEqual(MUSIC_LOOP_MS.offset - 1);
    expect(r.firstMs).toBeLessThan(MUSIC_LOOP_MS.offset + 6);
    expect(r.lastMs).toBeLessThan(MUSIC_LOOP_MS.offset + MUSIC_LOOP_MS.duration);
    expect(r.lastMs).toBeGreaterThan(MUSIC_LOOP_MS.offset + MUSIC_LOOP_MS.duration - 1500);
  });

  test('Howler loads and plays an effect and the looping music bed, without errors', async () => {
    const { page } = browser; // launched with --autoplay-policy=no-user-gesture-required
    await page.goto(server.url);
    await page.evaluate(
      (loop) => {
        type H = { play(s?: string): number; playing(id?: number): boolean; seek(id?: number): number; unload(): void };
        const Howl = (window as unknown as { Howl: new (o: object) => H }).Howl;
        const snd = { errors: [] as string[], effectEnded: false, music: null as H | null, id: 0 };
        (window as unknown as { __snd: typeof snd }).__snd = snd;
        const onloaderror = (_: number, e: unknown) => snd.errors.push(`load ${String(e)}`);
        const onplayerror = (_: number, e: unknown) => snd.errors.push(`play ${String(e)}`);
        new Howl({
          src: ['correct.wav'],
          format: ['wav'],
          onloaderror,
          onplayerror,
          onend: () => {
            snd.effectEnded = true;
          },
        }).play();
        snd.music = new Howl({
          src: ['music.mp3'],
          format: ['mp3'],
          sprite: { bed: [loop.offset, loop.duration, true] },
          volume: 0.4,
          onloaderror,
          onplayerror,
        });
        snd.id = snd.music.play('bed');
      },
      { offset: MUSIC_LOOP_MS.offset, duration: MUSIC_LOOP_MS.duration },
    );
    // Waits on what is heard, not a fixed time: the effect has ended and the bed has moved past its start (or an error came).
    await page.waitForFunction((offsetS) => {
      const snd = (window as any).__snd;
      return (
        snd.errors.length > 0 || (snd.effectEnded && snd.music.playing(snd.id) && snd.music.seek(snd.id) > offsetS)
      );
    }, MUSIC_LOOP_MS.offset / 1000);
    const r = await page.evaluate(() => {
      const snd = (window as any).__snd;
      const result = {
        effectEnded: snd.effectEnded as boolean,
        musicPlaying: snd.music.playing(snd.id) as boolean,
        musicAt: snd.music.seek(snd.id) as number,
        errors: snd.errors as string[],
      };
      snd.music.unload();
      return result;
    });
    expect(r.errors).toEqual([]);
    expect(r.effectEnded).toBe(true);
    expect(r.musicPlaying).toBe(true);
    expect(r.musicAt).toBeGreaterThan(MUSIC_LOOP_MS.offset / 1000);
  });
});
