import * as v from 'valibot';

export const IdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must match [a-z0-9-]+'));
export const FiniteSchema = v.pipe(v.number(), v.finite());
