/**
 * What a question type is made of. Every type lives in its own folder (`./<type>/index.ts`) and
 * provides each part below; the registry (./registry.ts) is typed so that the compiler refuses a
 * type that lacks one. The DOM side (answer widget, studio form) is src/ui/answers/<type>.ts.
 */
import type * as v from 'valibot';
import type { DraftItem, DraftQuestion, Words } from '../authoring/draft.ts';
import type { QuestionBase, QuestionText, Question, QuestionType, Response, ResponseShapes } from '../content/types.ts';
import type { Texts } from '../content/describe.ts';
import type { ExportBody, ExportContext } from '../export/items.ts';
import type { Rng } from '../random/rng.ts';
import type { LonLat } from '../round/distance.ts';
import type { ByteReader, ByteWriter } from '../share/bytes.ts';

export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
/** The responses that answer a question type (content/types.ts ResponseShapes names their `type`s). */
export type ResponsesOf<T extends QuestionType> = Extract<Response, { type: ResponseShapes[T] }>;

/** A question type's own question: the fields every question has, its `type` and its own fields. */
export type QuestionShape = QuestionBase & { type: string };
/** A response shape: plain data tagged by its `type` (unique among all types' shapes). */
export type ResponseShape = { type: string };

/**
 * One response shape as it is checked, travels in result codes and is said in words. Its `tags` are the
 * bytes that open it in a result code (src/core/share/response.ts dispatches on them): fixed for ever,
 * since codes already given out read through them; a new shape takes new numbers.
 */
export interface ResponseCodec<R extends ResponseShape> {
  tags: readonly number[];
  /** A clean copy of a plain-data response of this shape (its `type` already checked), or null. */
  validate(x: Record<string, unknown>): R | null;
  /** As the short code keeps it (map points rounded); absent = kept as is. */
  normalise?(r: R): R;
  /** Writes one of its tags, then the response; `dict` is the question's own ids (compact ids). */
  write(w: ByteWriter, r: R, dict: readonly string[]): void;
  /** Reads what `write` wrote after `tag`; the caller validates the result. */
  read(r: ByteReader, tag: number, dict: readonly string[]): unknown;
  /** The response in words (`words` are the question's texts; `q` the question it answers). */
  text(r: R, q: Question, words: QuestionText | undefined, texts: Texts): string;
}

/** Groups of per-question words a type may have in texts/<lng>.json, each keyed by an id of the question. */
export const TEXT_GROUPS = ['choices', 'events', 'statements', 'speakers'] as const;
export type TextGroup = (typeof TEXT_GROUPS)[number];

/** What a type's checks know about the pack. */
export interface CheckContext {
  /** Every place id on the map: countries (ISO alpha-3, upper case) and cities (lower-case slugs). */
  placeIds: ReadonlySet<string>;
}

/**
 * A type's module: `Q` is its question (declared in the module), `R` the union of the responses
 * that answer it. content/types.ts derives `Question`, `QuestionType`, `Response` and
 * `ResponseShapes` from the registry's modules, so a new type declares its shapes only here.
 */
export interface TypeModule<Q extends QuestionShape, R extends ResponseShape> {
  type: Q['type'];
  /** The type's own fields (valibot entries), besides the fields every question has. */
  schema: v.ObjectEntries;
  /** Problems a schema cannot see (an answer missing from its choices…), in words for the author. */
  problems(q: Q, ctx: CheckContext): string[];
  /** The word groups its texts have, with the ids each must cover (ids may repeat). */
  textGroups(q: Q): Partial<Record<TextGroup, string[]>>;
  /** Whether its texts may give a `unit` shown after a number. */
  hasUnit: boolean;
  /** How right a response is, 0..1; null when the response does not fit the question. */
  score(q: Q, r: Response, placeCoords: (id: string) => LonLat | undefined): number | null;
  /** A response that is fully right (the answer key and the reveal say it in words). */
  correctResponse(q: Q): Response;
  /** The ids a response to it is likely to name, in a fixed order (compact result codes). */
  tokens(q: Q): string[];
  /** Each response shape that answers it (R): codec and words. */
  responses: { [S in R['type']]: ResponseCodec<Extract<R, { type: S }>> };
  /** Its time weight (round/timing.ts): fixed + perItem × items(q) + extra(q). */
  time: { fixed: number; perItem: number; items(q: Q): number; extra?(q: Q): number };
  /** What a teacher's tool gets (src/core/export/): one of the shapes every format writes. */
  exportItem(q: Q, ctx: ExportContext): ExportBody;
  /** What a phone may see while it is open in a live game: nothing that gives the answer away. */
  publicView(q: Q, base: PublicBase, rng: Rng): Q;
  /** What it asks on the map, when it is answered there (the round's map, the stage, map mix-ups); null: not a map question. */
  map(q: Q): MapAsk | null;
  /** How a live game's projector sums up the class's answers to it (src/core/live/distribution.ts). */
  live: LiveSummary<Q, R>;
  /** What the give-away check of a pack (src/core/content/cues.ts) looks at in it; null: nothing. */
  cues(q: Q): CueSubject | null;
  /** How the teachers' studio edits it (src/core/authoring/): its question as the draft's fields and back. */
  authoring: Authoring<Q>;
}

