// The bench's baseline: an empty default Phaser 4 game from the package's default entry.
// It marks `<html data-ready="first-frame">` once its first frame has been drawn, which
// stands for "first question can be answered" when comparing it with the game.
import * as Phaser from 'phaser';

class EmptyScene extends Phaser.Scene {
  create(): void {
    // create() runs inside a game step; the frame is drawn at the end of that step, so the
    // next animation frame comes after the first rendered one.
    requestAnimationFrame(() => {
      document.documentElement.dataset.ready = 'first-frame';
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, scene: EmptyScene });
