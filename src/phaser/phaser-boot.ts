/**
 * Phaser's code evaluated in a few tasks, not one (issue 20: no main-thread task over 50 ms).
 *
 * In the build, Phaser's CommonJS modules run on their first `require`: evaluated by the module that
 * imports `phaser` (phaser-custom.ts), they ran as one task of ~50–70 ms at CPU ×4 (the renderer
 * ~15 ms, the cameras and game object components ~20 ms, the rest ~12 ms, then the scenes). Each
 * stage below requires the next part of Phaser, in Phaser's own order (renderer/index first: its
 * require cycle only resolves that way, see phaser-custom.ts), with a task between; the modules
 * importing `phaser` then find them made. Imported as 'sahel:phaser-boot' (vite-phaser-custom.ts):
 * `vite dev` runs the prebuilt package and gets a no-op instead.
 */
import { nextTask } from '../ports/nextTask.ts';

const STAGES: (() => void)[] = [
  () => require('phaser-src/renderer/index.js'),
  () => require('phaser-src/gameobjects/components/index.js'),
  () => {
    require('phaser-src/events/EventEmitter.js');
    require('phaser-src/cameras/2d/CameraManager.js');
  },
  // The scene systems and plugins every scene boots with, in phaser-custom.ts's order.
  () => {
    require('phaser-src/gameobjects/GameObjectCreator.js');
    require('phaser-src/gameobjects/GameObjectFactory.js');
    require('phaser-src/scene/ScenePlugin.js');
    require('phaser-src/gameobjects/DisplayList.js');
    require('phaser-src/gameobjects/UpdateList.js');
    require('phaser-src/time/Clock.js');
    require('phaser-src/input/InputPlugin.js');
    require('phaser-src/input/keyboard/KeyboardPlugin.js');
    require('phaser-src/loader/LoaderPlugin.js');
    require('phaser-src/tweens/TweenManager.js');
  },
  // The game (config, scale, textures, input and scene managers), then the game objects the scenes add.
  () => require('phaser-src/core/Game.js'),
  () => {
    require('phaser-src/gameobjects/graphics/Graphics.js');
    require('phaser-src/gameobjects/text/Text.js');
    require('phaser-src/gameobjects/container/Container.js');
    require('phaser-src/gameobjects/image/Image.js');
  },
];

/** Evaluates Phaser's heaviest parts, one task each; resolves in a task of its own. */
export async function evaluatePhaserInStages(): Promise<void> {
  // A turn first: the task that evaluated the map chunk and started loading the map data ends here.
  for (const stage of STAGES) {
    await nextTask();
    stage();
  }
  await nextTask();
}
