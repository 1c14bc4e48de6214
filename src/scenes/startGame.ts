import Phaser from 'phaser';
import { CelebrationScene } from './hud/CelebrationScene.ts';
import { CountdownScene } from './hud/CountdownScene.ts';
import { MapScene } from './map/MapScene.ts';
import type { loadMap, MapDataSource } from './map/load/loadMap.ts';
import { OnDemandGame } from './onDemandGame.ts';
import type { MapView } from './map/MapView.ts';
import { forEachSliced, yieldToMain } from './map/load/yieldToMain.ts';
import { mercatorRings } from '../geo/hitTest.ts';
import { taskAfterFrames } from '../ports/nextTask.ts';

export interface World {
  game: Phaser.Game;
  map: MapView;
  countdown: CountdownScene;
  /** Where the map data was decoded: a Web Worker, or main-thread slices when no worker could run. */
  mapSource: MapDataSource;
}

/**
 * Boots Phaser once its code has been evaluated (createGame.ts): the map underneath, the countdown
 * over it. Resolves once both scenes have been created. Sound is Howler's (one AudioContext), keys
 * are the DOM's.
 *
 * Cut into separate tasks so the page answers a tap at every moment: the map data is decoded in a
 * Web Worker while Phaser boots; the scenes are added when it arrives, each created on its own
 * frame (see README, "Performance").
 */
export async function startGame(parent: HTMLElement, mapData: ReturnType<typeof loadMap>): Promise<World> {
  // Canvas 2D, drawn on demand: on machines without a usable GPU (many school laptops, and
  // headless Chromium) WebGL runs in a software emulator where one full-screen map image costs
  // ~30–100 ms a frame; Canvas 2D blits the same image in a few ms. See onDemandGame.ts.
  const game = new OnDemandGame({
    type: Phaser.CANVAS,
    parent,
    // Transparent: the still map is a DOM layer under this canvas (map/StillLayer.ts).
    transparent: true,
    // The canvas follows its parent at the screen's pixel density (OnDemandGame.fitParent), not
    // through Phaser's RESIZE mode, which draws one canvas pixel per CSS pixel (blurry on a 2× phone).
    scale: { mode: Phaser.Scale.NONE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    audio: { noAudio: true },
    // Two touch pointers: pinch zoom.
    input: { keyboard: false, activePointers: 2 },
    banner: false,
    scene: [],
  });
  const fit = () => game.fitParent(parent);
  fit();
  game.events.once(Phaser.Core.Events.READY, fit);
  // Re-fit at once when the layout changes (the question card docking beside the map), when the
  // window is resized or rotated, and when it moves to a screen of another pixel density.
  // The observer tells of a new size inside a frame's task, after its layout: the canvas is resized
  // and the map re-fitted in a task of its own, not in that frame (for one frame the map is shown as
  // it was, cut to the new size, and a tap picks what is shown).
  let fitting = false;
  const fitSoon = (): void => {
    if (fitting) return;
    fitting = true;
    void taskAfterFrames().then(() => {
      fitting = false;
      fit();
    });
  };
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(fitSoon).observe(parent);
  window.addEventListener('resize', fit);
  const watchDensity = () => {
    const query = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener(
      'change',
      () => {
        fit();
        watchDensity();
      },
      { once: true },
    );
  };
  watchDensity();
  const { data, source } = await mapData;
  // Each country in Mercator units, a few per task: the scene's first fit is then a scale and a
  // shift per point (it was a third of the task that creates the scene).
  await forEachSliced(data.countries, (c) => mercatorRings(c));
  await yieldToMain();
  const map = new MapScene(data);
  await new Promise<void>((created) => {
    const check = (): void => {
      if (!map.canPick()) return;
      game.events.off(Phaser.Core.Events.POST_STEP, check);
      created();
    };
    game.events.on(Phaser.Core.Events.POST_STEP, check);
    game.scene.add(map.sys.settings.key, map, true);
    // The loop may sleep while nothing is on the game (OnDemandGame); a scene is started by a step.
    game.wake();
  });
  await yieldToMain();
  // Added after the map, so drawn over it, each created on a frame of its own: the confetti, then the countdown.
  const celebration = new CelebrationScene();
  game.scene.add(celebration.sys.settings.key, celebration, true);
  game.wake();
  await yieldToMain();
  return new Promise((resolve) => {
    const countdown = new CountdownScene(() => resolve({ game, map, countdown, mapSource: source }));
    game.scene.add(countdown.sys.settings.key, countdown, true);
    game.wake();
  });
}
