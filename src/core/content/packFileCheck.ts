/**
 * Reads an untrusted pack file (see ./packFile.ts) into one the game can use, or says everything
 * wrong with it. Same checks as `npm run content:check` on a pack folder (./validate.ts) after the
 * caps of ./packFileShape.ts, plus what only a file can get wrong: its format, its id (never a
 * shipped pack's), its languages and stage. Never throws.
 */
import * as v from 'valibot';
import { isRecord } from '../isRecord.ts';
import { measureCues } from './cues.ts';
import { PACK_TEXT_KEY, PackMetaSchema, paragraphCountOf } from './pack.ts';
import type { PackFile, PackTexts } from './packFile.ts';
import { PACK_FILE_LIMITS, type PackProblem, problem, shapeProblem } from './packFileShape.ts';
import type { ContentPack, QuestionText } from './types.ts';
import { validatePack } from './validate.ts';

export const PACK_FILE_FORMAT = 'sahel-quiz-pack';
export const PACK_FILE_VERSION = 1;
export const PACK_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const FIELDS = new Set(['format', 'formatVersion', 'id', 'meta', 'questions', 'texts', 'stage']);

export interface PackFileContext {
  /** Every place id on the map (countries and cities). */
  placeIds: ReadonlySet<string>;
  /** Ids of the packs the game ships: a pack file may not take one. */
  shippedIds: readonly string[];
  /** The languages the game has (a text in another one is refused); any well-formed code when absent. */
  languages?: readonly string[];
}

export type PackFileCheck =
  | {
      ok: true;
      file: PackFile;
      pack: ContentPack;
      /** Language → question ids (and `_pack`) without words in it: the game falls back to another language. */
      missing: Record<string, string[]>;
      /** Not errors: cues a test-wise student could use (e.g. the right answer much longer than the others). */
      warnings: PackProblem[];
    }
  | { ok: false; problems: PackProblem[] };

const Lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const Lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const StageSchema = v.strictObject({
  regions: v.pipe(v.array(v.tuple([Lon, Lat, Lon, Lat])), v.maxLength(64)),
  facts: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), v.pipe(v.array(v.string()), v.maxLength(32))),
});

export function checkPackFile(input: unknown, ctx: PackFileContext): PackFileCheck {
  try {
    return check(input, ctx);
  } catch {
    return { ok: false, problems: [problem('file', '', 'packFile.notPack')] };
  }
}

function head(input: unknown, ctx: PackFileContext): PackProblem[] {
  const shape = shapeProblem(input);
  if (shape) return [shape];
  if (!isRecord(input) || input.format !== PACK_FILE_FORMAT) return [problem('file', '', 'packFile.notPack')];
  const version = input.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACK_FILE_VERSION)
    return [problem('file', 'formatVersion', 'packFile.newer', { version })];
  if (version !== PACK_FILE_VERSION) return [problem('file', 'formatVersion', 'packFile.notPack')];
  const out: PackProblem[] = [];
  for (const key of Object.keys(input))
    if (!FIELDS.has(key)) out.push(problem('file', key, 'packFile.unknownField', { name: key }));
  const id = input.id;
  if (typeof id !== 'string' || !PACK_ID_PATTERN.test(id))
    out.push(problem('file', 'id', 'packFile.badId', { id: typeof id === 'string' ? id.slice(0, 80) : '' }));
  else if (ctx.shippedIds.includes(id)) out.push(problem('file', 'id', 'packFile.shippedId', { id }));
  const meta = v.safeParse(PackMetaSchema, input.meta);
  if (!meta.success)
    for (const i of meta.issues)
      out.push(problem('meta', v.getDotPath(i) ?? '', 'packFile.meta', { detail: detailOf(i) }));
  if (!Array.isArray(input.questions))
    out.push(problem('file', 'questions', 'packFile.invalid', { entry: 'questions', detail: 'must be a list' }));
  else if (input.questions.length > PACK_FILE_LIMITS.maxQuestions)
    out.push(problem('file', 'questions', 'packFile.tooManyQuestions', { max: PACK_FILE_LIMITS.maxQuestions }));
  out.push(...languageProblems(input.texts, ctx));
  if (input.stage !== undefined) out.push(...stageProblems(input.stage, ctx));
  return out;
}

function languageProblems(texts: unknown, ctx: PackFileContext): PackProblem[] {
  if (!isRecord(texts) || Object.keys(texts).length === 0) return [problem('texts', '', 'packFile.noLanguage')];
  const out: PackProblem[] = [];
  const languages = Object.keys(texts);
  if (languages.length > PACK_FILE_LIMITS.maxLanguages)
    out.push(problem('texts', '', 'packFile.tooMany', { max: PACK_FILE_LIMITS.maxLanguages }));
  for (const lng of languages)
    if (!LANGUAGE_PATTERN.test(lng) || (ctx.languages && !ctx.languages.includes(lng)))
      out.push(problem('texts', `[${lng.slice(0, 40)}]`, 'packFile.badLanguage', { language: lng.slice(0, 40) }));
    else if (!isRecord(texts[lng]))
      out.push(problem('texts', `[${lng}]`, 'packFile.invalid', { entry: `texts [${lng}]`, detail: 'not an object' }));
  return out;
}

