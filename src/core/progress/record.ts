import * as v from 'valibot';
import { isRecord } from '../isRecord.ts';
import { MAX_BOX } from './leitner.ts';
import { PROGRESS_VERSION, type Box, type Confusion, type FactProgress, type Progress } from './types.ts';

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, facts: {}, confusions: {} };
}

/**
 * A clean copy of `x` if it is a progress record of the current version with every entry valid,
 * else null. Unknown fields are dropped.
 */
export function validateProgress(x: unknown): Progress | null {
  const r = salvageProgress(x);
  return r && r.lost === 0 ? r.value : null;
}

/**
 * The valid part of a progress record: every valid fact and mix-up kept, each damaged entry
 * dropped and counted in `lost` (the caller keeps the original aside and tells the student).
 * Null when `x` is not a progress record of this version at all.
 */
export function salvageProgress(x: unknown): { value: Progress; lost: number } | null {
  if (!isRecord(x) || x['version'] !== PROGRESS_VERSION) return null;
  const facts = x['facts'];
  const confusions = x['confusions'];
  if (!isRecord(facts) || !isRecord(confusions)) return null;
  let lost = 0;
  // Object.fromEntries defines own properties, so a key such as "__proto__" cannot reach a prototype.
  const outFacts: [string, FactProgress][] = [];
  for (const [id, value] of Object.entries(facts)) {
    const fact = validateFact(value);
    if (fact === null) lost++;
    else outFacts.push([id, fact]);
  }
  const outConfusions: [string, Record<string, Confusion>][] = [];
  for (const [expected, row] of Object.entries(confusions)) {
    if (!isRecord(row)) {
      lost++;
      continue;
    }
    const outRow: [string, Confusion][] = [];
    for (const [picked, value] of Object.entries(row)) {
      const confusion = validateConfusion(value);
      if (confusion === null) lost++;
      else outRow.push([picked, confusion]);
    }
    if (outRow.length > 0) outConfusions.push([expected, Object.fromEntries(outRow)]);
  }
  return {
    value: {
      version: PROGRESS_VERSION,
      facts: Object.fromEntries(outFacts),
      confusions: Object.fromEntries(outConfusions),
    },
    lost,
  };
}

/** One fact's history, every field checked (valibot). */
const factSchema = v.pipe(
  v.object({
    box: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_BOX)),
    lastSeen: v.pipe(v.number(), v.finite()),
    due: v.pipe(v.number(), v.finite()),
    right: v.pipe(v.number(), v.integer(), v.minValue(0)),
    wrong: v.pipe(v.number(), v.integer(), v.minValue(0)),
    lastQuestionId: v.pipe(v.string(), v.minLength(1)),
  }),
  v.check((f) => f.due >= f.lastSeen && f.right + f.wrong >= 1),
);

/** One mix-up of places (valibot). */
const confusionSchema = v.object({
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  last: v.pipe(v.number(), v.finite()),
});

function validateFact(x: unknown): FactProgress | null {
  const r = v.safeParse(factSchema, x);
  if (!r.success) return null;
  // A clean copy: unknown fields dropped.
  const { box, lastSeen, due, right, wrong, lastQuestionId } = r.output;
  return { box: box as Box, lastSeen, due, right, wrong, lastQuestionId };
}

function validateConfusion(x: unknown): Confusion | null {
  const r = v.safeParse(confusionSchema, x);
  return r.success ? { count: r.output.count, last: r.output.last } : null;
}
