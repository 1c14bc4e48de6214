/**
 * Stage 3 of evaluating Phaser (see 1-renderer.ts): the cameras and the scene systems every scene
 * boots with. phaser-custom.ts, which imports this first, then evaluates the rest in its own task.
 */
import './2-components.ts';
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import { nextTask } from '../../ports/nextTask.ts';

await nextTask();
