/**
 * The draft on the device: one record, saved as the teacher types and checked whole when read back
 * (a damaged one is kept aside by the record store, never silently dropped).
 */
import * as v from 'valibot';
import type { Loaded, RecordStore, SaveResult } from '../storage/index.ts';
import { valibotValidator } from '../storage/valibot.ts';
import { QUESTION_TYPES } from '../questions/registry.ts';
import type { Draft } from './draft.ts';

export const DRAFT_KEY = 'studio-draft';
export const DRAFT_VERSION = 1;

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/));
const Words = v.record(v.string(), v.string());
const Item = v.object({ id: Id, words: Words });

const QuestionSchema = v.object({
  id: Id,
  type: v.picklist(QUESTION_TYPES),
  topic: Id,
  difficulty: v.picklist([1, 2, 3]),
  paragraphs: v.array(v.pipe(v.number(), v.integer())),
  context: v.boolean(),
  prompt: Words,
  explanation: Words,
  choices: v.array(Item),
  answer: v.string(),
  truth: v.boolean(),
  mode: v.picklist(['country', 'countries', 'city']),
  targets: v.array(v.string()),
  toleranceKm: v.string(),
  numeric: v.object({
    answer: v.string(),
    min: v.string(),
    max: v.string(),
    step: v.string(),
    tolerance: v.string(),
    year: v.boolean(),
  }),
  unit: Words,
  events: v.array(Item),
  pairs: v.array(v.object({ statement: Item, speaker: Item })),
});

export const DraftSchema = v.object({
  id: Id,
  languages: v.pipe(v.array(v.string()), v.minLength(1)),
  title: Words,
  source: v.object({
    title: v.string(),
    publication: v.string(),
    date: v.string(),
    link: v.string(),
    text: v.string(),
    knownParagraphs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  topics: v.pipe(v.array(Item), v.minLength(1)),
  questions: v.array(QuestionSchema),
  serial: v.pipe(v.number(), v.integer(), v.minValue(1)),
  deleted: v.nullable(v.object({ question: QuestionSchema, index: v.pipe(v.number(), v.integer()) })),
});

const validate = valibotValidator(DraftSchema);

/** The saved draft, or undefined (with the store's problem when one was there but unreadable). */
export function loadDraft(records: RecordStore): Loaded<Draft | undefined> {
  return records.load<Draft | undefined>(DRAFT_KEY, (x) => validate(x) as Draft | undefined, undefined, DRAFT_VERSION);
}

export function saveDraft(records: RecordStore, d: Draft): SaveResult {
  return records.save(DRAFT_KEY, d, DRAFT_VERSION);
}
