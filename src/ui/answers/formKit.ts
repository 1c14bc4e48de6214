/**
 * A question type's form in the teachers' studio lives next to its answer widget (./<type>.ts) and
 * is registered with it (./index.ts). The widgets are in the round's bundle, which a student loads
 * before the first question: so a form imports none of the studio's code, it gets the studio's parts
 * in this kit (implemented by src/ui/screens/studio/typeForms.ts) when the studio draws it.
 */
import type { Draft, DraftItem, DraftQuestion, Words } from '../../core/authoring/draft.ts';
import { setWords } from '../../core/authoring/edits.ts';

export interface TextOptions {
  multiline?: boolean;
  type?: 'text' | 'date' | 'url' | 'number';
  placeholder?: string;
  testId?: string;
  lang?: string;
  /** Commits on each keystroke (no redraw); `redraw` only after leaving the field. */
  onInput(value: string): void;
}

export interface WordsOptions {
  languages: readonly string[];
  languageName(code: string): string;
  multiline?: boolean;
  testId?: string;
  onInput(lng: string, value: string): void;
}

/** What the studio lends a type's form. */
export interface FormKit {
  /** A labelled text box with the place of its checking message (`field`). */
  textField(label: string, value: string, field: string | null, o: TextOptions): HTMLElement;
  /** The same words in each language of the quiz, side by side. */
  wordsFields(label: string, words: Words, fieldBase: string, o: WordsOptions): HTMLElement;
  /** A fieldset with the message of the whole group. */
  group(legend: string, field: string, ...children: (Node | null)[]): HTMLElement;
  checkbox(label: string, checked: boolean, onChange: (on: boolean) => void, testId?: string): HTMLElement;
  /** A fresh element id. */
  nextId(name: string): string;
  /** The place picker of a map question (list, map, radius). */
  placePicker(q: DraftQuestion): HTMLElement;
  /** Up, down and remove for row `i` of a list the teacher grows (events, pairs) down to `min` rows. */
  rowTools(q: DraftQuestion, i: number, count: number, min: number, key: 'events' | 'pairs'): HTMLElement;
  /** The words fields' options for the quiz's languages (`testId` per language). */
  words(testId?: string): Omit<WordsOptions, 'onInput'>;
  draft(): Draft;
  /** Saves and checks the new draft; `redraw` draws the page again (a structural change). */
  change(next: Draft, redraw?: boolean): void;
  editQ(id: string, f: (q: DraftQuestion) => DraftQuestion, redraw?: boolean): void;
}

/** A type's own fields in the studio. */
export type StudioForm = (kit: FormKit, q: DraftQuestion) => HTMLElement;

/** The list with one item's words in one language changed. */
export const withWords = (list: DraftItem[], id: string, lng: string, v: string): DraftItem[] =>
  list.map((it) => (it.id === id ? { ...it, words: setWords(it.words, lng, v) } : it));
