import Phaser from 'phaser';
import { CelebrationScene } from './hud/CelebrationScene.ts';
import { CountdownScene } from './hud/CountdownScene.ts';
import { MapScene } from './map/MapScene.ts';
import { OnDemandGame } from './onDemandGame.ts';
import type { MapView } from './map/MapView.ts';

export interface World {
  game: Phaser.Game;
  map: MapView;
  countdown: CountdownScene;
}

/**
 * The Phaser side of the game: the map underneath, the countdown over it. Resolves once both
 * scenes have been created. Sound is Howler's (one AudioContext), keys are the DOM's.
 */
export function createGame(parent: HTMLElement): Promise<World> {
  return new Promise((resolve) => {
    const map = new MapScene();
    // Scenes are created in list order, so the countdown, last, is created after the map.
    const countdown = new CountdownScene(() => resolve({ game, map, countdown }));
    // Canvas 2D, drawn on demand: on machines without a usable GPU (many school laptops, and
    // headless Chromium) WebGL runs in a software emulator where one full-screen map image costs
    // ~30–100 ms a frame; Canvas 2D blits the same image in a few ms. See onDemandGame.ts.
    const game = new OnDemandGame({
      type: Phaser.CANVAS,
      parent,
      backgroundColor: '#cfe0ea',
      // The canvas follows its parent at the screen's pixel density (OnDemandGame.fitParent), not
      // through Phaser's RESIZE mode, which draws one canvas pixel per CSS pixel (blurry on a 2× phone).
      scale: { mode: Phaser.Scale.NONE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
      audio: { noAudio: true },
      // Two touch pointers: pinch zoom.
      input: { keyboard: false, activePointers: 2 },
      banner: false,
      scene: [map, new CelebrationScene(), countdown],
    });
    const fit = () => game.fitParent(parent);
    fit();
    game.events.once(Phaser.Core.Events.READY, fit);
    // Re-fit at once when the layout changes (the question card docking beside the map), when the
    // window is resized or rotated, and when it moves to a screen of another pixel density.
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(fit).observe(parent);
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
  });
}
