import { describe, expect, it } from 'vitest';
import { stageRequest } from '../../src/app/mapStage.ts';
import type { Question } from '../../src/core/content/types.ts';
import { next, startRound, submitAnswer } from '../../src/core/round/engine.ts';

const questions: Question[] = [
  {
    id: 'q-map',
    fact: 'burkina-location',
    topic: 'geography',
    difficulty: 1,
    paragraphs: [1],
    type: 'locate',
    mode: 'country',
    targets: ['BFA'],
  },
  {
    id: 'q-tf',
    fact: 'protest-thousands',
    topic: 'protest',
    difficulty: 1,
    paragraphs: [1],
    type: 'truefalse',
    answer: true,
  },
];
const bank = {
  question: (id: string) => questions.find((q) => q.id === id),
  placeCoords: () => undefined,
};

describe('what the map is told during a round', () => {
  it('asks with the question, reveals with the player’s pick, and nothing once the round is over', () => {
    let s = startRound(
      { questionIds: ['q-map', 'q-tf'], timeLimitMs: null, timeScale: 1, explainDuringRound: true, scored: true },
      0,
    );
    expect(stageRequest(s, bank)).toEqual({
      question: { fact: 'burkina-location', mode: 'country', targets: ['BFA'] },
      phase: 'asking',
    });
    s = submitAnswer(s, bank, { type: 'locate', places: ['TGO'] }, 1000).state;
    expect(stageRequest(s, bank)).toMatchObject({ phase: 'reveal', given: ['TGO'] });
    s = next(s, 2000);
    expect(stageRequest(s, bank)).toEqual({
      question: { fact: 'protest-thousands' },
      phase: 'asking',
    });
    s = submitAnswer(s, bank, { type: 'truefalse', value: true }, 3000).state;
    s = next(s, 4000);
    expect(stageRequest(s, bank)).toBeNull();
  });
});
