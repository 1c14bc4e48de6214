/** A numeric estimate on a slider from min to max by step; full marks within `tolerance`. */
import * as v from 'valibot';
import type { QuestionKind } from '../kind.ts';
import { FiniteSchema } from '../schema.ts';

export const numeric: QuestionKind<'numeric'> = {
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
};

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
