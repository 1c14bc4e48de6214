/**
 * A teacher's quiz while it is being written (the authoring studio): the source it comes from,
 * its questions of every type and their words in each language. It is plain JSON, saved on the
 * device as the teacher types (./store.ts), and turned into a pack by ./toPackFile.ts. The source's
 * text stays here: a pack carries only the paragraphs' numbers.
 *
 * Every intent below is pure: it takes a draft and returns a new one; nothing is changed in place.
 */
import type { Difficulty, QuestionType } from '../content/types.ts';

/** Words in each language of the quiz ('' or absent: not written yet). */
export type Words = Record<string, string>;

/** One choice, event, statement or speaker: a stable id and its words. */
export interface DraftItem {
  id: string;
  words: Words;
}

export type LocateMode = 'country' | 'countries' | 'city';

/** One question as the teacher edits it; the fields of every type are kept, so changing type loses nothing. */
export interface DraftQuestion {
  id: string;
  type: QuestionType;
  topic: string;
  difficulty: Difficulty;
  paragraphs: number[];
  /** "Background": the answer is not in the source. */
  context: boolean;
  prompt: Words;
  explanation: Words;
  /** choice: exactly four; `answer` is the right one's id. */
  choices: DraftItem[];
  answer: string;
  /** truefalse: whether the statement is true. */
  truth: boolean;
  /** locate */
  mode: LocateMode;
  targets: string[];
  /** Numbers as typed (a half-typed "1." is kept): locate's radius and the numeric slider. */
  toleranceKm: string;
  numeric: { answer: string; min: string; max: string; step: string; tolerance: string; year: boolean };
  unit: Words;
  /** timeline: the events in their right order. */
  events: DraftItem[];
  /** match (who said it): each statement with its speaker. */
  pairs: { statement: DraftItem; speaker: DraftItem }[];
}

export interface DraftSource {
  title: string;
  publication: string;
  /** ISO date, e.g. 2024-03-01. */
  date: string;
  /** Optional address where the source can be read (shown, never fetched). */
  link: string;
  /** The pasted text; never leaves the device. */
  text: string;
  /** Paragraphs of a source whose text is not on this device (an imported pack): 0 otherwise. */
  knownParagraphs: number;
}

export interface Draft {
  /** The pack's id ([a-z0-9-]+). */
  id: string;
  /** Languages the quiz is written in, the first one the main. */
  languages: string[];
  title: Words;
  source: DraftSource;
  topics: DraftItem[];
  questions: DraftQuestion[];
  /** The next number for a new id (q7, c12…): ids are never reused within a draft. */
  serial: number;
  /** The question deleted last, with where it was, until undone or another is deleted. */
  deleted: { question: DraftQuestion; index: number } | null;
}

/**
 * The source's paragraphs as the shipped pack numbers them: blocks separated by a blank line, or,
 * in a text without blank lines, each line; blank ones dropped. Paragraph n is `[n-1]`.
 */
export function paragraphsOf(text: string): string[] {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (trimmed === '') return [];
  const blocks = trimmed.split(/\n[ \t]*\n/);
  const parts = blocks.length > 1 ? blocks : trimmed.split('\n');
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}

/** How many paragraphs questions may cite. */
export function paragraphCount(source: DraftSource): number {
  const pasted = paragraphsOf(source.text).length;
  return pasted > 0 ? pasted : source.knownParagraphs;
}

export function newDraft(id: string, languages: string[]): Draft {
  return {
    id,
    languages: [...languages],
    title: {},
    source: { title: '', publication: '', date: '', link: '', text: '', knownParagraphs: 0 },
    topics: [{ id: 'topic-1', words: {} }],
    questions: [],
    serial: 1,
    deleted: null,
  };
}

const item = (id: string): DraftItem => ({ id, words: {} });

/** The answer fields of a question no form has filled yet (fresh objects each time). */
export function blankAnswers(): Pick<DraftQuestion, 'truth' | 'mode' | 'targets' | 'toleranceKm' | 'numeric' | 'unit'> {
  return {
    truth: true,
    mode: 'country',
    targets: [],
    toleranceKm: '100',
    numeric: { answer: '', min: '', max: '', step: '1', tolerance: '0', year: false },
    unit: {},
  };
}

/** A blank question of `type`, its ids drawn from the draft's serial. */
function blankQuestion(d: Draft, type: QuestionType): { question: DraftQuestion; serial: number } {
  let serial = d.serial;
  const next = (prefix: string): string => `${prefix}${serial++}`;
  const id = next('q');
  const choices = [item(next('c')), item(next('c')), item(next('c')), item(next('c'))];
  const events = [item(next('e')), item(next('e')), item(next('e'))];
  const pairs = [0, 1, 2].map(() => ({ statement: item(next('s')), speaker: item(next('p')) }));
  const question: DraftQuestion = {
    id,
    type,
    topic: d.topics[0]?.id ?? 'topic-1',
    difficulty: 1,
    paragraphs: [],
    context: false,
    prompt: {},
    explanation: {},
    choices,
    answer: choices[0]?.id ?? '',
    ...blankAnswers(),
    events,
    pairs,
  };
  return { question, serial };
}

export function addQuestion(d: Draft, type: QuestionType): Draft {
  const { question, serial } = blankQuestion(d, type);
  return { ...d, serial, questions: [...d.questions, question] };
}

/** Changes one question (by id) with `change`; an unknown id changes nothing. */
export function editQuestion(d: Draft, id: string, change: (q: DraftQuestion) => DraftQuestion): Draft {
  if (!d.questions.some((q) => q.id === id)) return d;
  return { ...d, questions: d.questions.map((q) => (q.id === id ? change(q) : q)) };
}

/** Deletes a question; `undoDelete` brings it back where it was. */
export function deleteQuestion(d: Draft, id: string): Draft {
  const index = d.questions.findIndex((q) => q.id === id);
  const question = d.questions[index];
  if (!question) return d;
  return { ...d, questions: d.questions.filter((q) => q.id !== id), deleted: { question, index } };
}

export function undoDelete(d: Draft): Draft {
  if (!d.deleted) return d;
  const questions = [...d.questions];
  questions.splice(Math.min(d.deleted.index, questions.length), 0, d.deleted.question);
  return { ...d, questions, deleted: null };
}

/** Moves a question up (-1) or down (+1); at either end nothing moves. */
export function moveQuestion(d: Draft, id: string, by: -1 | 1): Draft {
  const from = d.questions.findIndex((q) => q.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= d.questions.length) return d;
  const questions = [...d.questions];
  const [moved] = questions.splice(from, 1);
  if (moved) questions.splice(to, 0, moved);
  return { ...d, questions };
}

/** Items of a list (choices, events, pairs) moved by one place: the timeline's order is its events' order. */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [moved] = out.splice(index, 1);
  if (moved !== undefined) out.splice(to, 0, moved);
  return out;
}

/**
 * The quiz's languages. Words already written in a language taken off are kept in the draft
 * (adding it back brings them back); at least one language stays.
 */
export function setLanguages(d: Draft, languages: string[]): Draft {
  const unique = [...new Set(languages)];
  return unique.length === 0 ? d : { ...d, languages: unique };
}

/** Toggles a cited paragraph, keeping the list in order. */
export function toggleParagraph(q: DraftQuestion, n: number): DraftQuestion {
  const has = q.paragraphs.includes(n);
  const paragraphs = has ? q.paragraphs.filter((p) => p !== n) : [...q.paragraphs, n].sort((a, b) => a - b);
  return { ...q, paragraphs };
}
