/**
 * Validation of a content pack together with its words in every language.
 *
 * Two layers: valibot schemas check the shape (types, id syntax, no unknown keys), then plain
 * checks catch what a schema cannot see: duplicate ids, paragraphs outside the article, map
 * targets not on the map, an answer missing from its choices, a slider that cannot reach the
 * answer, a translation that lacks a choice or an event. Every error starts with the question id
 * (and the language, for words) so an author can find it: `"protest-day [fr]: choice sunday has no text"`.
 */
import * as v from 'valibot';
import { PACK_TEXT_KEY } from './pack.ts';
import { QUESTION_TYPES } from './types.ts';
import type { ContentPack, Question } from './types.ts';

export interface PackCheckOptions {
  /** Every place id on the map: countries (ISO alpha-3, upper case) and cities (lower-case slugs). */
  placeIds: ReadonlySet<string>;
  /** Paragraphs in the source article; cited paragraphs must be within 1..paragraphCount. 0: map data, none cited. */
  paragraphCount: number;
  /** The pack's own topics (pack.json); when given, every question's topic must be one of them. */
  topics?: readonly string[];
  /** Each language must give the pack's own words (`_pack`: title, a name per topic). Needs `topics`. */
  packTexts?: boolean;
}

export type PackValidation = { ok: true; pack: ContentPack } | { ok: false; errors: string[] };

/** Limits the game's screens are built for. */
export const CHOICE_COUNT = 4;
export const TIMELINE_EVENTS = { min: 3, max: 5 } as const;
export const MATCH_PAIRS = { min: 3, max: 4 } as const;

const ID_PATTERN = /^[a-z0-9-]+$/;
const COUNTRY_ID = /^[A-Z]{3}$/;
const CITY_ID = /^[a-z0-9-]+$/;

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must match [a-z0-9-]+'));
const Finite = v.pipe(v.number(), v.finite());

const base = {
  id: Id,
  fact: Id,
  topic: Id,
  difficulty: v.picklist([1, 2, 3]),
  paragraphs: v.array(v.pipe(v.number(), v.integer())),
  context: v.optional(v.boolean()),
};

/** The shape of one question (valibot). */
export const QuestionSchema = v.variant('type', [
  v.strictObject({ ...base, type: v.literal('choice'), choices: v.array(Id), answer: Id }),
  v.strictObject({ ...base, type: v.literal('truefalse'), answer: v.boolean() }),
  v.strictObject({
    ...base,
    type: v.literal('locate'),
    mode: v.picklist(['country', 'city', 'countries']),
    targets: v.array(v.string()),
    toleranceKm: v.optional(Finite),
  }),
  v.strictObject({
    ...base,
    type: v.literal('numeric'),
    answer: Finite,
    min: Finite,
    max: Finite,
    step: Finite,
    tolerance: Finite,
    year: v.optional(v.boolean()),
  }),
  v.strictObject({ ...base, type: v.literal('timeline'), order: v.array(Id) }),
  v.strictObject({
    ...base,
    type: v.literal('match'),
    pairs: v.array(v.strictObject({ statement: Id, speaker: Id })),
  }),
]);

const Words = v.pipe(v.string(), v.trim(), v.nonEmpty('is empty'));
const WordMap = v.record(v.string(), Words);

/** The shape of one question's words in one language (valibot). */
export const QuestionTextSchema = v.strictObject({
  prompt: Words,
  explanation: Words,
  choices: v.optional(WordMap),
  events: v.optional(WordMap),
  statements: v.optional(WordMap),
  speakers: v.optional(WordMap),
  unit: v.optional(Words),
});
type QuestionTextShape = v.InferOutput<typeof QuestionTextSchema>;

const PackHead = v.strictObject({
  id: Id,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  paragraphCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  questions: v.array(v.unknown()),
});

