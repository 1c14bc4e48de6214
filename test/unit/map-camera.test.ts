import { describe, expect, it } from 'vitest';
import stage from '../../content/niger-coup-2023/stage.json';
import { celebrationLevel } from '../../src/core/round/reward.ts';
import type { RoundState } from '../../src/core/round/types.ts';
import { CONFETTI_COUNT, confetti } from '../../src/scenes/hud/confetti.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import { stagePlan, type StageData } from '../../src/geo/stage.ts';
import { CameraRig, TAP_SLOP } from '../../src/scenes/map/CameraRig.ts';

const vp = { x: 0, y: 0, width: 390, height: 390 };

function rig(): CameraRig {
  const r = new CameraRig();
  r.setViewport(vp, 12);
  return r;
}

describe('the camera rig: gestures are not taps', () => {
  it('a press released where it started is a tap and moves nothing', () => {
    const r = rig();
    const before = { ...r.view };
    r.down(1, 100, 100);
    r.move(1, 100 + TAP_SLOP / 2, 100, 10);
    expect(r.up(1, 20)).toBe('tap');
    expect(r.view).toEqual(before);
  });

  it('a drag pans the map and is never a pick', () => {
    const r = rig();
    const before = { ...r.view };
    r.down(1, 100, 100);
    for (let x = 100; x <= 200; x += 10) r.move(1, x, 100, x);
    expect(r.up(1, 300)).toBe('gesture');
    expect(r.view.lon).toBeLessThan(before.lon); // dragged right: what lies west comes into view
    expect(r.view.zoom).toBe(before.zoom);
  });

  it('two fingers spreading apart zoom in, and neither finger picks when lifted', () => {
    const r = rig();
    const z0 = r.view.zoom;
    r.down(1, 150, 200);
    r.down(2, 240, 200);
    for (let d = 0; d <= 60; d += 10) {
      r.move(1, 150 - d, 200, d);
      r.move(2, 240 + d, 200, d);
    }
    expect(r.view.zoom).toBeGreaterThan(z0 * 1.8);
    expect(r.up(2, 100)).toBe('gesture');
    expect(r.up(1, 110)).toBe('gesture');
    // The next press is a tap again.
    r.down(3, 50, 50);
    expect(r.up(3, 200)).toBe('tap');
  });

  it('flies smoothly to a frame, or jumps there at once under reduced motion', () => {
    const box = { west: -6, south: 6, east: 14, north: 18 };
    const a = rig();
    a.frame(box, 0, false);
    a.step(100);
    const mid = { ...a.view };
    a.step(10_000);
    expect(mid.lon).not.toBeCloseTo(a.view.lon, 3);
    expect(a.settled(10_000 + 500)).toBe(true);
    const b = rig();
    b.frame(box, 0, true);
    expect(b.step(1)).toBe(false);
    expect(b.view).toEqual(a.view);
  });
});

describe('a question that is not a map question frames its story', () => {
  it('frames Niamey for a protest question, names it, hides nothing', () => {
    const plan = stagePlan(
      { question: { fact: 'protest-french-embassy' }, phase: 'asking' },
      sahelMap(),
      stage as unknown as StageData,
    );
    expect(plan.name).toContain('niamey');
    const { frame } = plan;
    expect(2.11).toBeGreaterThan(frame.west);
    expect(2.11).toBeLessThan(frame.east);
    expect(13.51).toBeGreaterThan(frame.south);
    expect(13.51).toBeLessThan(frame.north);
    // France is named (in view or not) but does not pull the camera to Europe.
    expect(frame.north).toBeLessThan(30);
    expect(plan.hide).toEqual({ countries: false, cities: false });
  });

  it('frames the answer tightly in the reveal, with the player’s wrong pick in view', () => {
    const plan = stagePlan(
      {
        question: { fact: 'burkina-location', mode: 'country', targets: ['BFA'] },
        phase: 'reveal',
        given: ['TGO'],
      },
      sahelMap(),
      stage as unknown as StageData,
    );
    expect(plan.frame.east - plan.frame.west).toBeLessThan(20);
    expect(plan.name).toEqual(expect.arrayContaining(['BFA', 'TGO']));
  });
});

describe('the end of a round celebrates in proportion', () => {
  // A finished round of these answers (only the config's question count and the answers matter here).
  const answers = (cs: number[]): RoundState =>
    ({
      config: { questionIds: cs.map((_, i) => `q${i}`) },
      answers: cs.map((c, i) => ({ questionId: `q${i}`, response: null, correctness: c, points: 0, timeMs: 0 })),
    }) as unknown as RoundState;
  it('nothing right: nothing; some: a little; most: more; nearly all: the most', () => {
    expect(celebrationLevel(answers([]))).toBe(0);
    expect(celebrationLevel(answers([0, 0, 0]))).toBe(0);
    expect(celebrationLevel(answers([1, 0, 0, 0]))).toBe(1);
    expect(celebrationLevel(answers([1, 1, 0.5, 0]))).toBe(2);
    expect(celebrationLevel(answers([1, 1, 1, 1, 1, 1, 1, 0.5]))).toBe(3);
  });
  it('throws more confetti for a higher level, the same burst for the same seed', () => {
    const size = { width: 390, height: 400 };
    expect([0, 1, 2, 3].map((l) => confetti(l, size).length)).toEqual([...CONFETTI_COUNT]);
    expect(confetti(2, size, 7)).toEqual(confetti(2, size, 7));
  });
});
