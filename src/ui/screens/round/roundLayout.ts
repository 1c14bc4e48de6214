/**
 * The round screen's parts: the bar (stats, time, Pause, Stop), the map note, the question card,
 * the footer (verdict, points, Next) that never scrolls, and the pause dialog.
 */
import { t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import type { roundBarStats } from './roundBar.ts';
import type { roundClock } from './roundClock.ts';
import { quitControls } from './roundControls.ts';

export interface RoundLayout {
  root: HTMLElement;
  pauseBtn: HTMLButtonElement;
  card: HTMLElement;
  mapNote: HTMLElement;
  foot: HTMLElement;
  pausedPanel: HTMLElement;
  quit: ReturnType<typeof quitControls> | null;
  /** Fills the footer (nothing: hidden). */
  setFoot(live: (Node | null)[], next?: HTMLElement | null, parts?: HTMLElement | null): void;
  /** Fills only the footer's points breakdown (it comes a task after the verdict). */
  setParts(parts: HTMLElement | null): void;
}

function footer() {
  // The verdict is a live region; Next sits beside it, outside: focus moving to Next says it once,
  // the region does not say it again.
  const live = h('div', { class: 'foot-live', role: 'status', 'aria-live': 'polite' });
  // The points breakdown counts up: beside the live region, not in it (not said at every frame).
  const parts = h('div', { class: 'foot-parts' });
  const next = h('div', { class: 'foot-next' });
  const foot = h('div', { class: 'round-foot', 'data-testid': 'feedback', hidden: true }, live, parts, next);
  const setParts = (p: HTMLElement | null) => {
    replace(parts, p);
    parts.hidden = p === null;
  };
  const setFoot = (l: (Node | null)[], n: HTMLElement | null = null, p: HTMLElement | null = null) => {
    replace(live, ...l);
    setParts(p);
    replace(next, n);
    foot.hidden = l.length === 0 && n === null;
  };
  return { foot, setFoot, setParts };
}

export function roundLayout(o: {
  stats: ReturnType<typeof roundBarStats>;
  clock: ReturnType<typeof roundClock>;
  togglePause(): void;
  stop: (() => void) | null;
  onQuit?: () => void;
}): RoundLayout {
  const pauseBtn = button(t('round.pause'), () => o.togglePause(), {
    class: 'pause',
    'aria-keyshortcuts': 'Escape',
    'data-testid': 'pause',
  });
  const stop = o.stop;
  const stopBtn = stop ? button(t('learn.stop'), () => stop(), { class: 'stop', 'data-testid': 'stop' }) : null;
  const card = h('section', { class: 'card question', 'data-testid': 'question', 'aria-labelledby': 'prompt' });
  // The map loads behind the title screen. A map question waits for it with its clock stopped
  // (the round is paused, quietly, without the pause dialog) and is asked once the map takes clicks.
  const mapNote = h('p', { class: 'map-note', role: 'status', 'data-testid': 'map-note', hidden: true });
  const { foot, setFoot, setParts } = footer();
  const quit = o.onQuit ? quitControls(o.onQuit) : null;
  const pausedPanel = h(
    'div',
    { class: 'paused-panel', hidden: true, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'paused-title' },
    h('h2', { id: 'paused-title' }, t('round.paused')),
    button(t('round.resume'), () => o.togglePause(), { class: 'primary', 'data-testid': 'resume' }),
    quit?.el ?? null,
  );
  const root = h(
    'main',
    { class: 'screen round', 'data-screen': 'round' },
    h('h1', { class: 'visually-hidden' }, t('a11y.roundHeading')),
    h('header', { class: 'round-bar' }, ...o.stats.els, o.clock.timeText, pauseBtn, stopBtn),
    mapNote,
    card,
    foot,
    pausedPanel,
    o.clock.announce,
  );
  return { root, pauseBtn, card, mapNote, foot, pausedPanel, quit, setFoot, setParts };
}
