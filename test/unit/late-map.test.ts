import { describe, expect, it } from 'vitest';
import { LateCountdown, LateMap, type MapTarget } from '../../src/app/lateMap.ts';
import { offeredPlaces } from '../../src/geo/offered.ts';
import { placeIndex } from '../../src/geo/placeIds.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import type { MapPick } from '../../src/ports/map.ts';

/** A map view that records what it was told, and can report a pick as a click would. */
function fakeMap() {
  const calls: string[] = [];
  const picks = new Set<(p: MapPick) => void>();
  const target: MapTarget & { click(p: MapPick): void } = {
    setNames: (n) => calls.push(`names ${Object.keys(n).length}`),
    setReducedMotion: (r) => calls.push(`motion ${r}`),
    setLayers: (l) => calls.push(`layers ${JSON.stringify(l)}`),
    setInteraction: (m) => calls.push(`interaction ${m.kind}`),
    onPick: (cb) => {
      picks.add(cb);
      return () => picks.delete(cb);
    },
    showOutcome: (o) => calls.push(`outcome ${o.correct.join()}|${o.wrong.join()}`),
    clearOutcome: () => calls.push('clear'),
    focusPlace: (id) => calls.push(`focus ${id}`),
    countryIds: () => [],
    cityIds: () => [],
    offeredPlaces: () => [],
    setStageData: () => calls.push('stage data'),
    stage: (r) => calls.push(`stage ${r ? `${r.question.fact} ${r.phase}` : 'none'}`),
    zoomBy: (f) => calls.push(`zoom ${f}`),
    panBy: (dx, dy) => calls.push(`pan ${dx},${dy}`),
    resetView: () => calls.push('reset'),
    celebrate: (level) => calls.push(`celebrate ${level}`),
    click: (p) => {
      for (const cb of picks) cb(p);
    },
  };
  return { target, calls };
}

describe('the map before Phaser has loaded (LateMap)', () => {
  it('hands the real map the latest of everything the screens asked for, once, when it arrives', () => {
    const late = new LateMap();
    late.setNames({ NER: 'Niger', MLI: 'Mali' });
    late.setReducedMotion(true);
    late.setLayers({ countryLabels: false, cityLabels: false });
    late.setLayers({ cityLabels: true });
    late.setInteraction({ kind: 'point' });
    late.setInteraction({ kind: 'country' });
    late.showOutcome({ correct: ['NER'], wrong: ['MLI'] });
    late.focusPlace('NER');
    const { target, calls } = fakeMap();
    late.attach(target);
    expect(calls).toEqual([
      'names 2',
      'motion true',
      'layers {"countryLabels":false,"cityLabels":true}',
      'interaction country',
      'outcome NER|MLI',
      'focus NER',
    ]);
    // From now on every call goes straight through.
    late.clearOutcome();
    late.focusPlace(null);
    expect(calls.slice(-2)).toEqual(['clear', 'focus null']);
  });

  it('does not replay an outcome that was cleared before the map arrived', () => {
    const late = new LateMap();
    late.showOutcome({ correct: ['NER'], wrong: [] });
    late.clearOutcome();
    const { target, calls } = fakeMap();
    late.attach(target);
    expect(calls.some((c) => c.startsWith('outcome'))).toBe(false);
  });

  it('passes picks on the real map to listeners subscribed before it existed, until they unsubscribe', () => {
    const late = new LateMap();
    const got: MapPick[] = [];
    const off = late.onPick((p) => got.push(p));
    const { target } = fakeMap();
    late.attach(target);
    target.click({ kind: 'place', id: 'NER' });
    off();
    target.click({ kind: 'place', id: 'MLI' });
    expect(got).toEqual([{ kind: 'place', id: 'NER' }]);
  });

  it('says when the map takes clicks: not before it arrives, once when it does, at once afterwards', () => {
    const late = new LateMap();
    let ready = 0;
    let cancelled = 0;
    late.whenPickable(() => ready++);
    const cancel = late.whenPickable(() => cancelled++);
    cancel();
    expect(late.canPick()).toBe(false);
    expect(ready).toBe(0);
    late.attach(fakeMap().target);
    expect(late.canPick()).toBe(true);
    expect([ready, cancelled]).toEqual([1, 0]);
    let later = 0;
    late.whenPickable(() => later++);
    expect(later).toBe(1);
  });

  it('stops waiting when the map fails to load, without claiming it takes clicks', () => {
    const late = new LateMap();
    let settled = 0;
    late.whenPickable(() => settled++);
    late.fail();
    expect(settled).toBe(1);
    expect(late.canPick()).toBe(false);
    late.whenPickable(() => settled++);
    expect(settled).toBe(2);
  });

  it("knows the map's own places without the map: the same ids, and the same list a map question offers", () => {
    const map = sahelMap();
    const late = new LateMap();
    expect(late.countryIds()).toEqual(map.countries.map((c) => c.id));
    expect(late.cityIds()).toEqual(map.cities.map((c) => c.id));
    for (const kind of ['countries', 'cities'] as const) {
      expect(late.offeredPlaces(kind)).toEqual(offeredPlaces(map.countries, map.cities, kind));
    }
    // The region only: Niger and Niamey are offered, France and Cairo are not.
    expect(late.offeredPlaces('countries')).toContain('NER');
    expect(late.offeredPlaces('countries')).not.toContain('FRA');
    expect(late.offeredPlaces('cities')).toContain('niamey');
    expect(late.offeredPlaces('cities')).not.toContain('cairo');
    expect(placeIndex().countries.length).toBe(map.countries.length);
  });
});

describe('the countdown before Phaser has loaded (LateCountdown)', () => {
  it('draws the latest figures when the ring arrives, then forwards', () => {
    const late = new LateCountdown();
    const shown: [number | null, number | null][] = [];
    late.show(20_000, 20_000);
    late.show(18_500, 20_000);
    late.attach({ show: (r, l) => shown.push([r, l]) });
    late.show(null, null);
    expect(shown).toEqual([
      [18_500, 20_000],
      [null, null],
    ]);
  });
});

describe('the stage before the map exists', () => {
  it('hands the real map the pack’s stage data and the latest stage request; a celebration is not replayed', () => {
    const late = new LateMap();
    late.setStageData({ regions: [], facts: {} });
    late.stage({ question: { fact: 'a' }, phase: 'asking' });
    late.stage({ question: { fact: 'b' }, phase: 'reveal' });
    late.celebrate(3);
    late.zoomBy(2);
    const { target, calls } = fakeMap();
    late.attach(target);
    expect(calls.filter((c) => c.startsWith('stage') || c.startsWith('celebrate') || c.startsWith('zoom'))).toEqual([
      'stage data',
      'stage b reveal',
    ]);
    late.resetView();
    late.celebrate(2);
    expect(calls.slice(-2)).toEqual(['reset', 'celebrate 2']);
  });
});