/** The draft's fields a type fills (the draft is flat: it keeps every type's fields, ./authoring/draft.ts). */
export type DraftFields = Partial<
  Omit<DraftQuestion, 'id' | 'type' | 'topic' | 'difficulty' | 'paragraphs' | 'context' | 'prompt' | 'explanation'>
>;

/** A pack question's words in every language, as the draft keeps them. */
export interface PackWords {
  /** One text of the question (`unit`…). */
  of(field: string): Words;
  /** One item of a word group (a choice, an event…). */
  item(group: TextGroup, id: string): DraftItem;
}

/** What a type writes of a draft question's words in one language. */
export interface DraftWords {
  /** The items' words written in the language, by id (`ids` in place of the items' own). */
  group(items: readonly DraftItem[], ids?: readonly string[]): Record<string, string>;
  /** The words written in the language, or undefined. */
  written(w: Words): string | undefined;
  /** The quiz's main language. */
  main: string;
}

/** A type's part in the studio: what src/core/authoring/fromPackFile.ts, toPackFile.ts and check.ts ask of it. */
export interface Authoring<Q extends QuestionShape> {
  /** Its own fields as the draft keeps them (the rest stays blank). */
  toDraft(q: Q, words: PackWords): DraftFields;
  /** The question a draft of this type makes (`base`: the fields every question has; `main`: the quiz's main language). */
  fromDraft(d: DraftQuestion, base: QuestionBase, main: string): Q;
  /** Its own words in one language (choices, events, unit…); absent: only prompt and explanation. */
  texts?(d: DraftQuestion, w: DraftWords): Record<string, unknown>;
  /** The same question with numbers not typed yet (NaN) replaced by ones its schema takes; absent: none. */
  standIn?(q: Q): Q;
}

/** A map question: the kind of place it asks for and its targets (the first one, for one place). */
export interface MapAsk {
  mode: 'country' | 'city' | 'countries';
  targets: readonly string[];
}

/**
 * The projector's summary of a question's answers: with `options`, one count per option (each
 * option a response, said in words by its codec); without, how many were right, partly right and
 * wrong. `picks` are the map picks a response shows at the reveal.
 */
export interface LiveSummary<Q, R extends ResponseShape> {
  options?: {
    /** The options' keys in order, each counted even when nobody picks it. */
    keys(q: Q): string[];
    /** The option a response picks (null: none of them). */
    keyOf(r: Response): string | null;
    /** The response that picks an option (its words are the option's label). */
    response(key: string): R;
    /** Whether the projector lists the options under the prompt (the phones show them too). */
    listed: boolean;
  };
  picks?(r: Response): MapPick[];
}

/** One map pick shown on the projector: a place picked, or a point clicked. */
export type MapPick = { place: string } | { lon: number; lat: number };

/** A right choice among others (cue: its words stand out by length), or a statement and its truth (cue: absolute words). */
export type CueSubject = { right: string; others: string[] } | { statement: boolean };

/** The module of a registered type. */
export type QuestionKind<T extends QuestionType> = TypeModule<QuestionOf<T>, ResponsesOf<T>>;

/** The question and responses a module declares (content/types.ts derives the unions from them). */
export type ModuleQuestion<M> = M extends TypeModule<infer Q, infer _R> ? Q : never;
export type ModuleResponse<M> = M extends TypeModule<infer _Q, infer R> ? R : never;

/** The fields every question has, as a phone sees them in a live game (no fact, no paragraphs). */
export type PublicBase = Pick<Question, 'id' | 'fact' | 'topic' | 'difficulty' | 'paragraphs'>;

export function duplicates<T>(xs: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const x of xs) (seen.has(x) ? dup : seen).add(x);
  return [...dup];
}
