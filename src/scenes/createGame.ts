import Phaser from 'phaser';
import { CountdownScene } from './hud/CountdownScene.ts';
import { MapScene } from './map/MapScene.ts';
import { loadMap, type MapDataSource } from './map/load/loadMap.ts';
import { OnDemandGame } from './onDemandGame.ts';
import type { MapView } from './map/MapView.ts';
import { yieldToMain } from './map/load/yieldToMain.ts';

export interface World {
  game: Phaser.Game;
  map: MapView;
  countdown: CountdownScene;
  /** Where the map data was decoded: a Web Worker, or main-thread slices when no worker could run. */
  mapSource: MapDataSource;
}

/**
 * The Phaser side of the game: the map underneath, the countdown over it. Resolves once both
 * scenes have been created. Sound is Howler's (one AudioContext), keys are the DOM's.
 *
 * Loading is cut into separate tasks so the page answers a tap at every moment: the map data is
 * decoded in a Web Worker while Phaser boots; the scenes are added when it arrives, each created
 * on its own frame (see README, "Performance").
 */
export async function createGame(parent: HTMLElement): Promise<World> {
  const mapData = loadMap();
  // Evaluating Phaser's code (the task that imported this module) and booting it: two tasks.
  await yieldToMain();
  // Canvas 2D, drawn on demand: on machines without a usable GPU (many school laptops, and
  // headless Chromium) WebGL runs in a software emulator where one full-screen map image costs
  // ~30–100 ms a frame; Canvas 2D blits the same image in a few ms. See onDemandGame.ts.
  const game = new OnDemandGame({
    type: Phaser.CANVAS,
    parent,
    backgroundColor: '#cfe0ea',
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    audio: { noAudio: true },
    input: { keyboard: false },
    banner: false,
    scene: [],
  });
  // Phaser polls its parent's size only twice a second; when a screen changes the layout (the
  // question card docking beside the map) re-fit at once, so the first click lands where the
  // player sees the map.
  // (Read the parent's new size first, as Phaser's own window-resize listener does: refresh()
  // alone would lay out with the old size and then record the new one as already seen.)
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => {
      game.scale.getParentBounds();
      game.scale.refresh();
    }).observe(parent);
  }
  const { data, source } = await mapData;
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
  });
  await yieldToMain();
  return new Promise((resolve) => {
    // Added after the map, so drawn over it; created on a frame of its own.
    const countdown = new CountdownScene(() => resolve({ game, map, countdown, mapSource: source }));
    game.scene.add(countdown.sys.settings.key, countdown, true);
  });
}
