/**
 * Where the music bed's loop lies inside music.mp3. An MP3 starts with the encoder's and
 * decoder's delay (LAME: 576 + 529 = 1,105 samples of silence, which browsers keep because the
 * file has no gapless-info header) and ends padded to a whole frame. Looping the whole file
 * would add about 0.13 s of silence each time round; looping this region (a Howler sprite,
 * sample-accurate with Web Audio) does not. test/unit/sounds.test.ts checks it against the recipe.
 */
export const MP3_DELAY_SAMPLES = 1105;
export const MUSIC_SAMPLE_RATE = 22050;
export const MUSIC_LOOP_SECONDS = 12;

export const MUSIC_LOOP_MS = {
  offset: (MP3_DELAY_SAMPLES / MUSIC_SAMPLE_RATE) * 1000,
  duration: MUSIC_LOOP_SECONDS * 1000,
} as const;
