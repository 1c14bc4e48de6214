/**
 * Typed translation keys for the `ui` namespace, derived from locales/en/ui.json: a misspelt
 * key fails `tsc`. Plural keys can be used with their base name ("round.questionCount" with
 * `{ count }`) or a full suffix.
 */
import type enUi from '../../locales/en/ui.json';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends object ? Leaves<T[K], `${P}${K}.`> : never;
}[keyof T & string];

type PluralBase<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? B
  : never;

type UiLeaf = Leaves<typeof enUi>;

/** Every key of locales/en/ui.json, e.g. "language.label", "round.questionCount". */
export type UiKey = UiLeaf | PluralBase<UiLeaf>;

/** Namespaces whose keys are data ids (question ids, place ids), so any string is allowed. */
export type DataNamespace = 'questions' | 'places';

export type UiResources = typeof enUi;
