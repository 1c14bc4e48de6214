/**
 * The content model: the language-neutral structure of a question bank.
 * Words live in content/<pack>/texts/<lng>.json under the question's id; places' names in
 * locales/<lng>/places.json under the place id. Nothing here is shown to a player as is.
 */

/** A topic id from the pack's own list (content/<pack>/pack.json → topics). */
export type Topic = string;

export const QUESTION_TYPES = ['choice', 'truefalse', 'locate', 'numeric', 'timeline', 'match'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type Difficulty = 1 | 2 | 3;

/** Fields every question has. */
export interface QuestionBase {
  /** Unique in its pack, [a-z0-9-]+; the key of its text in content/<pack>/texts/<lng>.json. */
  id: string;
  /** The fact it tests ([a-z0-9-]+). Several questions may test one fact; a round asks each fact once. */
  fact: string;
  topic: Topic;
  difficulty: Difficulty;
  /** Article paragraphs ([1]…[n], n from pack.json) the question comes from. Empty when `context` is true or the pack comes from map data. */
  paragraphs: number[];
  /** True when the answer rests on background knowledge that the article does not state. */
  context?: boolean;
}

/** Multiple choice: one right answer among 4 choices (ids of texts under `choices`). */
export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  choices: string[];
  answer: string;
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
}

/**
 * Locate on the map.
 * - `country`: click the one country `targets[0]`.
 * - `city`: click a point within `toleranceKm` of city `targets[0]` (partial credit to 3× that).
 * - `countries`: select every country in `targets` (partial credit), then confirm.
 */
export interface LocateQuestion extends QuestionBase {
  type: 'locate';
  mode: 'country' | 'city' | 'countries';
  targets: string[];
  toleranceKm?: number;
}

/** Numeric estimate on a slider from min to max by step; full marks within `tolerance`. */
export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answer: number;
  min: number;
  max: number;
  step: number;
  tolerance: number;
  /** The answer is a calendar year: shown without thousands separators (1960, not 1,960). */
  year?: boolean;
}

/** Put events (ids of texts under `events`) in order; `order` is the right order. */
export interface TimelineQuestion extends QuestionBase {
  type: 'timeline';
  order: string[];
}

/** Who said it: each statement id (text under `statements`) maps to a speaker id (text under `speakers`). */
export interface MatchQuestion extends QuestionBase {
  type: 'match';
  pairs: { statement: string; speaker: string }[];
}

export type Question =
  | ChoiceQuestion
  | TrueFalseQuestion
  | LocateQuestion
  | NumericQuestion
  | TimelineQuestion
  | MatchQuestion;

export interface ContentPack {
  id: string;
  version: number;
  /** Number of paragraphs in the source article (0 for map data); cited paragraphs must be within 1..paragraphCount. */
  paragraphCount: number;
  /** The pack's own topics in order (pack.json); absent in packs made by tests (see packTopics). */
  topics?: readonly Topic[];
  questions: Question[];
  /** Versions that shipped before, whose links and codes still read (pack.json `earlier`; see content/pack.ts). */
  earlier?: readonly {
    version: number;
    questionIds?: readonly string[];
    answerIds?: Readonly<Record<string, readonly string[]>>;
  }[];
}

/** The words of one question in one language (content/<pack>/texts/<lng>.json → [id]). */
export interface QuestionText {
  prompt: string;
  explanation: string;
  /** choice id → text (choice questions). */
  choices?: Record<string, string>;
  /** event id → text (timeline). */
  events?: Record<string, string>;
  /** statement id → paraphrased statement (match). */
  statements?: Record<string, string>;
  /** speaker id → who (match). */
  speakers?: Record<string, string>;
  /** unit shown after the number (numeric), e.g. "soldiers". */
  unit?: string;
}

/** What a player answered. `null` in a record means the time ran out. */
export type Response =
  | { type: 'choice'; choice: string }
  | { type: 'truefalse'; value: boolean }
  | { type: 'locate'; places: string[] }
  | { type: 'locate-point'; lon: number; lat: number }
  | { type: 'numeric'; value: number }
  | { type: 'timeline'; order: string[] }
  | { type: 'match'; pairs: Record<string, string> };

/**
 * Which response shapes answer each question type: that type's module (src/core/questions/<type>/) gives
 * each shape's codec (validation, result-code bytes, words). Every shape belongs to a type.
 */
export interface ResponseShapes {
  choice: 'choice';
  truefalse: 'truefalse';
  locate: 'locate' | 'locate-point';
  numeric: 'numeric';
  timeline: 'timeline';
  match: 'match';
}
