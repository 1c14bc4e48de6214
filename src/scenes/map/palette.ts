/** The map's colours: a quiet atlas palette that reads on a projector and keeps highlights obvious. */
export const PALETTE = {
  page: 0xf4f1ea,
  sea: 0xbcd8e8,
  seaGrid: 0xa9c8da,
  neatLine: 0x5d6b76,
  landFocus: 0xf3e9cf,
  landOther: 0xe3ded3,
  border: 0x9a8c74,
  coast: 0x6d8ea3,
  label: '#2b2f33',
  labelOther: '#6b6e70',
  labelHalo: '#fbf8f1',
  cityLabel: '#1f2427',
  marker: 0x2b2f33,
  markerFill: 0xffffff,
  hover: 0xfff6c2,
  hoverLine: 0x7a5c00,
  selected: 0x2f6db5,
  focus: 0x111111,
  correct: 0x1b7f3b,
  wrong: 0xc0392b,
  pin: 0x7b1fa2,
  leader: 0x5a5e61,
} as const;

/** '#rrggbb' for Canvas 2D from a Phaser colour number. */
export function css(color: number, alpha = 1): string {
  const r = (color >> 16) & 255;
  const g = (color >> 8) & 255;
  const b = color & 255;
  return alpha === 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha})`;
}
