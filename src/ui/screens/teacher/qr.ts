import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** Light modules around the code: the QR standard asks for four. */
export const QR_QUIET_ZONE = 4;

/**
 * A QR code of `text` as an SVG (one path of dark modules on white, quiet zone included), so it
 * stays sharp at any size, on a projector too. Error correction M survives a smudged screen.
 * Null when the text is too long for any QR code.
 */
export function qrSvg(text: string, label: string): SVGSVGElement | null {
  let data: boolean[][];
  try {
    data = encode(text, { ecc: 'M', border: QR_QUIET_ZONE }).data;
  } catch {
    return null;
  }
  const size = data.length;
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.dataset.modules = String(size);
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}
