import { describe, expect, it } from 'vitest';
import { ScreenNavigator, type ScreenSurface } from '../../src/app/navigator.ts';
import type { Screen, ScreenChange } from '../../src/ports/screen.ts';

function surface(log: string[]): ScreenSurface & { shown: unknown[] } {
  const shown: unknown[] = [];
  return {
    shown,
    root: {
      replaceChildren: (...nodes: unknown[]) => {
        log.push('replace');
        shown.splice(0, shown.length, ...nodes);
      },
    },
    body: { dataset: {} },
    html: { dataset: {} },
  };
}

function screen(name: string, log: string[]): Screen {
  return {
    el: { dataset: {} } as HTMLElement,
    mount: () => log.push(`mount ${name}`),
    unmount: () => log.push(`unmount ${name}`),
  };
}

describe('ScreenNavigator: the one screen switch', () => {
  it('swaps the old screen out, mounts the new one, then tells subscribers which screen came after which', () => {
    const log: string[] = [];
    const page = surface(log);
    const nav = new ScreenNavigator(page);
    const changes: ScreenChange[] = [];
    nav.onScreenChanged((c) => {
      changes.push(c);
      log.push(`changed ${c.id}`);
    });
    expect(nav.current()).toBeNull();

    const title = screen('title', log);
    nav.show('title', title);
    const round = screen('round', log);
    nav.show('round', round);

    expect(log).toEqual([
      'replace',
      'mount title',
      'changed title',
      'unmount title',
      'replace',
      'mount round',
      'changed round',
    ]);
    expect(changes).toEqual([
      { id: 'title', previous: null },
      { id: 'round', previous: 'title' },
    ]);
    expect(nav.current()).toBe('round');
    expect(page.shown).toEqual([round.el]);
  });

  it('writes the id for CSS and tests: the screen root, body layout and html ready', () => {
    const page = surface([]);
    const nav = new ScreenNavigator(page);
    const s = screen('summary', []);
    nav.show('summary', s);
    expect(s.el.dataset.screen).toBe('summary');
    expect(page.body.dataset.layout).toBe('summary');
    expect(page.html.dataset.ready).toBe('summary');
  });

  it('an unsubscribed listener hears nothing more; one unsubscribing mid-announcement does not stop the others', () => {
    const nav = new ScreenNavigator(surface([]));
    const heard: string[] = [];
    const offA = nav.onScreenChanged(({ id }) => {
      heard.push(`a ${id}`);
      offA();
    });
    nav.onScreenChanged(({ id }) => heard.push(`b ${id}`));
    nav.show('title', screen('title', []));
    nav.show('settings', screen('settings', []));
    expect(heard).toEqual(['a title', 'b title', 'b settings']);
  });
  it('mounts and announces the first screen only after the first frame; a screen shown meanwhile replaces it unmounted', async () => {
    const log: string[] = [];
    let painted: () => void = () => {};
    const page = surface(log);
    const nav = new ScreenNavigator(page, () => new Promise<void>((resolve) => (painted = resolve)));
    nav.onScreenChanged(({ id, previous }) => log.push(`changed ${id} after ${previous}`));
    nav.show('title', screen('title', log));
    expect(log).toEqual(['replace']); // drawn, not yet focused or ready
    expect(page.html.dataset.ready).toBeUndefined();
    expect(nav.current()).toBe('title');
    painted();
    await Promise.resolve();
    expect(log).toEqual(['replace', 'mount title', 'changed title after null']);
    expect(page.html.dataset.ready).toBe('title');
    // Later screens are mounted at once.
    nav.show('settings', screen('settings', log));
    expect(log.slice(3)).toEqual(['unmount title', 'replace', 'mount settings', 'changed settings after title']);

    const early: string[] = [];
    let paintedEarly: () => void = () => {};
    const nav2 = new ScreenNavigator(surface(early), () => new Promise<void>((resolve) => (paintedEarly = resolve)));
    nav2.show('title', screen('title', early));
    nav2.show('round', screen('round', early)); // Play tapped before the first frame
    paintedEarly();
    await Promise.resolve();
    expect(early).toEqual(['replace', 'replace', 'mount round']);
    expect(nav2.current()).toBe('round');
  });
});
