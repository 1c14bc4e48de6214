/**
 * What each screen of a live game sees, computed from the game: the host's view, each student's
 * own view (never the answer before the question is closed), and the results for Class results.
 */
import { remainingMs, timeLimit } from '../round/engine.ts';
import { distributionOf } from './distribution.ts';
import type { LiveGame, Player } from './game.ts';
import type { HostView, LiveResult, PlayerRow, PlayerView } from './protocol.ts';

export function hostView(g: LiveGame, now: number): HostView {
  const playing = g.playing();
  const q = g.index >= 0 ? g.bank.question(g.setup.questionIds[g.index] as string) : undefined;
  const row = (p: Player): PlayerRow => ({
    id: p.id,
    name: p.name,
    score: p.round?.score ?? 0,
    connected: p.connected,
    timeScale: p.timeScale,
    answered: g.phase === 'question' && (g.answerAt(p)?.response ?? null) !== null,
  });
  return {
    phase: g.phase,
    code: g.code,
    index: g.index,
    count: g.setup.questionIds.length,
    questionId: q?.id ?? null,
    remainingMs: g.phase === 'question' ? remainingMs(g.clock, now) : null,
    timeLimitMs: g.setup.timeLimitMs,
    paused: g.paused,
    answered: playing.filter((p) => g.answerAt(p)?.response != null).length,
    playing: playing.length,
    players: g.active().map(row),
    distribution:
      g.revealed() && q
        ? distributionOf(
            q,
            playing.map((p) => g.answerAt(p)),
          )
        : null,
    correct: g.correct(),
    top: g.revealed()
      ? g
          .ranking()
          .slice(0, 5)
          .map((p) => ({ name: p.name, score: p.round?.score ?? 0 }))
      : [],
  };
}

export function playerView(g: LiveGame, id: string, now: number): PlayerView | null {
  const p = g.players.get(id);
  if (!p) return null;
  const playing = p.round !== null && p.first <= g.index && !p.removed;
  const a = playing ? g.answerAt(p) : undefined;
  const ranking = g.ranking();
  return {
    phase: g.phase,
    code: g.code,
    id: p.id,
    name: p.name,
    index: g.index,
    count: g.setup.questionIds.length,
    question: playing && g.phase === 'question' ? g.shown : null,
    playing,
    remainingMs: playing && g.phase === 'question' && p.round ? remainingMs(p.round, now) : null,
    limitMs: p.round ? timeLimit(p.round.config) : null,
    paused: g.paused,
    answered: a !== undefined,
    verdict: g.revealed() && a ? { correctness: a.correctness, points: a.points, response: a.response } : null,
    correct: playing ? g.correct() : null,
    score: p.round?.score ?? 0,
    rank: ranking.indexOf(p) + 1,
    players: ranking.length,
    timeScale: p.timeScale,
  };
}

/** Every student's answers so far, for Class results. */
export function results(g: LiveGame): LiveResult[] {
  return g
    .active()
    .filter((p) => p.round !== null)
    .map((p) => ({
      name: p.name,
      timeScale: p.timeScale,
      score: p.round?.score ?? 0,
      answers: (p.round?.answers ?? []).slice(0, g.revealed() ? undefined : g.index - p.first),
    }));
}
