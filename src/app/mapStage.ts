import { mapAsk } from '../core/questions/registry.ts';
import type { Bank } from '../core/round/engine.ts';
import { currentQuestionId } from '../core/round/engine.ts';
import type { RoundState } from '../core/round/types.ts';
import type { Question, Response } from '../core/content/types.ts';
import type { GamePhase, PlayerView } from '../core/live/protocol.ts';
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
  const revealed = state.phase === 'feedback' || (state.phase === 'paused' && state.pausedFrom === 'feedback');
  return questionStage(q, revealed ? { response: state.answers[state.index]?.response ?? null } : null);
}

/** One question on the map: asked (`reveal` null), or revealed with the player's response (null: none given). */
export function questionStage(q: Question, reveal: { response: Response | null } | null): StageRequest {
  const ask = mapAsk(q);
  const question = { fact: q.fact, ...(ask ? { mode: ask.mode, targets: [...ask.targets] } : {}) };
  if (!reveal) return { question, phase: 'asking' };
  const r = reveal.response;
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

/**
 * The map of a live page (the projector's and each phone's) follows the game as a round's does: the
 * question's region while it is asked (on a phone's small map, Senegal is then more than a few pixels),
 * the answer at the reveal, the whole map in the lobby and at the podium. Call it with every view;
 * the map is told only when the question or its phase changes.
 */
export function liveStage(
  map: MapPort,
  bank: Bank,
): (phase: GamePhase, questionId: string | null, given?: Response | null) => void {
  let last = '';
  return (phase, questionId, given = null) => {
    const q = (phase === 'question' || phase === 'reveal') && questionId ? bank.question(questionId) : undefined;
    const key = q ? `${q.id}|${phase}` : 'none';
    if (key === last) return;
    last = key;
    map.stage(q ? questionStage(q, phase === 'reveal' ? { response: given } : null) : null);
  };
}

/** A phone's map in a live game, told with every view; the question asked is kept for its reveal (whose view carries none). */
export function phoneStage(map: MapPort, bank: Bank): (v: PlayerView) => void {
  const stage = liveStage(map, bank);
  let asked: { index: number; id: string } | null = null;
  return (v) => {
    const id = (v.question as { id?: unknown } | null)?.id;
    if (typeof id === 'string') asked = { index: v.index, id };
    stage(v.phase, asked?.index === v.index ? asked.id : null, v.verdict?.response);
  };
}
