/**
 * Questions of a pack turned into the shapes teachers' tools know: a choice (one or several right),
 * true/false, a number with a tolerance, a matching, an ordering. Every format (moodle.ts, gift.ts,
 * kahoot.ts, quizlet.ts, csv.ts) writes from these items, in one language. Pure: the words and the
 * map's places come in.
 */
import { correctAnswerText, type Texts } from '../content/describe.ts';
import type { ContentPack, LocateQuestion, Question, QuestionType } from '../content/types.ts';
import { distanceKm } from '../round/distance.ts';

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

export type ExportItem = ItemBase &
  (
    | { kind: 'choice'; multiple: boolean; options: ChoiceOption[] }
    | { kind: 'truefalse'; answer: boolean }
    | { kind: 'numeric'; answer: number; tolerance: number }
    | { kind: 'matching'; pairs: { left: string; right: string }[] }
    | { kind: 'ordering'; order: string[] }
  );

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

/** How many wrong names a map question offers beside its right ones. */
export const MAP_DISTRACTORS = 3;

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
  switch (q.type) {
    case 'choice':
      return {
        ...base,
        kind: 'choice',
        multiple: false,
        options: q.choices.map((c) => ({ text: words?.choices?.[c] ?? c, correct: c === q.answer })),
      };
    case 'truefalse':
      return { ...base, kind: 'truefalse', answer: q.answer };
    case 'numeric':
      return { ...base, kind: 'numeric', answer: q.answer, tolerance: q.tolerance };
    case 'match':
      return {
        ...base,
        kind: 'matching',
        pairs: q.pairs.map((p) => ({
          left: words?.statements?.[p.statement] ?? p.statement,
          right: words?.speakers?.[p.speaker] ?? p.speaker,
        })),
      };
    case 'timeline':
      return { ...base, kind: 'ordering', order: q.order.map((e) => words?.events?.[e] ?? e) };
    case 'locate':
      return {
        ...base,
        kind: 'choice',
        multiple: q.mode === 'countries',
        note: input.words.mapNote,
        options: mapOptions(q, input.places).map((p) => ({
          text: input.texts.place(p),
          correct: q.targets.includes(p),
        })),
      };
  }
}

/**
 * The names a map question offers: its targets and the MAP_DISTRACTORS nearest other places of
 * the same kind (countries or cities), sorted by id so the right one's position says nothing.
 */
export function mapOptions(q: LocateQuestion, places: MapPlaces): string[] {
  const pool = q.mode === 'city' ? places.cities : places.countries;
  const targets = q.mode === 'countries' ? q.targets : q.targets.slice(0, 1);
  const at = targets.map((id) => pool.find((p) => p.id === id)).filter((p): p is MapPlace => p !== undefined);
  const nearest = (p: MapPlace) => Math.min(...at.map((t) => distanceKm(p, t)));
  const others = pool
    .filter((p) => !targets.includes(p.id))
    .map((p) => ({ id: p.id, d: at.length ? nearest(p) : 0 }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, MAP_DISTRACTORS)
    .map((p) => p.id);
  return [...targets, ...others].sort((a, b) => a.localeCompare(b));
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
