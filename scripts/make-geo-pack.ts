/**
 * npm run make-geo-pack
 * Writes content/sahel-geography/ (questions.json, stage.json, texts/en.json, texts/fr.json) from the map data the
 * game ships: assets/map/sahel.topo.json and places.json, with names from locales/<lng>/places.json.
 * test/unit/geo-pack.test.ts recomputes every fact and compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { buildGeoPack, type Templates } from './geo-pack/build.ts';
import { countryFacts, type Places } from './geo-pack/facts.ts';
import { geoFacts, geoRegions } from './geo-pack/stage.ts';
import { SAHEL_COUNTRIES } from '../src/geo/importance.ts';

export const GEO_PACK_ID = 'sahel-geography';
export const GEO_LANGUAGES = ['en', 'fr'] as const;

export function makeGeoPack(root: string) {
  const json = (p: string): unknown => JSON.parse(readFileSync(join(root, p), 'utf8'));
  const facts = countryFacts(json('assets/map/sahel.topo.json') as Topology, json('assets/map/places.json') as Places);
  const templates = json('scripts/geo-pack/templates.json') as Record<string, Templates>;
  const names = Object.fromEntries(
    GEO_LANGUAGES.map((l) => [l, json(`locales/${l}/places.json`) as Record<string, string>]),
  );
  const pack = buildGeoPack(facts, templates, names);
  return { facts, ...pack, stage: { regions: geoRegions(), facts: geoFacts(pack.questions, SAHEL_COUNTRIES) } };
}

const text = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;

function main(): void {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const { questions, texts, stage } = makeGeoPack(root);
  const dir = join(root, 'content', GEO_PACK_ID);
  writeFileSync(join(dir, 'questions.json'), text({ questions }));
  writeFileSync(join(dir, 'stage.json'), text(stage));
  for (const l of GEO_LANGUAGES) writeFileSync(join(dir, 'texts', `${l}.json`), text(texts[l]));
  console.log(`${GEO_PACK_ID}: ${questions.length} questions written`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