/** Checks a pack and its words in each language of `texts` (language → locales/<lng>/questions.json). */
export function validatePack(
  pack: unknown,
  texts: Readonly<Record<string, unknown>>,
  opts: PackCheckOptions,
): PackValidation {
  const errors: string[] = [];
  const head = v.safeParse(PackHead, pack);
  if (!head.success) {
    return { ok: false, errors: head.issues.map((i) => `pack: ${describeIssue(i)}`) };
  }
  if (head.output.paragraphCount !== opts.paragraphCount) {
    errors.push(
      `pack: paragraphCount is ${head.output.paragraphCount} but the article has ${opts.paragraphCount} paragraphs`,
    );
  }
  if (head.output.questions.length === 0) errors.push('pack: has no questions');

  const questions: Question[] = [];
  /** Ids of every question, valid or not: texts for a broken question are not strays. */
  const seen = new Set<string>();
  head.output.questions.forEach((raw, index) => {
    const name = nameOf(raw, index);
    if (seen.has(name)) errors.push(`${name}: duplicate question id`);
    seen.add(name);
    const parsed = v.safeParse(QuestionSchema, raw);
    if (!parsed.success) {
      for (const issue of parsed.issues) errors.push(`${name}: ${describeIssue(issue)}`);
      return;
    }
    const q = parsed.output as Question;
    if (opts.topics && !opts.topics.includes(q.topic))
      errors.push(`${q.id}: topic: ${q.topic} is not one of the pack's topics (${opts.topics.join(', ')})`);
    for (const problem of questionProblems(q, opts)) errors.push(`${q.id}: ${problem}`);
    questions.push(q);
  });

  const languages = Object.keys(texts);
  if (languages.length === 0) errors.push('texts: no language given');
  for (const lng of languages) {
    const all = texts[lng];
    if (!isRecord(all)) {
      errors.push(`texts [${lng}]: not an object keyed by question id`);
      continue;
    }
    for (const q of questions) {
      for (const problem of textProblems(q, all[q.id])) errors.push(`${q.id} [${lng}]: ${problem}`);
    }
    if (opts.topics && opts.packTexts)
      for (const problem of packTextProblems(all[PACK_TEXT_KEY], opts.topics))
        errors.push(`${PACK_TEXT_KEY} [${lng}]: ${problem}`);
    for (const key of Object.keys(all)) {
      if (key === PACK_TEXT_KEY) continue;
      if (!seen.has(key)) errors.push(`${key} [${lng}]: text for a question that is not in the pack`);
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, pack: { ...head.output, questions } };
}

function questionProblems(q: Question, opts: PackCheckOptions): string[] {
  const out: string[] = [];
  if (opts.paragraphCount === 0) {
    if (q.paragraphs.length > 0) out.push('cites paragraphs, but the pack comes from map data, not an article');
  } else if (q.paragraphs.length === 0 && !q.context)
    out.push('cites no paragraph (allowed only for context questions)');
  for (const p of q.paragraphs) {
    if (p < 1 || p > opts.paragraphCount)
      out.push(`unknown paragraph ${p} (the article has 1..${opts.paragraphCount})`);
  }
  for (const p of duplicates(q.paragraphs)) out.push(`paragraph ${p} cited twice`);

  switch (q.type) {
    case 'choice': {
      if (q.choices.length !== CHOICE_COUNT) out.push(`has ${q.choices.length} choices, needs exactly ${CHOICE_COUNT}`);
      for (const c of duplicates(q.choices)) {
        out.push(c === q.answer ? `the answer ${c} appears twice among the choices` : `choice ${c} appears twice`);
      }
      if (!q.choices.includes(q.answer)) out.push(`the answer ${q.answer} is not among the choices`);
      break;
    }
    case 'locate': {
      if (q.targets.length === 0) out.push('has no map target');
      if (q.mode !== 'countries' && q.targets.length > 1)
        out.push(`${q.mode} mode takes one target, has ${q.targets.length}`);
      for (const t of duplicates(q.targets)) out.push(`map target ${t} listed twice`);
      for (const t of q.targets) {
        if (!opts.placeIds.has(t)) out.push(`map target ${t} is not on the map`);
        else if (q.mode === 'city' && !CITY_ID.test(t)) out.push(`city mode needs a city, ${t} is a country`);
        else if (q.mode !== 'city' && !COUNTRY_ID.test(t)) out.push(`${q.mode} mode needs countries, ${t} is a city`);
      }
      if (q.mode === 'city' && !(q.toleranceKm !== undefined && q.toleranceKm > 0)) {
        out.push('city mode needs a toleranceKm above 0');
      }
      break;
    }
    case 'numeric': {
      if (!(q.min < q.answer && q.answer < q.max)) {
        out.push(`numeric range ${q.min}..${q.max} must have the answer ${q.answer} strictly inside`);
      }
      if (!(q.step > 0)) out.push(`step ${q.step} must be above 0`);
      else if (!onGrid(q.answer - q.min, q.step))
        out.push(`the slider (from ${q.min} by ${q.step}) cannot land on the answer ${q.answer}`);
      if (q.tolerance < 0) out.push(`tolerance ${q.tolerance} must not be negative`);
      else if (q.tolerance >= q.max - q.min)
        out.push(`tolerance ${q.tolerance} covers the whole range, every answer would score`);
      break;
    }
    case 'timeline': {
      if (q.order.length < TIMELINE_EVENTS.min || q.order.length > TIMELINE_EVENTS.max) {
        out.push(`timeline has ${q.order.length} events, needs ${TIMELINE_EVENTS.min} to ${TIMELINE_EVENTS.max}`);
      }
      for (const e of duplicates(q.order)) out.push(`timeline event ${e} listed twice`);
      break;
    }
    case 'match': {
      if (q.pairs.length < MATCH_PAIRS.min || q.pairs.length > MATCH_PAIRS.max) {
        out.push(`match has ${q.pairs.length} pairs, needs ${MATCH_PAIRS.min} to ${MATCH_PAIRS.max}`);
      }
      for (const s of duplicates(q.pairs.map((p) => p.statement))) out.push(`match statement ${s} listed twice`);
      break;
    }
    case 'truefalse':
      break;
  }
  return out;
}

const PackTextSchema = v.strictObject({ title: Words, topics: WordMap });

/** The pack's own words in one language (`_pack`: its title and a name for each topic). */
function packTextProblems(raw: unknown, topics: readonly string[]): string[] {
  if (raw === undefined) return ["missing (the pack's title and topic names)"];
  const parsed = v.safeParse(PackTextSchema, raw);
  if (!parsed.success) return parsed.issues.map((i) => describeIssue(i));
  const out: string[] = [];
  for (const t of topics) if (!(t in parsed.output.topics)) out.push(`topic ${t} has no name`);
  for (const t of Object.keys(parsed.output.topics))
    if (!topics.includes(t)) out.push(`topic ${t} is not in pack.json`);
  return out;
}

/** What the words of one question in one language lack or have too much of. */
function textProblems(q: Question, raw: unknown): string[] {
  if (raw === undefined) return ['missing translation (no prompt, no explanation)'];
  const parsed = v.safeParse(QuestionTextSchema, raw);
  if (!parsed.success) return parsed.issues.map((i) => describeIssue(i));
  const t: QuestionTextShape = parsed.output;
  const out: string[] = [];
  const expect = (field: 'choices' | 'events' | 'statements' | 'speakers', label: string, ids: string[]): void => {
    const have = t[field] ?? {};
    for (const id of new Set(ids)) if (!(id in have)) out.push(`${label} ${id} has no text`);
    for (const id of Object.keys(have))
      if (!ids.includes(id)) out.push(`${label} text ${id} belongs to no ${label} of the question`);
    const byText = new Map<string, string>();
    for (const id of new Set(ids)) {
      const words = have[id]?.toLocaleLowerCase();
      if (words === undefined) continue;
      const other = byText.get(words);
      if (other !== undefined) out.push(`${label}s ${other} and ${id} read the same`);
      byText.set(words, id);
    }
  };
  const unexpected = (...fields: ('choices' | 'events' | 'statements' | 'speakers' | 'unit')[]): void => {
    for (const f of fields) if (t[f] !== undefined) out.push(`${f} given, but a ${q.type} question has none`);
  };
  switch (q.type) {
    case 'choice':
      expect('choices', 'choice', q.choices);
      unexpected('events', 'statements', 'speakers', 'unit');
      break;
    case 'timeline':
      expect('events', 'event', q.order);
      unexpected('choices', 'statements', 'speakers', 'unit');
      break;
    case 'match':
      expect(
        'statements',
        'statement',
        q.pairs.map((p) => p.statement),
      );
      expect(
        'speakers',
        'speaker',
        q.pairs.map((p) => p.speaker),
      );
      unexpected('choices', 'events', 'unit');
      break;
    case 'numeric':
      unexpected('choices', 'events', 'statements', 'speakers');
      break;
    case 'truefalse':
    case 'locate':
      unexpected('choices', 'events', 'statements', 'speakers', 'unit');
      break;
  }
  return out;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const where = path ? `${path}: ` : '';
  if (issue.received === 'undefined' && path) return `${where}missing`;
  if (issue.type === 'strict_object' && issue.input !== undefined) return `${where}unknown field`;
  if (issue.type === 'variant' && path === 'type') return `type: must be one of ${QUESTION_TYPES.join(', ')}`;
  return `${where}${issue.message}`;
}

function nameOf(raw: unknown, index: number): string {
  if (isRecord(raw) && typeof raw.id === 'string' && raw.id !== '') return raw.id;
  return `questions[${index}]`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function duplicates<T>(xs: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const x of xs) (seen.has(x) ? dup : seen).add(x);
  return [...dup];
}

function onGrid(distance: number, step: number): boolean {
  const k = distance / step;
  return Math.abs(k - Math.round(k)) < 1e-9;
}
