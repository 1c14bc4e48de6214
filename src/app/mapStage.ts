import { mapAsk } from '../core/questions/registry.ts';
import type { Bank } from '../core/round/engine.ts';
import { currentQuestionId } from '../core/round/engine.ts';
import type { RoundState } from '../core/round/types.ts';
import type { StageRequest } from '../geo/stage.ts';
import type { MapPort } from '../ports/map.ts';
import { nextTask } from '../ports/nextTask.ts';
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

/**
 * Follow a round session; returns the unsubscribe function. The map is told in the task after the
 * change (framing and naming a question costs tens of ms on a slow phone): the tap that answered or
 * moved on shows the round's own change first, and the map follows a moment later (issue 20). Only
 * the latest request of a burst is sent; none after unsubscribing.
 */
export function followStage(
  session: RoundSession,
  bank: Bank,
  map: MapPort,
  later: () => Promise<void> = nextTask,
): () => void {
  let last = '';
  let pending: StageRequest | null | undefined;
  let following = true;
  const update = (s: RoundState) => {
    const req = stageRequest(s, bank);
    const key = req ? `${s.index}|${req.phase}` : 'none';
    if (key === last) return;
    last = key;
    const scheduled = pending !== undefined;
    pending = req;
    if (scheduled) return;
    void later().then(() => {
      const request = pending;
      pending = undefined;
      if (following && request !== undefined) map.stage(request);
    });
  };
  update(session.state);
  const unsubscribe = session.onChange(update);
  return () => {
    following = false;
    unsubscribe();
  };
}