function stageProblems(stage: unknown, ctx: PackFileContext): PackProblem[] {
  const parsed = v.safeParse(StageSchema, stage);
  if (!parsed.success)
    return parsed.issues.map((i) => problem('stage', v.getDotPath(i) ?? '', 'packFile.stage', { detail: detailOf(i) }));
  const out: PackProblem[] = [];
  for (const [fact, places] of Object.entries(parsed.output.facts))
    for (const place of places)
      if (!ctx.placeIds.has(place))
        out.push(
          problem('stage', `facts.${fact}`, 'packFile.stage', { detail: `unknown place ${place.slice(0, 40)}` }),
        );
  return out;
}

function check(input: unknown, ctx: PackFileContext): PackFileCheck {
  const first = head(input, ctx);
  if (first.length > 0 || !isRecord(input)) return { ok: false, problems: first };
  const meta = v.parse(PackMetaSchema, input.meta);
  const questions = input.questions as unknown[];
  const texts = input.texts as Record<string, Record<string, unknown>>;
  const missing = missingTexts(questions, texts);
  const filled = withFallback(texts, missing);
  const paragraphCount = paragraphCountOf(meta.source);
  const result = validatePack({ id: input.id, version: meta.version, paragraphCount, questions }, filled, {
    placeIds: ctx.placeIds,
    paragraphCount,
    topics: meta.topics,
    packTexts: true,
  });
  if (!result.ok) return { ok: false, problems: result.errors.map(validatorProblem) };
  const pack: ContentPack = { ...result.pack, topics: [...meta.topics] };
  const file: PackFile = {
    format: PACK_FILE_FORMAT,
    formatVersion: PACK_FILE_VERSION,
    id: pack.id,
    meta,
    questions: pack.questions,
    texts: texts as Record<string, PackTexts>,
    ...(input.stage !== undefined ? { stage: input.stage } : {}),
  };
  const warnings: PackProblem[] = [];
  for (const [lng, words] of Object.entries(texts))
    for (const id of measureCues(pack, words as Record<string, QuestionText>, lng).overlong)
      warnings.push(problem(id, `[${lng}]`, 'packFile.cueOverlong', { entry: id, language: lng }));
  for (const lng of Object.keys(missing)) if (missing[lng]?.length === 0) delete missing[lng];
  return { ok: true, file, pack, missing, warnings };
}

/** Language → question ids (and `_pack`) without words in it. */
function missingTexts(questions: unknown[], texts: Record<string, Record<string, unknown>>): Record<string, string[]> {
  const ids = questions.map((q) => (isRecord(q) && typeof q.id === 'string' ? q.id : '')).filter((id) => id !== '');
  const missing: Record<string, string[]> = {};
  for (const [lng, words] of Object.entries(texts))
    missing[lng] = [...ids, PACK_TEXT_KEY].filter((id) => words[id] === undefined);
  return missing;
}

/**
 * The words a checked pack is played with: each language's own, and what it lacks taken from a
 * complete language (English first). What was checked is what is shown: a French-only pack played
 * in English shows its French words, never an empty prompt.
 */
export function textsForPlay(file: Pick<PackFile, 'questions' | 'texts'>): Record<string, PackTexts> {
  const texts = file.texts as Record<string, Record<string, unknown>>;
  const filled = withFallback(texts, missingTexts(file.questions, texts));
  return Object.fromEntries(Object.entries(filled).map(([l, w]) => [l, { ...w }])) as Record<string, PackTexts>;
}

/**
 * Each language's words, with what it lacks taken from a complete language (English first), as the
 * game falls back at play time (textsForPlay). A language that lacks everything still has its own
 * entries checked.
 */
function withFallback(
  texts: Record<string, Record<string, unknown>>,
  missing: Record<string, string[]>,
): Record<string, Record<string, unknown>> {
  const complete = Object.keys(texts).filter((l) => missing[l]?.length === 0);
  const from = complete.includes('en') ? 'en' : complete[0];
  if (from === undefined) return texts;
  const source = texts[from] as Record<string, unknown>;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [lng, words] of Object.entries(texts)) {
    const copy: Record<string, unknown> = Object.create(null);
    for (const id of missing[lng] ?? []) copy[id] = source[id];
    for (const [k, w] of Object.entries(words)) copy[k] = w;
    out[lng] = copy;
  }
  return out;
}

/** "protest-day [fr]: choice sunday has no text" → entry protest-day, field [fr]. */
function validatorProblem(message: string): PackProblem {
  const m = /^(\S+?)(?: (\[[^\]]+\]))?: (.*)$/s.exec(message);
  const entry = m?.[1] === 'pack' ? 'file' : (m?.[1] ?? 'file');
  const detail = m?.[3] ?? message;
  return problem(entry, m?.[2] ?? '', 'packFile.invalid', {
    entry: message.slice(0, message.length - detail.length - 2) || entry,
    detail,
  });
}

function detailOf(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return 'missing';
  if (issue.type === 'strict_object' && issue.input !== undefined) return 'unknown field';
  return issue.message;
}
