import { describe, expect, it } from 'vitest';
import stage from '../../content/niger-coup-2023/stage.json';
import enPlaces from '../../locales/en/places.json';
import { viewForBox } from '../../src/geo/camera.ts';
import { LabelLayoutJob, layoutLabels, type LabelRequest } from '../../src/geo/labelLayout.ts';
import { LabelPlanning, markerCities, planLabels, type LabelStyle } from '../../src/geo/labelPlan.ts';
import { MapModel } from '../../src/geo/mapModel.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import { stagePlan, type StageData, type StageRequest } from '../../src/geo/stage.ts';

/**
 * Issue 20: the map lays its names out over several tasks. Cut into steps anywhere, a layout must
 * give exactly the names and places one uninterrupted layout gives.
 */
const geo = sahelMap();
const data = stage as unknown as StageData;

function measure(_id: string, name: string, style: LabelStyle) {
  const halo = Math.max(3, style.size / 4);
  return { width: name.length * style.size * (style.bold ? 0.64 : 0.58) + halo, height: style.size * 1.25 + halo };
}

const requests: StageRequest[] = [
  { question: { fact: 'bazoum-held-day', mode: 'country', targets: ['NER'] }, phase: 'reveal', given: ['TCD'] },
  { question: { fact: 'ecowas-meeting-abuja' }, phase: 'asking' },
  { question: { fact: 'bazoum-elected-president', mode: 'city', targets: ['niamey'] }, phase: 'asking' },
];
const viewports = [
  { x: 0, y: 0, width: 390, height: 220 },
  { x: 0, y: 0, width: 390, height: 600 },
  { x: 0, y: 0, width: 840, height: 720 },
];

describe('names laid out in slices', () => {
  it('equal the names laid out at once, wherever the slices end', () => {
    let compared = 0;
    for (const req of requests) {
      for (const vp of viewports) {
        const plan = stagePlan(req, geo, data);
        const model = new MapModel(geo);
        model.fitView(vp, viewForBox(plan.frame, vp, 12), 12);
        const input = {
          names: enPlaces as Record<string, string>,
          countryLabels: !plan.hide.countries,
          cityLabels: !plan.hide.cities,
          markers: markerCities(model, true, plan.name),
          first: plan.name,
          reserved: [{ x: 0, y: 0, width: 86, height: 86 }],
        };
        const once = planLabels(model, input, measure);
        expect(once.placed.length).toBeGreaterThan(0);
        for (const every of [1, 2, 7]) {
          const planning = new LabelPlanning(model, input, measure);
          let slices = 0;
          for (;;) {
            let left = every;
            slices++;
            if (planning.run(() => left-- > 0)) break;
          }
          expect(slices).toBeGreaterThan(1);
          const sliced = planning.result();
          expect(sliced.placed).toEqual(once.placed);
          expect([...sliced.styles]).toEqual([...once.styles]);
          compared++;
        }
      }
    }
    expect(compared).toBe(requests.length * viewports.length * 3);
  });

  it('step by step, a layout places and hides the same names as layoutLabels', () => {
    const reqs: LabelRequest[] = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      x: 20 + ((i * 37) % 160),
      y: 15 + ((i * 53) % 90),
      priority: (i * 13) % 7,
      mode: i % 3 ? 'center' : 'beside',
      allowLeader: i % 2 === 0,
      mustShow: i % 5 === 0,
    }));
    const size = (r: LabelRequest) => ({ width: 30 + (r.id.length % 3) * 10, height: 12 });
    const options = { bounds: { x: 0, y: 0, width: 200, height: 120 }, gap: 2 };
    const job = new LabelLayoutJob(reqs, size, options);
    let steps = 1;
    while (job.step()) steps++;
    expect(steps).toBe(reqs.length);
    const once = layoutLabels(reqs, size, options);
    expect(job.result()).toEqual(once);
    expect(once.hidden.length).toBeGreaterThan(0);
  });
});
