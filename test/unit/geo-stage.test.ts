import { describe, expect, it } from 'vitest';
import pack from '../../content/niger-coup-2023/questions.json';
import stage from '../../content/niger-coup-2023/stage.json';
import enPlaces from '../../locales/en/places.json';
import frPlaces from '../../locales/fr/places.json';
import type { ContentPack } from '../../src/core/content/types.ts';
import { mapAsk } from '../../src/core/questions/registry.ts';
import { homeScale, maxZoom, projectionFor, viewForBox, zoomAt, ZOOM_LIMITS } from '../../src/geo/camera.ts';
import { FOCUS } from '../../src/geo/frame.ts';
import { countryAt } from '../../src/geo/hitTest.ts';
import { CORE_CITIES, CORE_COUNTRIES } from '../../src/geo/importance.ts';
import { markerCities, markSpot, planLabels, type LabelStyle } from '../../src/geo/labelPlan.ts';
import { MapModel } from '../../src/geo/mapModel.ts';
import { sahelMap } from '../../src/geo/sahelMap.ts';
import {
  CENTRE_CLEARANCE,
  centre,
  mapQuestionFrame,
  namedPlaces,
  placeBox,
  stagePlan,
  type StageData,
  type StageRequest,
} from '../../src/geo/stage.ts';

const geo = sahelMap();
const data = stage as unknown as StageData;
const questions = (pack as ContentPack).questions;
const PADDING = 12;

/** The map's size at each window width: under the sheet on a phone (a strip or most of the screen), beside the card on a desktop. */
function viewports(width: number): { x: number; y: number; width: number; height: number }[] {
  if (width < 700) return [220, 390, 600].map((height) => ({ x: 0, y: 0, width, height }));
  const panel = Math.min(440, width * 0.42);
  return [{ x: 0, y: 0, width: width - panel, height: width >= 1920 ? 1080 : width >= 1366 ? 768 : 720 }];
}
const WIDTHS = [360, 390, 1024, 1280, 1366, 1920];

/** A generous stand-in for canvas text measurement (system-ui, halo included). */
function measure(_id: string, name: string, style: LabelStyle) {
  const halo = Math.max(3, style.size / 4);
  return { width: name.length * style.size * (style.bold ? 0.64 : 0.58) + halo, height: style.size * 1.25 + halo };
}

function modelFor(req: StageRequest, vp: { x: number; y: number; width: number; height: number }) {
  const plan = stagePlan(req, geo, data);
  const model = new MapModel(geo);
  model.fitView(vp, viewForBox(plan.frame, vp, PADDING), PADDING);
  return { plan, model };
}

function inView(model: MapModel, id: string): boolean {
  const city = model.city(id);
  const c = model.country(id);
  const [lon, lat] = city ? [city.lon, city.lat] : (c?.anchor ?? [NaN, NaN]);
  const p = model.projection.project(lon, lat);
  const r = model.mapRect();
  return p.x >= r.x && p.y >= r.y && p.x <= r.x + r.width && p.y <= r.y + r.height;
}

function requestsFor(q: (typeof questions)[number]): StageRequest[] {
  const ask = mapAsk(q);
  const question = { fact: q.fact, ...(ask ? { mode: ask.mode, targets: [...ask.targets] } : {}) };
  const reveal: StageRequest = { question, phase: 'reveal' };
  return [{ question, phase: 'asking' }, reveal];
}

describe('the stage data', () => {
  it('names places of the map for every fact of the pack', () => {
    for (const q of questions) expect(data.facts[q.fact], q.fact).toBeDefined();
    for (const ids of Object.values(data.facts)) for (const id of ids) expect(placeBox(geo, id), id).toBeDefined();
  });
});

describe('a map question frames a neighbourhood, never its answer', () => {
  const targetSets = [
    ...questions.flatMap((q) => (q.type === 'locate' ? [q.targets] : [])),
    ...[...CORE_COUNTRIES].map((id) => [id]),
    ...[...CORE_CITIES].map((id) => [id]),
  ];
  it('shows every target whole, away from the centre, and the centre is in none of them', () => {
    for (const targets of targetSets) {
      const frame = mapQuestionFrame(geo, targets, data.regions);
      const c = centre(frame);
      const hit = countryAt(geo.countries, c.lon, c.lat);
      expect(hit && targets.includes(hit), `${targets} frame centred in ${hit}`).toBeFalsy();
      for (const width of WIDTHS) {
        for (const vp of viewports(width)) {
          const view = viewForBox(frame, vp, PADDING);
          const proj = projectionFor(view, vp, PADDING);
          for (const id of targets) {
            const city = geo.cities.find((x) => x.id === id);
            const country = geo.countries.find((x) => x.id === id);
            const [lon, lat] = city ? [city.lon, city.lat] : (country?.anchor ?? [NaN, NaN]);
            const p = proj.project(lon, lat);
            const d = Math.hypot(p.x - (vp.x + vp.width / 2), p.y - (vp.y + vp.height / 2));
            expect(d, `${id} at ${width}×${vp.height}`).toBeGreaterThan(
              CENTRE_CLEARANCE * 0.5 * Math.min(vp.width, vp.height),
            );
            expect(p.x > vp.x && p.x < vp.x + vp.width && p.y > vp.y && p.y < vp.y + vp.height, `${id} in view`).toBe(
              true,
            );
          }
        }
      }
    }
  });

  it('gives different targets the same regions, so a frame does not tell the answer', () => {
    const frames = new Map<string, string[]>();
    const home = JSON.stringify(FOCUS);
    for (const id of [...CORE_COUNTRIES, ...CORE_CITIES]) {
      const key = JSON.stringify(mapQuestionFrame(geo, [id], data.regions));
      if (key === home) continue; // the home view, shown between questions too
      frames.set(key, [...(frames.get(key) ?? []), id]);
    }
    expect([...frames.values()].every((ids) => ids.length >= 2)).toBe(true);
  });
});

