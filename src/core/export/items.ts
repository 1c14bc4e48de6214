/**
 * Questions of a pack turned into the shapes teachers' tools know: a choice (one or several right),
 * true/false, a number with a tolerance, a matching, an ordering. Every format (moodle.ts, gift.ts,
 * kahoot.ts, quizlet.ts, csv.ts) writes from these items, in one language. Pure: the words and the
 * map's places come in.
 */
import { correctAnswerText, type Texts } from '../content/describe.ts';
import type { ContentPack, Question, QuestionText, QuestionType } from '../content/types.ts';
import { kindOf } from '../questions/registry.ts';

export { mapOptions } from '../questions/locate/index.ts';

export interface ChoiceOption {
  text: string;
  correct: boolean;
}

interface ItemBase {
  id: string;
  /** The game's own question type. */
  source: QuestionType;
  prompt: string;
  /** Explanation and the cited paragraphs, as one text. */
  feedback: string;
  /** The right answer in words (Quizlet, CSV). */
  answerText: string;
  /** Seconds per question; null = no limit. */
  timeLimitS: number | null;
  /** Set on map questions asked as a choice of names: says the map version is in the game. */
  note?: string;
}

/** The shapes teachers' tools hold; each question type's module says which one it becomes (`exportItem`). */
type ExportShape =
  | { kind: 'choice'; multiple: boolean; options: ChoiceOption[] }
  | { kind: 'truefalse'; answer: boolean }
  | { kind: 'numeric'; answer: number; tolerance: number }
  | { kind: 'matching'; pairs: { left: string; right: string }[] }
  | { kind: 'ordering'; order: string[] };

export type ExportItem = ItemBase & ExportShape;

/** What a question type's module gives for one question: its shape, and a note when it is not asked as in the game. */
export type ExportBody = ExportShape & { note?: string };

/** What a question type's module has to hand when it exports a question. */
export interface ExportContext {
  /** The question's own words in the export's language. */
  words: QuestionText | undefined;
  texts: Texts;
  exportWords: ExportWords;
  places: MapPlaces;
}

/** The words around the questions, in the export's language. */
export interface ExportWords {
  /** "Source: article, paragraphs 4, 5." (or the background-knowledge note); '' when none. */
  source(q: Question): string;
  /** Added to a map question asked as names: "On the map in the game; here choose the name." */
  mapNote: string;
  /** A timeline position as the right-hand side of a matching: "1st", "2nd"… */
  position(n: number): string;
  /** "True" / "False" in the language. */
  trueWord: string;
  falseWord: string;
}

/** A map place with where it is (degrees), for picking plausible wrong names near the target. */
export interface MapPlace {
  id: string;
  lon: number;
  lat: number;
}

export interface MapPlaces {
  countries: readonly MapPlace[];
  cities: readonly MapPlace[];
}

export interface ExportInput {
  pack: ContentPack;
  /** The round's questions in order; absent = the whole pack. */
  questionIds?: readonly string[];
  /** From the round; absent = the game's default 20 s. */
  timeLimitMs?: number | null;
  texts: Texts;
  words: ExportWords;
  places: MapPlaces;
}

export const DEFAULT_TIME_LIMIT_S = 20;

/** The items to export, in round (or pack) order. Unknown ids are skipped. */
export function exportItems(input: ExportInput): ExportItem[] {
  const byId = new Map(input.pack.questions.map((q) => [q.id, q]));
  const ids = input.questionIds ?? input.pack.questions.map((q) => q.id);
  const limit =
    input.timeLimitMs === undefined
      ? DEFAULT_TIME_LIMIT_S
      : input.timeLimitMs === null
        ? null
        : Math.round(input.timeLimitMs / 1000);
  const out: ExportItem[] = [];
  for (const id of ids) {
    const q = byId.get(id);
    if (q) out.push(toItem(q, input, limit));
  }
  return out;
}

function toItem(q: Question, input: ExportInput, timeLimitS: number | null): ExportItem {
  const words = input.texts.question(q.id);
  const explanation = words?.explanation ?? '';
  const source = input.words.source(q);
  const base: ItemBase = {
    id: q.id,
    source: q.type,
    prompt: words?.prompt ?? q.id,
    feedback: [explanation, source].filter((s) => s !== '').join(' '),
    answerText: correctAnswerText(q, input.texts),
    timeLimitS,
  };
  const ctx: ExportContext = { words, texts: input.texts, exportWords: input.words, places: input.places };
  return { ...base, ...kindOf(q).exportItem(q as never, ctx) };
}

/** Text on one line: line breaks and tabs become spaces (Quizlet, GIFT, spreadsheets). */
export function oneLine(s: string): string {
  return s
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** What a format could not hold: counted per game type, with the ids. */
export interface LeftOut {
  id: string;
  source: QuestionType;
  reason: 'type' | 'tooLong';
}
