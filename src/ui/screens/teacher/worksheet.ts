/**
 * A round as a paper worksheet in its language: the questions (a blank map with numbered points for
 * map questions, drawn from the game's own map data), then the answer key on a page of its own.
 * Printed through the teacher page's print stylesheet. Loaded only when a teacher opens it.
 */
import { currentTexts } from '../../../i18n/texts.ts';
import type { ContentPack } from '../../../core/content/types.ts';
import { exportItems, mapOptions, type ExportItem, type MapPlace } from '../../../core/export/items.ts';
import { exportWords } from '../../../core/export/words.ts';
import { mapAsk } from '../../../core/questions/registry.ts';
import type { Assignment } from '../../../core/share/assignment.ts';
import { offeredMapPlaces } from '../../../geo/mapPlaces.ts';
import { worksheetMap } from '../../../geo/worksheetMap.ts';
import { formatNumberIn } from '../../../i18n/format.ts';
import { textsIn, type Translate, uiLookup } from '../../../i18n/index.ts';
import { h, replace } from '../../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const LETTERS = 'ABCDEFGHIJ';

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function mapFigure(places: MapPlace[], label: string): SVGElement {
  const m = worksheetMap(places);
  const svg = svgEl('svg', {
    viewBox: `0 0 ${m.width} ${m.height}`,
    role: 'img',
    'aria-label': label,
    class: 'ws-map',
  });
  svg.append(svgEl('rect', { x: 0, y: 0, width: m.width, height: m.height, fill: '#fff' }));
  for (const d of m.countries) svg.append(svgEl('path', { d, fill: '#f2f2f2', stroke: '#555', 'stroke-width': 0.7 }));
  // The frame over the land, so it shows whole (drawn first, the land covered it except at sea).
  svg.append(svgEl('rect', { x: 0, y: 0, width: m.width, height: m.height, fill: 'none', stroke: '#000' }));
  for (const p of m.points) {
    svg.append(svgEl('circle', { cx: p.x, cy: p.y, r: 3.5, fill: '#000' }));
    const text = svgEl('text', {
      x: p.x + 6,
      y: p.y - 5,
      'font-size': 15,
      'font-weight': 700,
      fill: '#000',
      stroke: '#fff',
      'stroke-width': 3,
      'paint-order': 'stroke',
    });
    text.textContent = String(p.n);
    svg.append(text);
  }
  return svg;
}

export function renderWorksheet(el: HTMLElement, a: Assignment, lng: string, pack: ContentPack, title: string): void {
  const tl = textsIn(lng);
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const texts = currentTexts((id) => byId.get(id), lng);
  const words = exportWords(uiLookup(lng), texts);
  const places = offeredMapPlaces();
  const items = exportItems({ pack, questionIds: a.questionIds, timeLimitMs: a.timeLimitMs, texts, words, places });
  const num = (n: number) => formatNumberIn(lng, n);
  const keyLines: string[] = [];
  const questions = items.map((item) => {
    const q = byId.get(item.id);
    const li = h('li', { 'data-question': item.id }, h('p', { class: 'ws-prompt' }, item.prompt));
    let key = item.answerText;
    const ask = q ? mapAsk(q) : null;
    if (ask) {
      const ids = mapOptions(ask, places);
      const pool = [...places.countries, ...places.cities];
      const at = ids.map((id) => pool.find((p) => p.id === id)).filter((p): p is MapPlace => p !== undefined);
      const numbers = at.map((_, i) => num(i + 1)).join(', ');
      li.append(
        h('p', { class: 'ws-hint' }, tl(ask.mode === 'countries' ? 'worksheet.mapHintMany' : 'worksheet.mapHint')),
        mapFigure(at, tl('worksheet.mapLabel', { numbers })),
        h('p', { class: 'ws-line' }, '______________'),
      );
      const right = at.flatMap((p, i) =>
        (ask.mode === 'countries' ? ask.targets : ask.targets.slice(0, 1)).includes(p.id) ? [num(i + 1)] : [],
      );
      key = `${item.answerText} (${tl(right.length > 1 ? 'worksheet.keyNumbers' : 'worksheet.keyNumber', { n: right.join(', ') })})`;
    } else li.append(answerSpace(item, tl, num));
    keyLines.push(key);
    return li;
  });
  replace(
    el,
    h('h1', { id: 'tp-sheet-h', tabindex: '-1', lang: lng }, tl('worksheet.heading', { title })),
    // Each field with its blank kept together: on a narrow page "Date:" never ends a line alone.
    h(
      'p',
      { class: 'ws-name', lang: lng },
      h('span', {}, tl('worksheet.nameField'), ' ______________________'),
      ' ',
      h('span', {}, tl('worksheet.dateField'), ' ____________'),
    ),
    h('ol', { class: 'ws-questions', lang: lng, 'data-testid': 'worksheet-questions' }, ...questions),
    h(
      'section',
      { class: 'ws-key', lang: lng, 'data-testid': 'worksheet-key' },
      h('h2', {}, tl('worksheet.keyHeading', { title })),
      h(
        'ol',
        {},
        ...items.map((item, i) =>
          h('li', {}, h('strong', {}, keyLines[i] ?? ''), h('span', { class: 'ws-why' }, item.feedback)),
        ),
      ),
    ),
  );
}

/** An empty tick box drawn by CSS, so print needs no symbol font. */
function box(): HTMLElement {
  return h('span', { class: 'ws-box', 'aria-hidden': 'true' });
}

function answerSpace(item: ExportItem, tl: Translate, num: (n: number) => string): HTMLElement {
  switch (item.kind) {
    case 'choice':
      return h('ul', { class: 'ws-options' }, ...item.options.map((o) => h('li', {}, box(), o.text)));
    case 'truefalse':
      return h('p', { class: 'ws-options' }, box(), tl('worksheet.true'), ' ', box(), tl('worksheet.false'));
    case 'numeric': {
      const unit = item.answerText.replace(/^[\d\s\u202f\u00a0.,-]+/, '');
      return h('p', { class: 'ws-line' }, tl('worksheet.numberLine', { unit }));
    }
    case 'ordering':
      return h(
        'div',
        {},
        h('p', { class: 'ws-hint' }, tl('worksheet.orderHint')),
        h(
          'ul',
          { class: 'ws-options' },
          ...[...item.order].sort((x, y) => x.localeCompare(y)).map((e) => h('li', {}, `___ ${e}`)),
        ),
      );
    case 'matching': {
      const speakers = [...new Set(item.pairs.map((p) => p.right))].sort((x, y) => x.localeCompare(y));
      return h(
        'div',
        {},
        h('p', { class: 'ws-hint' }, tl('worksheet.matchHint')),
        h('ul', { class: 'ws-options' }, ...item.pairs.map((p) => h('li', {}, `___ ${p.left}`))),
        h('p', { class: 'ws-speakers' }, ...speakers.map((s, i) => h('span', {}, `${LETTERS[i] ?? num(i + 1)}. ${s}`))),
      );
    }
  }
}
