import { describe, expect, it } from 'vitest';
import { followStage, phoneStage, stageRequest } from '../../src/app/mapStage.ts';
import type { PlayerView } from '../../src/core/live/protocol.ts';
import { RoundSession } from '../../src/app/roundSession.ts';
import type { StageRequest } from '../../src/geo/stage.ts';
import type { MapPort } from '../../src/ports/map.ts';
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

describe('the map follows the round a task later', () => {
  /** A round of the two questions, a map that records what it is told, and the tasks still to run. */
  function setUp() {
    const session = new RoundSession(
      bank,
      { questionIds: ['q-map', 'q-tf'], timeLimitMs: null, timeScale: 1, explainDuringRound: true, scored: true },
      () => 0,
    );
    const told: (StageRequest | null)[] = [];
    const map = { stage: (r: StageRequest | null) => told.push(r) } as unknown as MapPort;
    const tasks: (() => void)[] = [];
    const later = () => new Promise<void>((resolve) => tasks.push(resolve));
    const runTasks = async () => {
      for (const run of tasks.splice(0)) run();
      await Promise.resolve();
      await Promise.resolve();
    };
    return { session, told, map, later, runTasks };
  }

  it('tells the map nothing in the task of the change, then only the latest request of a burst', async () => {
    const { session, told, map, later, runTasks } = setUp();
    followStage(session, bank, map, later);
    expect(told).toEqual([]);
    await runTasks();
    expect(told.map((r) => r?.phase)).toEqual(['asking']);
    // An answer and Next in one task: the map skips the reveal and frames the next question.
    session.answer({ type: 'locate', places: ['BFA'] });
    session.next();
    expect(told).toHaveLength(1);
    await runTasks();
    expect(told.map((r) => r?.question.fact)).toEqual(['burkina-location', 'protest-thousands']);
  });

  it('tells the map nothing once the round stopped being followed', async () => {
    const { session, told, map, later, runTasks } = setUp();
    const unfollow = followStage(session, bank, map, later);
    await runTasks();
    session.answer({ type: 'locate', places: ['TGO'] });
    unfollow();
    await runTasks();
    expect(told.map((r) => r?.phase)).toEqual(['asking']);
  });
});

describe('a live phone’s map follows the game’s views', () => {
  const view = (over: Partial<PlayerView>): PlayerView =>
    ({ phase: 'lobby', index: -1, question: null, verdict: null, ...over }) as PlayerView;

  it('asks, reveals with the phone’s own pick (its reveal view carries no question), and shows the whole map at the podium', () => {
    const told: (StageRequest | null)[] = [];
    const stage = phoneStage({ stage: (r: StageRequest | null) => told.push(r) } as unknown as MapPort, bank);
    stage(view({ phase: 'lobby' }));
    const asked = view({ phase: 'question', index: 0, question: { id: 'q-map', type: 'locate' } });
    stage(asked);
    // A view again (another player answered): the map is not told twice.
    stage({ ...asked, answered: true });
    stage(
      view({
        phase: 'reveal',
        index: 0,
        verdict: { correctness: 0, points: 0, response: { type: 'locate', places: ['TGO'] } },
      }),
    );
    stage(view({ phase: 'question', index: 1, question: { id: 'q-tf', type: 'truefalse' } }));
    stage(view({ phase: 'finished', index: 1 }));
    expect(told).toEqual([
      null,
      { question: { fact: 'burkina-location', mode: 'country', targets: ['BFA'] }, phase: 'asking' },
      {
        question: { fact: 'burkina-location', mode: 'country', targets: ['BFA'] },
        phase: 'reveal',
        given: ['TGO'],
      },
      { question: { fact: 'protest-thousands' }, phase: 'asking' },
      null,
    ]);
  });
});
