/**
 * A content pack is a folder `content/<pack-id>/` (the id is the folder's name):
 * - `pack.json`: language-neutral metadata (PackMeta below): version, source, topics, map framing;
 * - `questions.json`: `{ "questions": [...] }`, the language-neutral questions (see ./types.ts);
 * - `texts/<lng>.json`: its words per language, keyed by question id, plus `_pack` (title, topic names).
 * Packs are found at build time (src/app/packs.ts) and by the scripts (scripts/content/packs.ts).
 */
import * as v from 'valibot';
import type { ContentPack, Question } from './types.ts';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must match [a-z0-9-]+'));
const Lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const Lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));

/** Where a pack's facts come from: a news article (its paragraphs are cited) or the game's map data. */
export const SourceSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('article'),
    /** Who published it, when known. */
    publication: v.optional(v.pipe(v.string(), v.nonEmpty())),
    /** The article's headline, when a teacher gives it: shown as text only. */
    title: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(300))),
    /** Where the article is online: shown as text for a reader to copy, never fetched or made a link. */
    url: v.optional(v.pipe(v.string(), v.maxLength(2000), v.regex(/^https?:\/\/\S+$/, 'must start with https://'))),
    /** ISO date, e.g. "2023-07-30". */
    date: v.pipe(v.string(), v.isoDate('must be a date such as 2023-07-30')),
    /** Numbered paragraphs [1]…[n]; questions cite them. */
    paragraphs: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /** Paragraphs that are photo captions. */
    captions: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1)))),
  }),
  v.strictObject({
    kind: v.literal('map'),
    /** The map data files the facts were computed from, e.g. "assets/map/sahel.topo.json". */
    files: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1)),
    /** The script that computed them, e.g. "npm run make-geo-pack". */
    generator: v.pipe(v.string(), v.nonEmpty()),
  }),
]);

/**
 * A version of the pack that shipped before this one, so the links and result codes it made still read: its
 * question id list when it differed from today's, and, for each question whose answer ids (choices, events,
 * statements, speakers…) changed since, the ids it had then, in the order its result codes counted them
 * (`tokens` of the question's type, repeats removed). Bump `version` whenever a question's meaning changes.
 */
export const EarlierVersionSchema = v.strictObject({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  questionIds: v.optional(v.array(Id)),
  answerIds: v.optional(v.record(Id, v.array(Id))),
  /** Why it changed, for the next author (not shown to players). */
  note: v.optional(v.string()),
});

export const PackMetaSchema = v.strictObject({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Versions that shipped before (see EarlierVersionSchema), newest first. */
  earlier: v.optional(v.array(EarlierVersionSchema)),
  source: SourceSchema,
  /** The pack's own topics, in the order the game lists them; names in texts/<lng>.json → _pack.topics. */
  topics: v.pipe(v.array(Id), v.minLength(1)),
  /** The part of the map a round is about (degrees). */
  map: v.strictObject({
    focus: v.strictObject({ west: Lon, south: Lat, east: Lon, north: Lat }),
  }),
});

export type PackMeta = v.InferOutput<typeof PackMetaSchema>;
export type PackSource = PackMeta['source'];

/** The key in texts/<lng>.json that holds the pack's own words (not a question id: ids match [a-z0-9-]+). */
export const PACK_TEXT_KEY = '_pack';

/** A pack as the game uses it: its questions with its metadata. */
export interface LoadedPack {
  pack: ContentPack;
  meta: PackMeta;
}

/** Paragraphs a question may cite: 1..n for an article, none for map data. */
export function paragraphCountOf(source: PackSource): number {
  return source.kind === 'article' ? source.paragraphs : 0;
}

/** The game's pack from a folder's files (already validated by the build). */
export function packFromFiles(id: string, meta: PackMeta, questions: { questions: Question[] }): ContentPack {
  return {
    id,
    version: meta.version,
    paragraphCount: paragraphCountOf(meta.source),
    topics: [...meta.topics],
    questions: questions.questions,
    ...(meta.earlier ? { earlier: meta.earlier } : {}),
  };
}

/** A pack's topics in order: its own list, or (for a pack made in a test) the order they first appear. */
export function packTopics(pack: ContentPack): string[] {
  return pack.topics ? [...pack.topics] : [...new Set(pack.questions.map((q) => q.topic))];
}
