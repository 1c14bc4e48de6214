import Phaser from 'phaser';
import { ringFraction, wholeSeconds } from '../../core/round/countdown.ts';
import { SCENES } from '../keys.ts';
import { ownCanvas, pixelRatio, requestRender } from '../onDemandGame.ts';

const RADIUS = 30;
const MARGIN = 14;
const COLORS = {
  track: 0xdfe6ee,
  plenty: 0x1b7f5b,
  low: 0xb26a00,
  last: 0xb3261e,
  face: 0xffffff,
  text: '#1d2733',
  lastText: '#b3261e',
};

/**
 * The countdown: a ring that empties as time runs out, with the seconds in its middle, drawn
 * over the map's top-left corner. It shows what it is told (remaining / limit) and decides nothing.
 */
export class CountdownScene extends Phaser.Scene {
  private ring!: Phaser.GameObjects.Graphics;
  private label!: Phaser.GameObjects.Text;
  private remaining: number | null = null;
  private limit: number | null = null;
  /** What is on screen now, so a call that changes nothing visible draws nothing. */
  private shown = 'unset';

  constructor(private readonly onReady: () => void = () => {}) {
    super({ key: SCENES.countdown, active: true });
  }

  create(): void {
    // On a canvas of its own over the map: a step of the ring redraws the ring alone.
    const box = 2 * (MARGIN + RADIUS + 4);
    ownCanvas(this, box, box);
    // Drawn in CSS px at the canvas's pixel density.
    const css = () => {
      this.cameras.main.setOrigin(0, 0).setZoom(pixelRatio(this));
      requestRender(this);
    };
    css();
    this.scale.on(Phaser.Scale.Events.RESIZE, css);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, css));
    this.ring = this.add.graphics();
    this.label = this.add
      .text(0, 0, '', {
        fontFamily: 'system-ui, sans-serif',
        fontSize: '22px',
        fontStyle: 'bold',
        color: COLORS.text,
        resolution: 2,
      })
      .setOrigin(0.5);
    this.draw();
    this.onReady();
  }

  show(remainingMs: number | null, limitMs: number | null): void {
    this.remaining = remainingMs;
    this.limit = limitMs;
    if (this.ring) this.draw();
  }

  private draw(): void {
    const visible = this.remaining !== null && this.limit !== null && this.limit > 0;
    const fraction = visible ? ringFraction(this.remaining as number, this.limit as number) : 0;
    const secs = visible ? wholeSeconds(this.remaining as number) : 0;
    const key = visible ? `${fraction}|${secs}` : '';
    if (key === this.shown) return;
    this.shown = key;
    requestRender(this);
    const g = this.ring;
    g.clear();
    this.label.setVisible(visible);
    if (!visible) return;
    const x = MARGIN + RADIUS;
    const y = MARGIN + RADIUS;
    const color = secs <= 5 ? COLORS.last : fraction < 0.5 ? COLORS.low : COLORS.plenty;
    g.fillStyle(COLORS.face, 0.95).fillCircle(x, y, RADIUS + 4);
    g.lineStyle(8, COLORS.track, 1).strokeCircle(x, y, RADIUS - 2);
    g.lineStyle(8, color, 1).beginPath();
    g.arc(x, y, RADIUS - 2, -Math.PI / 2, -Math.PI / 2 + fraction * Math.PI * 2, false);
    g.strokePath();
    // Each of these re-renders the text's own canvas: only when it changes.
    const textColor = secs <= 5 ? COLORS.lastText : COLORS.text;
    if (this.label.x !== x || this.label.y !== y) this.label.setPosition(x, y);
    if (this.label.text !== String(secs)) this.label.setText(String(secs));
    if (this.label.style.color !== textColor) this.label.setColor(textColor);
  }
}
