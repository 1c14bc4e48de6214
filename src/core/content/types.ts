/**
 * The content model: the language-neutral structure of a question bank.
 * Words live in content/<pack>/texts/<lng>.json under the question's id; places' names in
 * locales/<lng>/places.json under the place id. Nothing here is shown to a player as is.
 */
import type { ModuleQuestion, ModuleResponse } from '../questions/kind.ts';
import type { QUESTION_KINDS } from '../questions/registry.ts';

/** A topic id from the pack's own list (content/<pack>/pack.json → topics). */
export type Topic = string;

/**
 * Every question type is one module (src/core/questions/<type>/index.ts) that declares its own
 * question and responses; the unions below are derived from the registry, so a new type needs no
 * edit here. The names in order: QUESTION_TYPES in src/core/questions/registry.ts.
 */
type Modules = typeof QUESTION_KINDS;
export type QuestionType = keyof Modules;

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

/** A question of any type (each type's interface: its module). */
export type Question = { [T in QuestionType]: ModuleQuestion<Modules[T]> }[QuestionType];

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

/** What a player answered (each type's response shapes: its module). `null` in a record means the time ran out. */
export type Response = { [T in QuestionType]: ModuleResponse<Modules[T]> }[QuestionType];

/**
 * Which response shapes answer each question type: that type's module (src/core/questions/<type>/) gives
 * each shape's codec (validation, result-code bytes, words). Every shape belongs to a type.
 */
export type ResponseShapes = { [T in QuestionType]: ModuleResponse<Modules[T]>['type'] };
