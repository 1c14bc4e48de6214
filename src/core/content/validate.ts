/**
 * Validation of a content pack together with its words in every language.
 *
 * Two layers: valibot schemas check the shape (types, id syntax, no unknown keys), then plain
 * checks catch what a schema cannot see: duplicate ids, paragraphs outside the article, map
 * targets not on the map, an answer missing from its choices, a slider that cannot reach the
 * answer, a translation that lacks a choice or an event. Every error starts with the question id
 * (and the language, for words) so an author can find it: `"protest-day [fr]: choice sunday has no text"`.
 */
import { isRecord } from '../isRecord.ts';
import * as v from 'valibot';
import { PACK_TEXT_KEY } from './pack.ts';
import { duplicates, TEXT_GROUPS, type TextGroup } from '../questions/kind.ts';
import { kindOf, QUESTION_KINDS, QUESTION_TYPES } from '../questions/registry.ts';
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

const GROUP_LABEL: Record<TextGroup, string> = {
  choices: 'choice',
  events: 'event',
  statements: 'statement',
  speakers: 'speaker',
};

const ID_PATTERN = /^[a-z0-9-]+$/;

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must match [a-z0-9-]+'));

const base = {
  id: Id,
  fact: Id,
  topic: Id,
  difficulty: v.picklist([1, 2, 3]),
  paragraphs: v.array(v.pipe(v.number(), v.integer())),
  context: v.optional(v.boolean()),
};

/** The shape of one question (valibot): the common fields and its type's own (src/core/questions/<type>/). */
export const QuestionSchema = v.variant(
  'type',
  Object.values(QUESTION_KINDS).map((k) => v.strictObject({ ...base, ...k.schema, type: v.literal(k.type) })),
);

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

  out.push(...kindOf(q).problems(q, opts));
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
  const expect = (field: TextGroup, label: string, ids: string[]): void => {
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
  const unexpected = (...fields: (TextGroup | 'unit')[]): void => {
    for (const f of fields) if (t[f] !== undefined) out.push(`${f} given, but a ${q.type} question has none`);
  };
  const kind = kindOf(q);
  const groups = kind.textGroups(q);
  for (const g of TEXT_GROUPS) {
    const ids = groups[g];
    if (ids) expect(g, GROUP_LABEL[g], ids);
    else unexpected(g);
  }
  if (!kind.hasUnit) unexpected('unit');
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
