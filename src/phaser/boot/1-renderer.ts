/**
 * Phaser's code evaluated in a few tasks, not one (issue 20: no main-thread task over 50 ms).
 *
 * Phaser's CommonJS modules run on their first `require`; in one import they ran as one task of
 * ~50–70 ms at CPU ×4 (the renderer ~15 ms, the cameras and game object components ~20 ms, the rest
 * ~12 ms, plus the scenes). `phaser-custom.ts` imports the last of these stage modules first: each
 * requires the next part of Phaser, in Phaser's own order, then gives the browser a turn (a
 * top-level await, which also holds back every module that imports it). Later `require`s of the
 * same modules return what was made here. Build only, like phaser-custom.ts.
 *
 * Stage 1: the renderer. Phaser's renderer modules have a require cycle that only resolves when
 * renderer/index is entered first (see phaser-custom.ts).
 */
import 'phaser-src/renderer/index.js';
import { nextTask } from '../../ports/nextTask.ts';

await nextTask();
