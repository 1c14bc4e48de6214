/** A numeric estimate on a slider from min to max by step; full marks within `tolerance`. */
import { numberOf } from '../../authoring/edits.ts';
import type { QuestionBase } from '../../content/types.ts';
import * as v from 'valibot';
import { DecodeFailure } from '../../share/bytes.ts';
import { noNegZero, onlyKeys } from '../../share/responseTokens.ts';
import type { TypeModule } from '../kind.ts';

/** Result-code tags (share/response.ts): whole numbers as varints, the rest as float64. */
const TAG_INT = 6;
const TAG_FLOAT = 7;
import { FiniteSchema } from '../schema.ts';

/** Numeric estimate on a slider from min to max by step; full marks within `tolerance`. */
export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answer: number;
  min: number;
  max: number;
  step: number;
  tolerance: number;
  /** The answer is a calendar year: shown without thousands separators (1960, not 1,960). */
  year?: boolean;
}

/** The responses that answer it. */
export type NumericResponse = { type: 'numeric'; value: number };

export const numeric: TypeModule<NumericQuestion, NumericResponse> = {
  type: 'numeric',
  schema: {
    answer: FiniteSchema,
    min: FiniteSchema,
    max: FiniteSchema,
    step: FiniteSchema,
    tolerance: FiniteSchema,
    year: v.optional(v.boolean()),
  },
  problems(q) {
    const out: string[] = [];
    if (!(q.min < q.answer && q.answer < q.max)) {
      out.push(`numeric range ${q.min}..${q.max} must have the answer ${q.answer} strictly inside`);
    }
    if (!(q.step > 0)) out.push(`step ${q.step} must be above 0`);
    else if (!onGrid(q.answer - q.min, q.step))
      out.push(`the slider (from ${q.min} by ${q.step}) cannot land on the answer ${q.answer}`);
    if (q.tolerance < 0) out.push(`tolerance ${q.tolerance} must not be negative`);
    else if (q.tolerance >= q.max - q.min)
      out.push(`tolerance ${q.tolerance} covers the whole range, every answer would score`);
    return out;
  },
  textGroups: () => ({}),
  hasUnit: true,
  score(q, r) {
    if (r.type !== 'numeric' || !Number.isFinite(r.value)) return null;
    return numericCorrectness(r.value, q.answer, q.tolerance, q.max - q.min);
  },
  correctResponse: (q) => ({ type: 'numeric', value: q.answer }),
  tokens: () => [],
  responses: {
    numeric: {
      tags: [TAG_INT, TAG_FLOAT],
      validate: (x) =>
        onlyKeys(x, ['type', 'value']) && typeof x.value === 'number' && Number.isFinite(x.value)
          ? { type: 'numeric', value: noNegZero(x.value) }
          : null,
      write: (w, r) => {
        if (smallWhole(r.value)) w.uint(TAG_INT).int(r.value);
        else w.uint(TAG_FLOAT).f64(r.value);
      },
      read: (r, tag) => {
        if (tag === TAG_INT) return { type: 'numeric', value: r.int(2 ** 52 - 1) };
        const value = r.f64();
        if (smallWhole(value) || Object.is(value, -0)) throw new DecodeFailure('non-canonical number');
        return { type: 'numeric', value };
      },
      text: (r, q, words, texts) => {
        const n = texts.formatNumber(r.value, { grouping: !(q.type === 'numeric' && q.year === true) });
        return words?.unit ? `${n} ${words.unit}` : n;
      },
    },
  },
  time: { fixed: 1.25, perItem: 0, items: () => 0 },
  exportItem: (q) => ({ kind: 'numeric', answer: q.answer, tolerance: q.tolerance }),
  publicView: (q, base) => ({
    ...base,
    type: 'numeric',
    answer: q.min,
    min: q.min,
    max: q.max,
    step: q.step,
    tolerance: 0,
    ...(q.year ? { year: true } : {}),
  }),
  map: () => null,
  live: {},
  cues: () => null,
  authoring: {
    toDraft: (q, w) => ({
      numeric: {
        answer: String(q.answer),
        min: String(q.min),
        max: String(q.max),
        step: String(q.step),
        tolerance: String(q.tolerance),
        year: q.year === true,
      },
      unit: w.of('unit'),
    }),
    fromDraft(d, base) {
      const n = d.numeric;
      const nums = {
        answer: numberOf(n.answer),
        min: numberOf(n.min),
        max: numberOf(n.max),
        step: numberOf(n.step),
        tolerance: numberOf(n.tolerance),
      };
      return { ...base, type: 'numeric', ...nums, ...(n.year ? { year: true } : {}) };
    },
    texts(d, w) {
      const unit = w.written(d.unit);
      return unit === undefined ? {} : { unit };
    },
    standIn(q) {
      const n = (x: number, fallback: number) => (Number.isFinite(x) ? x : fallback);
      const { answer, min, max, step, tolerance } = q;
      const nums = {
        answer: n(answer, 1),
        min: n(min, 0),
        max: n(max, 2),
        step: n(step, 1),
        tolerance: n(tolerance, 0),
      };
      return { ...q, ...nums };
    },
  },
};

/** Whole numbers whose zigzag form stays a safe integer travel as varints; the rest as float64. */
function smallWhole(v: number): boolean {
  return Number.isSafeInteger(v) && Math.abs(v) < 2 ** 52;
}

/** Full marks within the tolerance, then linearly down to 0 a fifth of the slider's range further out. */
export function numericCorrectness(value: number, answer: number, tolerance: number, range: number): number {
  const off = Math.abs(value - answer);
  if (off <= tolerance) return 1;
  const fade = Math.max(range / 5, tolerance, Number.EPSILON);
  return Math.max(0, 1 - (off - tolerance) / fade);
}

function onGrid(distance: number, step: number): boolean {
  const k = distance / step;
  return Math.abs(k - Math.round(k)) < 1e-9;
}
