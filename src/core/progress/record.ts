import { MAX_BOX } from './leitner.ts';
import { PROGRESS_VERSION, type Box, type Confusion, type FactProgress, type Progress } from './types.ts';

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, facts: {}, confusions: {} };
}

/**
 * A clean copy of `x` if it is a progress record of the current version, else null
 * (an older or newer version, or anything damaged: the caller starts afresh and tells the student).
 * Unknown fields are dropped; a single bad fact makes the whole record invalid, because a
 * half-trusted history would schedule facts wrongly without anyone noticing.
 */
export function validateProgress(x: unknown): Progress | null {
  if (!isObject(x) || x['version'] !== PROGRESS_VERSION) return null;
  const facts = x['facts'];
  const confusions = x['confusions'];
  if (!isObject(facts) || !isObject(confusions)) return null;

  // Object.fromEntries defines own properties, so a key such as "__proto__" cannot reach a prototype.
  const outFacts: [string, FactProgress][] = [];
  for (const [id, value] of Object.entries(facts)) {
    const fact = validateFact(value);
    if (fact === null) return null;
    outFacts.push([id, fact]);
  }
  const outConfusions: [string, Record<string, Confusion>][] = [];
  for (const [expected, row] of Object.entries(confusions)) {
    if (!isObject(row)) return null;
    const outRow: [string, Confusion][] = [];
    for (const [picked, value] of Object.entries(row)) {
      if (!isObject(value) || !isCount(value['count']) || value['count'] < 1 || !isTime(value['last'])) return null;
      outRow.push([picked, { count: value['count'], last: value['last'] }]);
    }
    outConfusions.push([expected, Object.fromEntries(outRow)]);
  }
  return {
    version: PROGRESS_VERSION,
    facts: Object.fromEntries(outFacts),
    confusions: Object.fromEntries(outConfusions),
  };
}

function validateFact(v: unknown): FactProgress | null {
  if (!isObject(v)) return null;
  const { box, lastSeen, due, right, wrong, lastQuestionId } = v;
  if (typeof box !== 'number' || !Number.isInteger(box) || box < 1 || box > MAX_BOX) return null;
  if (!isTime(lastSeen) || !isTime(due) || due < lastSeen) return null;
  if (!isCount(right) || !isCount(wrong) || right + wrong < 1) return null;
  if (typeof lastQuestionId !== 'string' || lastQuestionId === '') return null;
  return { box: box as Box, lastSeen, due, right, wrong, lastQuestionId };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
