/**
 * The question bank the live server scores against: the same content the game ships (the default
 * pack, content/niger-coup-2023/; live games from other packs are not served yet).
 */
import meta from '../content/niger-coup-2023/pack.json' with { type: 'json' };
import questions from '../content/niger-coup-2023/questions.json' with { type: 'json' };
import places from '../assets/map/places.json' with { type: 'json' };
import { packFromFiles, type PackMeta } from '../src/core/content/pack.ts';
import type { ContentPack, Question } from '../src/core/content/types.ts';
import { bankOf } from '../src/core/round/bank.ts';
import type { Bank } from '../src/core/round/engine.ts';

export const contentPack: ContentPack = packFromFiles(
  'niger-coup-2023',
  meta as unknown as PackMeta,
  questions as unknown as { questions: Question[] },
);
export const bank: Bank = bankOf(contentPack, places.cities as Record<string, { lon: number; lat: number }>);
