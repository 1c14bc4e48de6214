import { mapAsk } from '../core/questions/registry.ts';
import type { Bank } from '../core/round/engine.ts';
import { currentQuestionId } from '../core/round/engine.ts';
import type { RoundState } from '../core/round/types.ts';
import type { StageRequest } from '../geo/stage.ts';
import type { MapPort } from '../ports/map.ts';
import type { RoundSession } from './roundSession.ts';

/**
 * Tells the map what each moment of a round is about: the question while it is asked, the
 * answer once revealed (with the player's pick), nothing once the round is over. What to frame
 * and name is decided by the pure geo/stage.ts from this request.
 */
export function stageRequest(state: RoundState, bank: Bank): StageRequest | null {
  if (state.phase === 'finished') return null;
  const id = currentQuestionId(state);
  const q = id === undefined ? undefined : bank.question(id);
  if (!q) return null;
  const ask = mapAsk(q);
  const question = { fact: q.fact, ...(ask ? { mode: ask.mode, targets: [...ask.targets] } : {}) };
  const answer = state.answers[state.index];
  if (state.phase !== 'feedback' && !(state.phase === 'paused' && state.pausedFrom === 'feedback')) {
    return { question, phase: 'asking' };
  }
  const r = answer?.response;
  return {
    question,
    phase: 'reveal',
    ...(r?.type === 'locate' ? { given: [...r.places] } : {}),
    ...(r?.type === 'locate-point' ? { point: { lon: r.lon, lat: r.lat } } : {}),
  };
}

/** Follow a round session; returns the unsubscribe function. */
export function followStage(session: RoundSession, bank: Bank, map: MapPort): () => void {
  let last = '';
  const update = (s: RoundState) => {
    const req = stageRequest(s, bank);
    const key = req ? `${s.index}|${req.phase}` : 'none';
    if (key === last) return;
    last = key;
    map.stage(req);
  };
  update(session.state);
  return session.onChange(update);
}
