import type { Response } from '../content/types.ts';
import type { ResponseCodec } from '../questions/kind.ts';
import { QUESTION_KINDS } from '../questions/registry.ts';
import { type ByteReader, type ByteWriter, DecodeFailure } from './bytes.ts';
import { isRecord } from './ids.ts';

/**
 * Responses as they travel in result codes and files: validation (a clean copy or null) and
 * compact binary packing. Each response shape's codec lives in the module of the question type it
 * answers (src/core/questions/<type>/, `responses`); this file only dispatches, on the shape's
 * `type` in plain data and on its tag in bytes (tag 0: the time ran out).
 */

const TAG_NONE = 0;

/** Every response shape's codec, from the question types' modules. */
const CODECS: ReadonlyMap<string, ResponseCodec<Response>> = new Map(
  Object.values(QUESTION_KINDS).flatMap((k) => Object.entries(k.responses as Record<string, ResponseCodec<Response>>)),
);

/** Tag → codec; two shapes claiming one tag is a programming error caught at load (and by a unit test). */
const BY_TAG: ReadonlyMap<number, ResponseCodec<Response>> = (() => {
  const m = new Map<number, ResponseCodec<Response>>();
  for (const [shape, c] of CODECS)
    for (const tag of c.tags) {
      if (tag === TAG_NONE || m.has(tag)) throw new Error(`response tag ${tag} of ${shape} is taken`);
      m.set(tag, c);
    }
  return m;
})();
const MAX_TAG = Math.max(...BY_TAG.keys());

function codecOf(r: Response): ResponseCodec<Response> {
  const c = CODECS.get(r.type);
  // Unreachable for a Response: every shape has a codec (content/types.ts ResponseShapes, typed registry).
  if (!c) throw new Error(`no codec for response ${r.type}`);
  return c;
}

export function validateResponse(x: unknown): Response | null {
  if (!isRecord(x) || typeof x.type !== 'string') return null;
  return CODECS.get(x.type)?.validate(x) ?? null;
}

/** The response as the short code keeps it: map points rounded to 1/1000 degree. */
export function normaliseResponse(r: Response): Response {
  return codecOf(r).normalise?.(r) ?? r;
}

/** Writes a (normalised) response or null (time ran out). */
export function writeResponse(w: ByteWriter, r: Response | null, dict: readonly string[]): void {
  if (r === null) w.uint(TAG_NONE);
  else codecOf(r).write(w, r, dict);
}

/** Reads what writeResponse wrote; the result is re-validated so only valid responses come out. */
export function readResponse(r: ByteReader, dict: readonly string[]): Response | null {
  const tag = r.uint(MAX_TAG);
  if (tag === TAG_NONE) return null;
  const codec = BY_TAG.get(tag);
  if (!codec) throw new DecodeFailure('unknown response tag');
  const valid = validateResponse(codec.read(r, tag, dict));
  if (!valid) throw new DecodeFailure('invalid response');
  return valid;
}

/** Every tag in use, with its shape (for the test that no two shapes share one). */
export function responseTags(): { shape: string; tag: number }[] {
  return [...CODECS].flatMap(([shape, c]) => c.tags.map((tag) => ({ shape, tag })));
}
