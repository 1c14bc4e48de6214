/**
 * Personal bests, one per kind of round ("standard", or one per teacher's assignment), kept on
 * the device through the record store and checked when read back.
 */
import * as v from 'valibot';
import type { Loaded, RecordStore, SaveResult } from '../storage/index.ts';
import { valibotValidator } from '../storage/valibot.ts';

export const BESTS_KEY = 'bests';
export const BESTS_VERSION = 1;
/** Kinds kept at most (assignments come and go); the oldest are forgotten first. */
export const MAX_BEST_KINDS = 50;

export interface Best {
  score: number;
  correct: number;
  total: number;
  /** Wall-clock time (ms) it was set. */
  at: number;
}
export type Bests = Record<string, Best>;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const bestSchema = v.object({ score: count, correct: count, total: count, at: v.pipe(v.number(), v.finite()) });
const bestsSchema = v.record(v.pipe(v.string(), v.maxLength(80)), bestSchema);

export function loadBests(store: RecordStore): Loaded<Bests> {
  return store.load(BESTS_KEY, valibotValidator(bestsSchema), {}, BESTS_VERSION);
}

export interface BestOutcome {
  /** The best before this round, if there was one. */
  previous: Best | undefined;
  /** True when this round beat the previous best (or set the first one with points). */
  isNew: boolean;
  bests: Bests;
}

/** The bests once a round of `kind` ended with `result`; a tie is not a new best. */
export function recordBest(bests: Bests, kind: string, result: Omit<Best, 'at'>, now: number): BestOutcome {
  const previous = bests[kind];
  const isNew = result.score > (previous?.score ?? 0);
  if (!isNew) return { previous, isNew, bests };
  const entries = Object.entries({ ...bests, [kind]: { ...result, at: now } });
  entries.sort((a, b) => b[1].at - a[1].at);
  return { previous, isNew, bests: Object.fromEntries(entries.slice(0, MAX_BEST_KINDS)) };
}

/** Loads, updates and saves in one go; a failed save still says whether it was a new best. */
export function updateBest(
  store: RecordStore,
  kind: string,
  result: Omit<Best, 'at'>,
  now: number,
): BestOutcome & { saved: SaveResult } {
  const outcome = recordBest(loadBests(store).value, kind, result, now);
  const saved = outcome.isNew ? store.save(BESTS_KEY, outcome.bests, BESTS_VERSION) : ({ ok: true } as const);
  return { ...outcome, saved };
}
