/** The parts of the projector page: lobby, question, what the class answered, top five, podium. */
import { responseText } from '../../../core/content/describe.ts';
import { kindOf } from '../../../core/questions/registry.ts';
import { currentTexts, questionText } from '../../../i18n/texts.ts';
import type { Question, Response } from '../../../core/content/types.ts';
import type { HostIntent, HostView, PlayerRow } from '../../../core/live/protocol.ts';
import { isVerdict } from '../../../core/round/verdict.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { qrSvg } from '../teacher/qr.ts';

export type Act = (a: HostIntent) => void;

/**
 * The address students open: the laptop's address on the local network when it has one, in the game's pack
 * (a phone that comes in through another pack's page is sent to it when the game's first view arrives).
 */
export function joinUrl(code: string, lan: string[], port: number | null, pack?: string): string {
  const host = lan[0] ?? location.hostname;
  const query = pack ? `?pack=${encodeURIComponent(pack)}` : '';
  return `${location.protocol}//${host}:${port ?? location.port}/${query}#live=${code}`;
}

const SCALES: { value: string; scale: 1 | 2 | null; label: () => string }[] = [
  { value: '1', scale: 1, label: () => t('live.scale1') },
  { value: '2', scale: 2, label: () => t('live.scale2') },
  { value: 'off', scale: null, label: () => t('live.scaleOff') },
];

function playerItem(p: PlayerRow, act: Act, lobby: boolean): HTMLElement {
  const scale = h(
    'select',
    { 'data-testid': 'live-scale', 'aria-label': t('live.scaleFor', { name: p.name }), disabled: !lobby },
    ...SCALES.map((s) => h('option', { value: s.value, selected: s.scale === p.timeScale }, s.label())),
  );
  scale.addEventListener('change', () => {
    const chosen = SCALES.find((s) => s.value === scale.value);
    if (chosen) act({ action: 'scale', player: p.id, scale: chosen.scale });
  });
  return h(
    'li',
    { 'data-testid': 'live-player', 'data-connected': String(p.connected) },
    h('span', { class: 'live-name' }, p.name),
    p.connected ? null : h('span', { class: 'live-away' }, ` ${t('live.away')}`),
    ' ',
    scale,
    ' ',
    button(t('live.remove'), () => act({ action: 'remove', player: p.id }), {
      class: 'secondary small',
      'aria-label': t('live.removeName', { name: p.name }),
    }),
  );
}

