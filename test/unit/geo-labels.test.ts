import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLabels, overlaps, type LabelRequest } from '../../src/geo/labelLayout.ts';

const bounds = { x: 0, y: 0, width: 800, height: 500 };
const measure = (r: LabelRequest) => ({ width: 20 + r.id.length * 7, height: 14 });

describe('layoutLabels', () => {
  it('never lets two labels overlap, and keeps them on the map (property)', () => {
    const request = fc.record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      x: fc.double({ min: 0, max: 800, noNaN: true }),
      y: fc.double({ min: 0, max: 500, noNaN: true }),
      priority: fc.integer({ min: 0, max: 10 }),
      mode: fc.constantFrom('center' as const, 'beside' as const),
      allowLeader: fc.boolean(),
      preferLeader: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(request, { selector: (r) => r.id, maxLength: 60 }), (reqs) => {
        const { placed, hidden } = layoutLabels(reqs, measure, { bounds, gap: 2 });
        expect(placed.length + hidden.length).toBe(reqs.length);
        for (let i = 0; i < placed.length; i++) {
          const a = placed[i]!.box;
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(800);
          expect(a.y + a.height).toBeLessThanOrEqual(500);
          for (let j = i + 1; j < placed.length; j++) expect(overlaps(a, placed[j]!.box)).toBe(false);
        }
      }),
    );
  });

  it('gives contested space to the higher priority and hides the loser when it cannot move', () => {
    const reqs: LabelRequest[] = [
      { id: 'Benin', x: 400, y: 250, priority: 1, mode: 'center' },
      { id: 'Niger', x: 405, y: 252, priority: 9, mode: 'center' },
    ];
    // A strip one label high: no room to nudge Benin up, down or sideways.
    const strip = { x: 300, y: 242, width: 200, height: 18 };
    const { placed, hidden } = layoutLabels(reqs, measure, { bounds: strip });
    expect(placed.map((p) => p.id)).toEqual(['Niger']);
    expect(hidden).toEqual(['Benin']);
  });

  it('moves a small country’s name aside with a leader line instead of dropping it', () => {
    const reqs: LabelRequest[] = [
      { id: 'Senegal', x: 400, y: 250, priority: 9, mode: 'center' },
      { id: 'Gambia', x: 402, y: 254, priority: 5, mode: 'center', preferLeader: true },
    ];
    const { placed } = layoutLabels(reqs, measure, { bounds });
    const gambia = placed.find((p) => p.id === 'Gambia');
    expect(gambia?.leader).toBe(true);
    expect(gambia?.anchor).toEqual({ x: 402, y: 254 });
    const cx = gambia!.box.x + gambia!.box.width / 2;
    const cy = gambia!.box.y + gambia!.box.height / 2;
    expect(Math.hypot(cx - 402, cy - 254)).toBeGreaterThan(10);
  });

  it('puts a city name beside its marker, clear of it, and avoids obstacles', () => {
    const marker = { x: 396, y: 246, width: 8, height: 8 };
    const { placed } = layoutLabels(
      [{ id: 'Niamey', x: 400, y: 250, priority: 5, mode: 'beside', markerRadius: 4 }],
      measure,
      { bounds, obstacles: [marker] },
    );
    expect(placed).toHaveLength(1);
    expect(overlaps(placed[0]!.box, marker)).toBe(false);
    expect(placed[0]!.leader).toBe(false);
    // with the right side blocked, it goes left
    const block = { x: 405, y: 200, width: 200, height: 100 };
    const left = layoutLabels(
      [{ id: 'Niamey', x: 400, y: 250, priority: 5, mode: 'beside', markerRadius: 4 }],
      measure,
      { bounds, obstacles: [marker, block] },
    ).placed[0]!;
    expect(left.box.x + left.box.width).toBeLessThanOrEqual(400);
  });
});

describe('layoutLabels with leader lines', () => {
  it('never parks a moved name on another country’s own label spot', () => {
    // Guinea's spot is taken by a bigger label; the place above it is Senegal's spot.
    const reqs: LabelRequest[] = [
      { id: 'Mali', x: 100, y: 100, priority: 9, mode: 'center' },
      { id: 'Senegal', x: 100, y: 78, priority: 1, mode: 'center', allowLeader: true },
      { id: 'Guinea', x: 101, y: 101, priority: 5, mode: 'center', preferLeader: true },
    ];
    const { placed } = layoutLabels(reqs, measure, { bounds });
    const guinea = placed.find((p) => p.id === 'Guinea');
    expect(guinea?.leader).toBe(true);
    const b = guinea!.box;
    const coversSenegal = 100 >= b.x && 100 <= b.x + b.width && 78 >= b.y && 78 <= b.y + b.height;
    expect(coversSenegal).toBe(false);
  });
});

describe('names on leader lines', () => {
  it('are never put where the caller says they would read as another place', async () => {
    const { layoutLabels } = await import('../../src/geo/labelLayout.ts');
    // A wide name on a tiny country must move; the spot to the right is "another country".
    const requests = [
      { id: 'BFA', x: 100, y: 100, mode: 'center' as const, priority: 1, preferLeader: true, allowLeader: true },
    ];
    const measure = () => ({ width: 60, height: 12 });
    const free = layoutLabels(requests, measure, { bounds: { x: 0, y: 0, width: 400, height: 400 } });
    const rejectRight = layoutLabels(requests, measure, {
      bounds: { x: 0, y: 0, width: 400, height: 400 },
      leaderSpotOk: (_id, box) => box.x + box.width / 2 < 100,
    });
    expect(free.placed[0]?.leader).toBe(true);
    const placed = rejectRight.placed[0];
    expect(placed === undefined || placed.box.x + placed.box.width / 2 < 100).toBe(true);
    expect(rejectRight.placed.length + rejectRight.hidden.length).toBe(1);
  });
});
