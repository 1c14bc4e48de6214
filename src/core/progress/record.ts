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
      if (!isRecord(value) || !isCount(value['count']) || value['count'] < 1 || !isTime(value['last'])) lost++;
      else outRow.push([picked, { count: value['count'], last: value['last'] }]);
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

function validateFact(v: unknown): FactProgress | null {
  if (!isRecord(v)) return null;
  const { box, lastSeen, due, right, wrong, lastQuestionId } = v;
  if (typeof box !== 'number' || !Number.isInteger(box) || box < 1 || box > MAX_BOX) return null;
  if (!isTime(lastSeen) || !isTime(due) || due < lastSeen) return null;
  if (!isCount(right) || !isCount(wrong) || right + wrong < 1) return null;
  if (typeof lastQuestionId !== 'string' || lastQuestionId === '') return null;
  return { box: box as Box, lastSeen, due, right, wrong, lastQuestionId };
}

function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
