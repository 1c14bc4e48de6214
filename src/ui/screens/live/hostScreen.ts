/**
 * The projector page: setup, then the server's host view drawn part by part (hostParts.ts), the
 * map beside it for map questions, the countdown, and clear messages when the connection or the
 * shared Redis store goes away. Results received are kept by the controller (app/liveHost.ts).
 */
import { mapAsk } from '../../../core/questions/registry.ts';
import { currentTexts } from '../../../i18n/texts.ts';
import { correctAnswerText } from '../../../core/content/describe.ts';
import type { Question } from '../../../core/content/types.ts';
import type { HostView, LiveHealth } from '../../../core/live/protocol.ts';
import { t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import type { MapPort } from '../../../ports/map.ts';
import type { CountdownPort } from '../../../ports/countdown.ts';
import type { Screen } from '../../../ports/screen.ts';
import { liveErrorMessage } from '../../../i18n/errorMessages.ts';
import { joinUrl, lobbyPart, podiumPart, questionPart, revealPart, type Act } from './hostParts.ts';
import './live.css';

export interface HostDeps {
  health: LiveHealth | null;
  /** The game this page hosted last (after a reload, or a server that stopped), with its results. */
  saved: { code: string; kept: number } | null;
  resume(): void;
  forget(): void;
  question(id: string): Question | undefined;
  map: MapPort;
  countdown: CountdownPort;
  start(count: number, seconds: number): void;
  act: Act;
  toClassResults(): number;
  openClassResults(): void;
  home(): void;
}

export interface HostScreen extends Screen {
  view(v: HostView): void;
  sent(count: number): void;
  status(s: 'connecting' | 'open' | 'lost', kept: number): void;
  failed(error: string, kept: number): void;
}

const COUNTS = [5, 8, 10, 15, 20];
const SECONDS = [10, 20, 30, 60];

function picker(id: string, values: number[], chosen: number, text: (n: number) => string): HTMLSelectElement {
  return h(
    'select',
    { id, 'data-testid': id },
    ...values.map((n) => h('option', { value: n, selected: n === chosen }, text(n))),
  );
}

export function hostScreen(d: HostDeps): HostScreen {
  const p = hostElements();
  let deadline: number | null = null;
  let limit = 0;
  let timer = 0;
  let sentCount: number | null = null;
  let last: HostView | null = null;
  let shownMap = '';

  function setup(): void {
    replace(p.body, d.saved ? savedPart(d, p.banner, d.saved) : null, ...setupForm(d));
  }

  function view(v: HostView): void {
    last = v;
    p.root.dataset.phase = v.phase;
    const q = v.questionId ? d.question(v.questionId) : undefined;
    deadline = v.remainingMs === null || v.paused ? null : performance.now() + v.remainingMs;
    limit = v.timeLimitMs;
    const key = `${v.phase}:${v.index}`;
    if (key !== shownMap) {
      shownMap = key;
      showMap(d.map, v, q);
    }
    if (v.cluster === 'down') showBanner(p.banner, t('live.redisDown'));
    else if (p.banner.dataset.kind === 'redis') p.banner.hidden = true;
    const parts = phaseParts(d, v, q, p.time, sentCount);
    if (parts) replace(p.body, ...parts);
    tick();
  }

  const tick = (): void => tickHost(d.countdown, p.time, last, deadline, limit);

  return {
    el: p.root,
    mount() {
      setup();
      timer = window.setInterval(tick, 250);
    },
    unmount() {
      clearInterval(timer);
      d.countdown.show(null, null);
      d.map.clearOutcome();
      d.map.setLayers({ countryLabels: true, cityLabels: true, cityMarkers: true });
    },
    view,
    sent(count) {
      sentCount = count;
    },
    status: (s, kept) => showStatus(d, p, s, kept),
    failed(error, kept) {
      p.lost.hidden = true;
      if (last === null) {
        setup();
        showBanner(p.banner, liveErrorMessage(error), 'connection');
        return;
      }
      showBanner(p.banner, t('live.serverStopped', { count: kept }), 'connection');
      replace(p.body, keptActions(d, p.banner, kept));
    },
  };
}

interface HostElements {
  root: HTMLElement;
  banner: HTMLElement;
  body: HTMLElement;
  /** While the server is out of reach: the results received so far, ready to go into Class results. */
  lost: HTMLElement;
  time: HTMLElement;
}

function hostElements(): HostElements {
  const banner = h('p', { class: 'live-banner', role: 'status', 'data-testid': 'live-host-status', hidden: true });
  const body = h('div', { class: 'live-host-body', 'data-testid': 'live-host' });
  const lost = h('div', { class: 'live-lost', hidden: true });
  const root = h(
    'main',
    { class: 'screen round live-host', 'data-screen': 'live-host' },
    h('h1', { class: 'live-title' }, t('live.hostTitle')),
    banner,
    lost,
    body,
  );
  const time = h('span', { 'data-testid': 'live-time' });
  return { root, banner, body, lost, time };
}

function showBanner(banner: HTMLElement, text: string, kind = 'redis'): void {
  banner.hidden = false;
  banner.dataset.kind = kind;
  banner.textContent = text;
}

/** The body for the view's phase, or null to leave it as it is. */
function phaseParts(
  d: HostDeps,
  v: HostView,
  q: Question | undefined,
  time: HTMLElement,
  sentCount: number | null,
): HTMLElement[] | null {
  const url = joinUrl(v.code, d.health?.lan ?? [], d.health?.port ?? null, v.pack?.id);
  if (v.phase === 'lobby') return [lobbyPart(v, url, d.act)];
  if (v.phase === 'question' && q)
    return [h('p', { class: 'live-code-small' }, v.code), questionPart(v, q, d.act, time)];
  if (v.phase === 'reveal' && q) return [revealPart(v, q, correctAnswerText(q, currentTexts(d.question)), d.act)];
  if (v.phase === 'finished') return [podiumPart(v, sentCount, d.openClassResults, d.home)];
  return null;
}

/** The map for a new phase or question: its names hidden while asked, the picks shown at the reveal. */
function showMap(map: MapPort, v: HostView, q: Question | undefined): void {
  map.clearOutcome();
  map.setInteraction({ kind: 'none' });
  const ask = q ? mapAsk(q) : null;
  if (!ask) return;
  map.setLayers(
    ask.mode === 'city' ? { cityLabels: false, cityMarkers: false } : { countryLabels: false, cityLabels: false },
  );
  if (v.phase !== 'reveal' || !v.distribution) return;
  const wrong = v.distribution.picks.flatMap((p) => ('place' in p && !ask.targets.includes(p.place) ? [p.place] : []));
  const point = v.distribution.picks.find((p) => 'lon' in p) as { lon: number; lat: number } | undefined;
  map.setLayers({ countryLabels: true, cityLabels: true, cityMarkers: true });
  map.showOutcome({ correct: [...ask.targets], wrong: [...new Set(wrong)], ...(point ? { point } : {}) });
}

function tickHost(
  countdown: CountdownPort,
  time: HTMLElement,
  last: HostView | null,
  deadline: number | null,
  limit: number,
): void {
  if (last?.phase !== 'question') {
    countdown.show(null, null);
    return;
  }
  if (last.paused) {
    time.textContent = t('live.paused');
    return;
  }
  const left = deadline === null ? 0 : Math.max(0, deadline - performance.now());
  const text = t('round.timeLeft', { seconds: Math.ceil(left / 1000) });
  if (time.textContent !== text) time.textContent = text;
  countdown.show(left, limit);
}

function showStatus(d: HostDeps, p: HostElements, s: 'connecting' | 'open' | 'lost', kept: number): void {
  if (s === 'lost') {
    showBanner(p.banner, t('live.hostLost', { count: kept }), 'connection');
    if (p.lost.hidden && kept > 0) replace(p.lost, keptActions(d, p.banner, kept));
    p.lost.hidden = kept === 0;
  } else if (s === 'open' && p.banner.dataset.kind === 'connection') {
    p.banner.hidden = true;
    p.lost.hidden = true;
  }
}

function savedPart(d: HostDeps, banner: HTMLElement, saved: { code: string; kept: number }): HTMLElement {
  const part = h(
    'section',
    { class: 'live-saved', 'data-testid': 'live-saved' },
    h('p', {}, t('live.savedGame', { code: saved.code, count: saved.kept })),
    button(t('live.resume'), () => d.resume(), { class: 'primary', 'data-testid': 'live-resume' }),
    saved.kept > 0 ? keptActions(d, banner, saved.kept) : null,
    button(
      t('live.forget'),
      () => {
        d.forget();
        part.remove();
      },
      { class: 'secondary', 'data-testid': 'live-forget' },
    ),
  );
  return part;
}

function keptActions(d: HostDeps, banner: HTMLElement, kept: number): HTMLElement {
  return h(
    'div',
    { class: 'live-kept' },
    button(
      t('live.keepResults', { count: kept }),
      () => {
        const n = d.toClassResults();
        showBanner(banner, t('live.sent', { count: n }), 'connection');
      },
      { class: 'primary', 'data-testid': 'live-keep' },
    ),
    button(t('classResults.open'), d.openClassResults, { class: 'secondary', 'data-testid': 'live-class-results' }),
  );
}

/** Setting up a new game: how many questions, how long each. */
function setupForm(d: HostDeps): HTMLElement[] {
  const count = picker('live-count', COUNTS, 8, (n) => t('round.questionCount', { count: n }));
  const seconds = picker('live-seconds', SECONDS, 20, (n) => t('live.seconds', { count: n }));
  return [
    h('p', {}, t('live.intro')),
    h('label', { for: 'live-count' }, t('live.countLabel')),
    count,
    h('label', { for: 'live-seconds' }, t('live.secondsLabel')),
    seconds,
    button(t('live.open'), () => d.start(Number(count.value), Number(seconds.value)), {
      class: 'primary big',
      'data-testid': 'live-open',
    }),
    button(t('live.back'), () => d.home(), { class: 'secondary' }),
  ];
}
