/**
 * The list of teachers' packs saved on this device, as the title screen reads it: a few hundred bytes
 * a pack, checked on read (an entry that does not read is left out), without the codec that reads
 * the packs themselves (./authoredStore.ts, loaded only when a pack is opened or saved).
 */
import * as v from 'valibot';
import type { RecordStore } from '../storage/recordStore.ts';
import { PackMetaSchema } from './pack.ts';

export const AUTHORED_NAMESPACE = 'sahel-quiz-packs';
export const INDEX_KEY = 'index';

const SummarySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Language → the pack's title. */
  titles: v.record(v.string(), v.pipe(v.string(), v.maxLength(400))),
  meta: PackMetaSchema,
  factCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  questionCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** When it was saved here (ms since 1970). */
  savedAt: v.pipe(v.number(), v.finite()),
});

/** What the title screen and the studio list of a saved pack, without its questions. */
export type AuthoredSummary = v.InferOutput<typeof SummarySchema>;

/** The saved packs' summaries; entries that do not read are left out. */
export function readAuthoredIndex(records: RecordStore): AuthoredSummary[] {
  return records.load(
    INDEX_KEY,
    (data) =>
      Array.isArray(data)
        ? data.flatMap((e): AuthoredSummary[] => {
            const r = v.safeParse(SummarySchema, e);
            return r.success ? [r.output] : [];
          })
        : undefined,
    [] as AuthoredSummary[],
  ).value;
}
