import type { Screen, ScreenChange, ScreenEvents, ScreenId } from '../ports/screen.ts';

/** Where screens go and where their id is written for CSS and tests (the page's `#ui`, `body` and `html`). */
export interface ScreenSurface {
  root: Pick<HTMLElement, 'replaceChildren'>;
  body: { dataset: DOMStringMap };
  html: { dataset: DOMStringMap };
}

/**
 * The one thing that switches screens: unmounts the old one, mounts the new one, writes its id
 * for CSS (`body[data-layout]`, the screen's `data-screen`) and tests (`html[data-ready]`, set once
 * the screen is mounted and can be used), then tells every subscriber. Nothing reads those
 * attributes back: code that needs to know the screen subscribes here.
 */
export class ScreenNavigator implements ScreenEvents {
  private screen: Screen | null = null;
  private id: ScreenId | null = null;
  private readonly listeners = new Set<(change: ScreenChange) => void>();

  constructor(private readonly surface: ScreenSurface) {}

  current(): ScreenId | null {
    return this.id;
  }

  onScreenChanged(listener: (change: ScreenChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  show(id: ScreenId, next: Screen): void {
    this.screen?.unmount();
    next.el.dataset.screen = id;
    this.surface.root.replaceChildren(next.el);
    const previous = this.id;
    this.screen = next;
    this.id = id;
    this.surface.body.dataset.layout = id;
    next.mount();
    this.surface.html.dataset.ready = id;
    for (const listener of [...this.listeners]) listener({ id, previous });
  }
}

/** The page's own surface: screens in `root` (`#ui`). */
export function pageSurface(root: HTMLElement): ScreenSurface {
  return { root, body: document.body, html: document.documentElement };
}
