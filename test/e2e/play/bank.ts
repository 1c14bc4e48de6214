import { readFileSync } from 'node:fs';
import type { ContentPack, Question } from '../../../src/core/content/types.ts';

const root = new URL('../../../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** The real bank and map places, read from the repo, so tests know the right answers. */
export const pack = {
  id: 'niger-coup-2023',
  version: json('content/niger-coup-2023/pack.json').version,
  paragraphCount: 27,
  ...json('content/niger-coup-2023/questions.json'),
} as ContentPack;
export const places = json('assets/map/places.json') as {
  countries: Record<string, { anchor: [number, number] }>;
  cities: Record<string, { lon: number; lat: number }>;
};
export const texts = {
  en: json('content/niger-coup-2023/texts/en.json'),
  fr: json('content/niger-coup-2023/texts/fr.json'),
} as Record<
  'en' | 'fr',
  Record<string, { prompt: string; choices?: Record<string, string>; speakers?: Record<string, string> }>
>;
export const ui = { en: json('locales/en/ui.json'), fr: json('locales/fr/ui.json') };

/** The second pack's questions (content/sahel-geography/): their ids differ from the article's. */
export const geoQuestions = json('content/sahel-geography/questions.json').questions as Question[];

export function question(id: string): Question {
  const q = pack.questions.find((x) => x.id === id) ?? geoQuestions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}
