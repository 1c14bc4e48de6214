import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../../scripts/content/packs.ts';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/core/content/types.ts';
import { CORE_COUNTRIES } from '../../src/geo/importance.ts';

const json = (p: string) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const pack: ContentPack = loadPack(fileURLToPath(new URL('../../', import.meta.url)), 'niger-coup-2023').pack;
const cities = json('assets/map/places.json').cities as Record<string, { country: string }>;

describe('the place list offers every answer', () => {
  it('each map target is among the places a keyboard or screen-reader player can pick from the list', () => {
    const missing: string[] = [];
    for (const q of pack.questions) {
      if (q.type !== 'locate') continue;
      for (const id of q.targets) {
        const offered = q.mode === 'city' ? CORE_COUNTRIES.has(cities[id]?.country ?? '') : CORE_COUNTRIES.has(id);
        if (!offered) missing.push(`${q.id}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
