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

  private mounted = false;

  /**
   * `firstPaint`, when given, resolves after the page's next frame: the first screen of the visit is
   * mounted (Play focused, which lays the page out) and announced only then, so its first layout is the
   * frame's work and not a longer task of ours.
   */
  constructor(
    private readonly surface: ScreenSurface,
    private firstPaint?: () => Promise<void>,
  ) {}

  current(): ScreenId | null {
    return this.id;
  }

  onScreenChanged(listener: (change: ScreenChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  show(id: ScreenId, next: Screen): void {
    if (this.mounted) this.screen?.unmount();
    this.mounted = false;
    next.el.dataset.screen = id;
    this.surface.root.replaceChildren(next.el);
    const previous = this.id;
    this.screen = next;
    this.id = id;
    this.surface.body.dataset.layout = id;
    const firstPaint = this.firstPaint;
    this.firstPaint = undefined;
    if (!firstPaint) {
      this.settle(next, id, previous);
      return;
    }
    // A screen shown meanwhile replaces this one, which is then never mounted.
    void firstPaint().then(() => {
      if (this.screen === next && !this.mounted) this.settle(next, id, previous);
    });
  }

  private settle(next: Screen, id: ScreenId, previous: ScreenId | null): void {
    next.mount();
    this.mounted = true;
    this.surface.html.dataset.ready = id;
    for (const listener of [...this.listeners]) listener({ id, previous });
  }
}

/** The page's own surface: screens in `root` (`#ui`). */
export function pageSurface(root: HTMLElement): ScreenSurface {
  return { root, body: document.body, html: document.documentElement };
}

/**
 * Resolves in the first task after the page's next frame has been drawn (or after 100 ms, in a
 * hidden tab that draws no frames).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      // Called before the frame's style and layout: the message comes in the task after them.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        clearTimeout(timer);
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}
