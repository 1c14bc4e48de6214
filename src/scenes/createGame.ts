import { evaluatePhaserInStages } from 'sahel:phaser-boot';
import { loadMap } from './map/load/loadMap.ts';
import { yieldToMain } from './map/load/yieldToMain.ts';
import type { World } from './startGame.ts';

export type { World } from './startGame.ts';

/**
 * The Phaser side of the game (startGame.ts), loaded so that no step is a long task: the map data is
 * decoded in a Web Worker meanwhile; Phaser's code is evaluated in stages (phaser-boot.ts), then the
 * scenes' code and the rest of Phaser, then Phaser boots — each a task of its own.
 *
 * In the build, startGame.ts is `require`d, not imported: the bundler then keeps it in this chunk
 * (fetched at once, no second download) but evaluates it only here, after the stages. `vite dev`
 * has no `require`: it imports it.
 */
export async function createGame(parent: HTMLElement): Promise<World> {
  const mapData = loadMap();
  await evaluatePhaserInStages();
  const { startGame } = import.meta.env.PROD
    ? (require('./startGame.ts') as typeof import('./startGame.ts'))
    : await import('./startGame.ts');
  await yieldToMain();
  return startGame(parent, mapData);
}