describe('names that teach', { timeout: 180_000 }, () => {
  for (const [lng, names] of [
    ['en', enPlaces],
    ['fr', frPlaces],
  ] as const) {
    it(`names every place a question names whenever it does not ask for it, at every width (${lng})`, () => {
      const missing: string[] = [];
      for (const q of questions) {
        for (const req of requestsFor(q)) {
          for (const width of WIDTHS) {
            for (const vp of viewports(width)) {
              const { plan, model } = modelFor(req, vp);
              const hidden = (id: string) => (/^[A-Z]{3}$/.test(id) ? plan.hide.countries : plan.hide.cities);
              const markers = markerCities(model, true, plan.name);
              const { placed } = planLabels(
                model,
                {
                  names: names as Record<string, string>,
                  countryLabels: !plan.hide.countries,
                  cityLabels: !plan.hide.cities,
                  markers,
                  first: plan.name,
                },
                measure,
              );
              const shown = new Set(placed.map((p) => p.id));
              for (const id of namedPlaces(req.question, data)) {
                if (hidden(id) || !placeBox(geo, id) || !inView(model, id)) continue;
                if (!shown.has(id)) missing.push(`${q.id} ${req.phase} ${width}×${vp.height}: ${id}`);
              }
              if (req.phase === 'reveal')
                for (const id of q.type === 'locate' ? q.targets : [])
                  if (!shown.has(id)) missing.push(`${q.id} reveal ${width}×${vp.height}: answer ${id}`);
            }
          }
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('keeps ticks and crosses off every name in the reveal', () => {
    for (const q of questions) {
      if (q.type !== 'locate') continue;
      for (const width of WIDTHS) {
        for (const vp of viewports(width)) {
          const wrong = q.mode === 'city' ? [] : ['TCD', 'BEN'].filter((id) => !q.targets.includes(id));
          const req: StageRequest = { question: { ...q }, phase: 'reveal', given: wrong };
          const { plan, model } = modelFor(req, vp);
          const markers = markerCities(model, true, plan.name);
          const { placed } = planLabels(
            model,
            {
              names: enPlaces as Record<string, string>,
              countryLabels: true,
              cityLabels: true,
              markers,
              first: plan.name,
            },
            measure,
          );
          const size = Math.max(9, Math.min(15, model.mapRect().width / 100));
          for (const id of [...q.targets, ...wrong]) {
            const at = markSpot(model, id, size, placed);
            if (!at) continue;
            const r = size + 2;
            const covered = placed.filter(
              (l) =>
                at.x + r > l.box.x &&
                at.x - r < l.box.x + l.box.width &&
                at.y + r > l.box.y &&
                at.y - r < l.box.y + l.box.height,
            );
            expect(
              covered.map((l) => l.id),
              `${q.id} mark ${id} at ${width}×${vp.height}`,
            ).toEqual([]);
          }
        }
      }
    }
  });
});

describe('zoom limits', () => {
  const phone = { x: 0, y: 0, width: 390, height: 390 };
  it('stops zooming in at the limit and out at the minimum, wherever the pointer is', () => {
    let v = viewForBox({ west: -20, south: -5, east: 40, north: 37 }, phone, PADDING);
    for (let i = 0; i < 40; i++) v = zoomAt(v, 1.7, 100 + i, 200, phone, PADDING);
    expect(v.zoom).toBeCloseTo(maxZoom(phone, PADDING), 6);
    for (let i = 0; i < 40; i++) v = zoomAt(v, 0.5, 300, 50, phone, PADDING);
    expect(v.zoom).toBeCloseTo(ZOOM_LIMITS.min, 6);
  });

  it('keeps the map point under the pointer while zooming', () => {
    const v = { lon: 5, lat: 14, zoom: 2 };
    const before = projectionFor(v, phone, PADDING).invert(120, 260);
    const after = projectionFor(zoomAt(v, 1.5, 120, 260, phone, PADDING), phone, PADDING).invert(120, 260);
    expect(after.lon).toBeCloseTo(before.lon, 6);
    expect(after.lat).toBeCloseTo(before.lat, 6);
  });

  it('lets a finger pick every country of the region once zoomed in on a phone', () => {
    const s = homeScale(phone, PADDING) * maxZoom(phone, PADDING);
    for (const id of CORE_COUNTRIES) {
      const box = placeBox(geo, id);
      if (!box) throw new Error(id);
      // Its smaller side on screen at the closest zoom: at least a fingertip (≈ 44 CSS px).
      const w = ((box.east - box.west) * Math.PI * s) / 180;
      const north = Math.log(Math.tan(Math.PI / 4 + (box.north * Math.PI) / 360));
      const south = Math.log(Math.tan(Math.PI / 4 + (box.south * Math.PI) / 360));
      expect(Math.min(w, (north - south) * s), id).toBeGreaterThanOrEqual(44);
    }
  });
});
