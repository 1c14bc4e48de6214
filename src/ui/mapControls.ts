import { onLanguageChanged, t } from '../i18n/index.ts';
import { button, h } from './dom.ts';
import type { MapPort } from '../ports/map.ts';
import type { ScreenEvents } from '../ports/screen.ts';
import './mapControls.css';

/** One press of + or −, and one arrow-key step (CSS px). */
const ZOOM_STEP = 1.6;
const PAN_STEP = 90;
/** Focused elements whose arrow keys mean something else. */
const ARROW_USERS =
  '.places, .timeline, [role="listbox"], [role="radiogroup"], [role="slider"], [role="menu"], [role="tablist"], [role="grid"]';

type Camera = Pick<MapPort, 'zoomBy' | 'panBy' | 'resetView'>;

/**
 * Zoom and reset buttons in the map's corner (shown during a round and on a live game's phone), and the keys: + and − zoom
 * anywhere but in a text field or slider; the arrow keys pan unless what has focus uses them
 * (the places list, a slider and the timeline keep their arrows). Pinch, drag and the wheel are the
 * map scene's own (scenes/map/MapInput.ts).
 */
export function mountMapControls(stage: HTMLElement, camera: Camera, screens: ScreenEvents): HTMLElement {
  const zoomIn = button('+', () => camera.zoomBy(ZOOM_STEP), {
    class: 'map-zoom-in',
    'aria-label': t('mapControls.zoomIn'),
    title: t('mapControls.zoomIn'),
    'aria-keyshortcuts': '+',
    'data-testid': 'map-zoom-in',
  });
  const zoomOut = button('−', () => camera.zoomBy(1 / ZOOM_STEP), {
    class: 'map-zoom-out',
    'aria-label': t('mapControls.zoomOut'),
    title: t('mapControls.zoomOut'),
    'aria-keyshortcuts': '-',
    'data-testid': 'map-zoom-out',
  });
  const reset = button(t('mapControls.resetShort'), () => camera.resetView(), {
    class: 'map-reset',
    title: t('mapControls.reset'),
    'data-testid': 'map-reset',
  });
  const el = h(
    'div',
    { class: 'map-controls', role: 'group', 'aria-label': t('mapControls.group'), title: t('mapControls.hint') },
    zoomIn,
    zoomOut,
    reset,
  );
  document.body.append(el);

  sitInCorner(el, stage, screens);

  // Words follow the language.
  const relabel = () => {
    zoomIn.setAttribute('aria-label', t('mapControls.zoomIn'));
    zoomIn.title = t('mapControls.zoomIn');
    zoomOut.setAttribute('aria-label', t('mapControls.zoomOut'));
    zoomOut.title = t('mapControls.zoomOut');
    reset.textContent = t('mapControls.resetShort');
    reset.title = t('mapControls.reset');
    el.setAttribute('aria-label', t('mapControls.group'));
    el.title = t('mapControls.hint');
  };

  window.addEventListener('keydown', (ev) => {
    if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (screens.current() !== 'round' && screens.current() !== 'live-phone') return;
    const target = ev.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable], [role="dialog"]')) return;
    if (ev.key === '+' || ev.key === '=') camera.zoomBy(ZOOM_STEP);
    else if (ev.key === '-' || ev.key === '_' || ev.key === '−') camera.zoomBy(1 / ZOOM_STEP);
    else if (ev.key.startsWith('Arrow')) {
      // Arrows stay with what uses them: the places list, the timeline, any list, slider or menu.
      if (target?.closest(ARROW_USERS)) return;
      const d = {
        ArrowLeft: [PAN_STEP, 0],
        ArrowRight: [-PAN_STEP, 0],
        ArrowUp: [0, PAN_STEP],
        ArrowDown: [0, -PAN_STEP],
      }[ev.key];
      if (!d) return;
      camera.panBy(d[0]!, d[1]!);
    } else return;
    ev.preventDefault();
  });
  onLanguageChanged(relabel);
  return el;
}

/** Keeps `el` in the map's bottom-right corner, wherever the layout puts the map. */
function sitInCorner(el: HTMLElement, stage: HTMLElement, screens: ScreenEvents): void {
  // Every size is read before anything is written: a read after the first write would lay the page out again.
  const place = () => {
    const [r, width, height] = [stage.getBoundingClientRect(), el.offsetWidth, el.offsetHeight];
    el.style.left = `${Math.max(0, r.right - width - 8)}px`;
    el.style.top = `${Math.max(0, r.bottom - height - 8)}px`;
  };
  // First placed by the observer's first report, which comes in the next frame after its layout
  // (and before its paint): measuring here would lay the page out in this task (a 40–90 ms one at
  // CPU ×4, issue 20).
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(place).observe(stage);
  else place();
  window.addEventListener('resize', place);
  // A new screen may move the map: placed in the next frame, whose layout is done anyway, not by
  // forcing one in the task that switched screens (a tap's task: issue 20).
  screens.onScreenChanged(inNextFrame(place));
}

/** `run` in the next animation frame (once however often asked before it); at once where there are no frames. */
function inNextFrame(run: () => void): () => void {
  let frame = 0;
  return () => {
    if (typeof requestAnimationFrame !== 'function') return run();
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(run);
  };
}
