import { describe, expect, test } from 'vitest';
import { displaySettings, wantsReducedMotion } from '../../src/app/displaySettings.ts';
import { defaultSettings, type Settings } from '../../src/core/settings.ts';

/** Just enough of <html> for the classes the settings set. */
function fakeRoot() {
  const classes = new Set<string>();
  return {
    classes,
    el: {
      classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c), on) },
    } as unknown as HTMLElement,
  };
}

describe('reading and motion settings applied to the page', () => {
  test('the player\'s choice wins over the system; "follow the system" follows it', () => {
    expect(wantsReducedMotion(null, true)).toBe(true);
    expect(wantsReducedMotion(null, false)).toBe(false);
    expect(wantsReducedMotion(false, true)).toBe(false);
    expect(wantsReducedMotion(true, false)).toBe(true);
  });

  test('large text and reduced motion become classes on <html> and reach the map, and come off again', () => {
    const root = fakeRoot();
    const map: boolean[] = [];
    let s: Settings = defaultSettings();
    const d = displaySettings(root.el, { setReducedMotion: (r) => map.push(r) }, () => s);
    expect([...root.classes]).toEqual([]);
    s = { ...s, largeText: true, reducedMotion: true };
    d.apply();
    expect([...root.classes].sort()).toEqual(['large-text', 'reduced-motion']);
    s = defaultSettings();
    d.apply();
    expect([...root.classes]).toEqual([]);
    expect(map).toEqual([false, true, false]);
  });
});
