/**
 * What travels between a live game's server and its clients. Every message a client sends is
 * checked here (valibot) before the room looks at it; anything else is refused. Texts stay
 * plain text: the pages show them with textContent.
 */
import * as v from 'valibot';
import type { Response } from '../content/types.ts';
import { validateResponse } from '../share/response.ts';
import type { TimeScale } from '../round/types.ts';

/** A message larger than this (bytes, as sent) is refused by the server's socket. */
export const MAX_FRAME_BYTES = 4096;
export const LIVE_LIMITS = {
  maxPlayers: 80,
  maxQuestions: 40,
  minTimeLimitMs: 5_000,
  maxTimeLimitMs: 120_000,
  extendMs: 10_000,
} as const;

const token = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const secret = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));

export const responseSchema = v.pipe(
  v.unknown(),
  v.check((x) => validateResponse(x) !== null),
  v.transform((x) => validateResponse(x) as Response),
);

const timeScale = v.union([v.literal(1), v.literal(2), v.null()]);

/** Which pack (and version of it) a game plays: the host's page says, every view repeats it. */
export interface PackId {
  id: string;
  version: number;
}
const packIdSchema = v.strictObject({
  id: token,
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2 ** 32 - 1)),
});

export const hostCreateSchema = v.strictObject({
  role: v.literal('host'),
  /** Absent from host pages made before packs: the default pack. */
  pack: v.optional(packIdSchema),
  questionIds: v.pipe(v.array(token), v.minLength(1), v.maxLength(LIVE_LIMITS.maxQuestions)),
  timeLimitMs: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(LIVE_LIMITS.minTimeLimitMs),
    v.maxValue(LIVE_LIMITS.maxTimeLimitMs),
  ),
});

export const joinSchema = v.union([
  hostCreateSchema,
  v.strictObject({ role: v.literal('host'), secret }),
  v.strictObject({ role: v.literal('student'), name: v.pipe(v.string(), v.maxLength(200)), seat: v.optional(secret) }),
]);
export type JoinOptions = v.InferOutput<typeof joinSchema>;

export const answerSchema = v.strictObject({
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  response: responseSchema,
});
export type AnswerMessage = v.InferOutput<typeof answerSchema>;

const player = v.pipe(v.string(), v.regex(/^p[0-9]{1,6}$/));
export const hostActionSchema = v.variant('action', [
  v.strictObject({ secret, action: v.picklist(['start', 'pause', 'resume', 'close', 'next', 'extend', 'end']) }),
  v.strictObject({ secret, action: v.literal('remove'), player }),
  v.strictObject({ secret, action: v.literal('scale'), player, scale: timeScale }),
]);
export type HostAction = v.InferOutput<typeof hostActionSchema>;
/** A host action as the page means it; the secret is added when it is sent. */
export type HostIntent = HostAction extends infer A ? (A extends unknown ? Omit<A, 'secret'> : never) : never;

/** A parser for Colyseus's onMessage validator: throws on anything that does not fit. */
export function parser<S extends v.GenericSchema>(schema: S): (x: unknown) => v.InferOutput<S> {
  return (x) => v.parse(schema, x);
}

export type GamePhase = 'lobby' | 'question' | 'reveal' | 'finished';

/** One row of the host's player list. */
export interface PlayerRow {
  id: string;
  name: string;
  score: number;
  connected: boolean;
  timeScale: TimeScale;
  answered: boolean;
}

/** How the class answered a question, once it is closed (never before). */
export interface Distribution {
  /** Answers per choice id, 'true'/'false', or correctness band ('right' | 'partial' | 'wrong'). */
  counts: Record<string, number>;
  /** Map picks: country ids chosen, or points clicked. */
  picks: ({ place: string } | { lon: number; lat: number })[];
  missed: number;
}

export interface HostView {
  phase: GamePhase;
  code: string;
  index: number;
  count: number;
  questionId: string | null;
  remainingMs: number | null;
  timeLimitMs: number;
  paused: boolean;
  answered: number;
  playing: number;
  players: PlayerRow[];
  /** After a question closes: */
  distribution: Distribution | null;
  correct: Response | null;
  top: { name: string; score: number }[];
  /** Whether the rooms are shared through Redis, and whether it answers (the server adds it). */
  cluster?: 'off' | 'ok' | 'down';
  /** The pack the game plays (the server adds it). */
  pack?: PackId;
}

/** What a phone sees. `question` carries no answer; `correct` comes only after the question closed. */
export interface PlayerView {
  phase: GamePhase;
  code: string;
  id: string;
  name: string;
  index: number;
  count: number;
  /** The question being asked, without its answer (see publicQuestion), or null. */
  question: unknown;
  playing: boolean;
  remainingMs: number | null;
  /** The student's own time per question (×2 for an accommodation), null when untimed. */
  limitMs: number | null;
  paused: boolean;
  answered: boolean;
  verdict: { correctness: number; points: number; response: Response | null } | null;
  correct: Response | null;
  score: number;
  rank: number;
  players: number;
  timeScale: TimeScale;
  /** The pack the game plays (the server adds it): the phone shows that pack's texts. */
  pack?: PackId;
}

/** The results the host keeps: one per student, in the shape of a round result. */
export interface LiveResult {
  name: string;
  timeScale: TimeScale;
  score: number;
  answers: { questionId: string; response: Response | null; correctness: number; points: number; timeMs: number }[];
}

/** What /live/health says: the port and the laptop's addresses on the local network. */
export interface LiveHealth {
  port: number;
  lan: string[];
  cluster: 'off' | 'ok' | 'down';
}
