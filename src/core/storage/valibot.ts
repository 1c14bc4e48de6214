import * as v from 'valibot';
import type { Validator } from './recordStore.ts';

/** A record Validator from a valibot schema: the parsed output, or undefined when it fails. */
export function valibotValidator<S extends v.GenericSchema>(schema: S): Validator<v.InferOutput<S>> {
  return (data) => {
    const result = v.safeParse(schema, data);
    return result.success ? result.output : undefined;
  };
}
