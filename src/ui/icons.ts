/**
 * Icons drawn as inline SVG, so they need no font: symbol characters such as ⏱ or ⚠ show as an empty box
 * on a machine without an emoji or symbol font. Each icon is decoration (`aria-hidden`); the words beside
 * it carry the meaning for screen readers. Colour follows the text (`currentColor`).
 */
import type { Verdict } from '../core/round/verdict.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** One shape: a path, stroked unless `fill` says otherwise. */
interface Shape {
  d: string;
  fill?: boolean;
}

const SHAPES = {
  check: [{ d: 'M3 8.5l3.2 3.2L13 4.8' }],
  cross: [{ d: 'M4 4l8 8M12 4l-8 8' }],
  partial: [{ d: 'M8 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12Z' }, { d: 'M8 2a6 6 0 0 1 0 12Z', fill: true }],
  timer: [{ d: 'M8 3.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11Z' }, { d: 'M8 9V6.3M6.3 1.5h3.4M12.4 4.1l1.1-1.1' }],
  warning: [{ d: 'M8 1.8L14.6 13.8H1.4Z' }, { d: 'M8 6.2v3.6M8 11.9v.1' }],
  star: [{ d: 'M8 1.6l1.9 4.1 4.5.5-3.3 3.1.9 4.4L8 11.5l-4 2.2.9-4.4-3.3-3.1 4.5-.5Z', fill: true }],
  swap: [{ d: 'M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13' }],
  up: [{ d: 'M8 13.5v-11M3.5 7L8 2.5 12.5 7' }],
  down: [{ d: 'M8 2.5v11M3.5 9L8 13.5 12.5 9' }],
  refresh: [{ d: 'M13.2 8A5.2 5.2 0 1 1 11.7 4.3M13.5 1.8v3.5H10' }],
} satisfies Record<string, Shape[]>;

export type IconName = keyof typeof SHAPES;

/** The icon of each verdict, wherever an answer is marked (feedback, summary, live phone, class grid). */
export const VERDICT_ICONS: Record<Verdict, IconName> = {
  right: 'check',
  partial: 'partial',
  wrong: 'cross',
  timeout: 'timer',
};

/** Each icon made once per document; later ones are copies (a copy costs less than a dozen setAttribute calls). */
const made = new WeakMap<Document, Map<IconName, SVGSVGElement>>();

/** An inline SVG icon, 1em square, hidden from assistive technology. */
export function icon(name: IconName): SVGSVGElement {
  const mine = made.get(document) ?? new Map<IconName, SVGSVGElement>();
  made.set(document, mine);
  const svg = mine.get(name) ?? makeIcon(name);
  mine.set(name, svg);
  return svg.cloneNode(true) as SVGSVGElement;
}

function makeIcon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({
    viewBox: '0 0 16 16',
    width: '1em',
    height: '1em',
    class: `svg-icon svg-icon-${name}`,
    'aria-hidden': 'true',
    focusable: 'false',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  }))
    svg.setAttribute(k, v);
  svg.dataset.icon = name;
  for (const shape of SHAPES[name] as Shape[]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', shape.d);
    if (shape.fill) {
      path.setAttribute('fill', 'currentColor');
      path.setAttribute('stroke', 'none');
    }
    svg.append(path);
  }
  return svg;
}
