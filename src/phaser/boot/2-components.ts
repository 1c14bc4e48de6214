/** Stage 2 of evaluating Phaser (see 1-renderer.ts): the game object components (Class, mixins). */
import './1-renderer.ts';
import 'phaser-src/gameobjects/components/index.js';
import { nextTask } from '../../ports/nextTask.ts';

await nextTask();