export function lobbyPart(v: HostView, url: string, act: Act): HTMLElement {
  const qr = qrSvg(url, t('live.qrLabel'));
  return h(
    'section',
    { class: 'live-lobby' },
    h('p', { class: 'live-code-label' }, t('live.codeIs')),
    h('p', { class: 'live-code', 'data-testid': 'live-code-shown' }, v.code),
    qr ? h('div', { class: 'live-qr', 'data-testid': 'live-qr' }, qr) : null,
    h(
      'p',
      { class: 'live-address' },
      t('live.address'),
      ' ',
      h('strong', { 'data-testid': 'live-address' }, url.replace(/#.*$/, '')),
    ),
    h('h2', {}, t('live.players', { count: v.players.length })),
    button(t('live.start'), () => act({ action: 'start' }), {
      class: 'primary big',
      'data-testid': 'live-start',
      disabled: v.players.length === 0,
    }),
    h(
      'ul',
      { class: 'live-players', 'data-testid': 'live-players' },
      ...v.players.map((p) => playerItem(p, act, true)),
    ),
  );
}

export function questionPart(v: HostView, q: Question, act: Act, time: HTMLElement): HTMLElement {
  const text = questionText(q);
  return h(
    'section',
    { class: 'live-question' },
    h('h2', { class: 'prompt', 'data-testid': 'live-prompt' }, text.prompt),
    listedOptions(q),
    h('p', { class: 'live-time' }, time),
    h(
      'p',
      { class: 'live-answered', 'data-testid': 'live-answered' },
      t('live.answered', { n: formatNumber(v.answered), total: formatNumber(v.playing) }),
    ),
    h(
      'div',
      { class: 'live-controls' },
      button(v.paused ? t('round.resume') : t('round.pause'), () => act({ action: v.paused ? 'resume' : 'pause' }), {
        'data-testid': 'live-pause',
      }),
      button(t('live.extend'), () => act({ action: 'extend' }), { 'data-testid': 'live-extend' }),
      button(t('live.skip'), () => act({ action: 'close' }), { 'data-testid': 'live-skip' }),
      button(t('live.end'), () => act({ action: 'end' }), { 'data-testid': 'live-end' }),
    ),
    h('ul', { class: 'live-players compact' }, ...v.players.map((p) => playerItem(p, act, false))),
  );
}

/** The options the class picks among, under the prompt, when the question's type lists them (choice). */
function listedOptions(q: Question): HTMLElement | null {
  const options = kindOf(q).live.options;
  if (!options?.listed) return null;
  return h('ol', { class: 'live-choices' }, ...options.keys(q).map((key) => h('li', {}, label(q, key))));
}

/** An option in the words its response is said in (a choice's text, True/False), or a verdict's name. */
function label(q: Question, key: string): string {
  const options = kindOf(q).live.options;
  if (options)
    return responseText(
      q,
      options.response(key),
      currentTexts((id) => (id === q.id ? q : undefined)),
    );
  return isVerdict(key) ? t(`feedback.${key}`, { percent: '' }).replace(/\s*\(\s*%\)/, '') : key;
}

function isRight(q: Question, key: string, correct: Response | null): boolean {
  const options = kindOf(q).live.options;
  if (options) return correct !== null && key === options.keyOf(correct);
  return key === 'right';
}

export function revealPart(v: HostView, q: Question, rightText: string, act: Act): HTMLElement {
  const d = v.distribution;
  const counts = Object.entries(d?.counts ?? {});
  const most = Math.max(1, ...counts.map(([, n]) => n));
  const last = v.index + 1 >= v.count;
  return h(
    'section',
    { class: 'live-reveal' },
    h('h2', { class: 'prompt' }, questionText(q).prompt),
    h(
      'p',
      { class: 'live-right-answer', 'data-testid': 'live-right-answer' },
      t('live.rightAnswer', { answer: rightText }),
    ),
    h(
      'ul',
      { class: 'live-bars', 'data-testid': 'live-distribution' },
      ...counts.map(([key, n]) =>
        h(
          'li',
          { class: isRight(q, key, v.correct) ? 'right' : '' },
          h('span', { class: 'live-bar-label' }, label(q, key)),
          bar(n / most),
          h('span', { class: 'live-bar-count' }, formatNumber(n)),
        ),
      ),
    ),
    d && d.missed > 0 ? h('p', {}, t('live.missed', { count: d.missed })) : null,
    d && d.picks.length > 0 ? h('p', {}, t('live.picks', { count: d.picks.length })) : null,
    topPart(v),
    button(last ? t('live.podium') : t('round.next'), () => act({ action: 'next' }), {
      class: 'primary big',
      'data-testid': 'live-next',
    }),
    button(t('live.end'), () => act({ action: 'end' }), { 'data-testid': 'live-end', class: 'secondary' }),
  );
}

/** A bar as wide as its share (set through the CSSOM: the page's CSP refuses style attributes). */
function bar(share: number): HTMLElement {
  const el = h('span', { class: 'live-bar' });
  el.style.width = `${Math.round(share * 100)}%`;
  return el;
}

function topPart(v: HostView): HTMLElement {
  return h(
    'section',
    { class: 'live-top' },
    h('h3', {}, t('live.top')),
    h(
      'ol',
      { 'data-testid': 'live-top' },
      ...v.top.map((p) => h('li', {}, h('span', { class: 'live-name' }, p.name), ` ${formatNumber(p.score)}`)),
    ),
  );
}

export function podiumPart(v: HostView, sent: number | null, openResults: () => void, home: () => void): HTMLElement {
  return h(
    'section',
    { class: 'live-podium' },
    h('h2', {}, t('live.podiumTitle')),
    h(
      'ol',
      { class: 'live-podium-list', 'data-testid': 'live-podium' },
      ...v.top
        .slice(0, 3)
        .map((p, i) =>
          h('li', { class: `place-${i + 1}` }, h('span', { class: 'live-name' }, p.name), ` ${formatNumber(p.score)}`),
        ),
    ),
    sent !== null ? h('p', { 'data-testid': 'live-sent', role: 'status' }, t('live.sent', { count: sent })) : null,
    button(t('classResults.open'), openResults, { class: 'primary', 'data-testid': 'live-class-results' }),
    button(t('live.back'), home, { class: 'secondary' }),
  );
}
