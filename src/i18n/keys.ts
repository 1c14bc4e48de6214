/**
 * Typed translation keys and variables for the `ui` namespace, read from i18next's
 * CustomTypeOptions (./i18next.d.ts): locales/en/ui.json with each text's `{{…}}` placeholders as
 * literals. A misspelt key, a variable the text does not have, or one it needs left out fails `tsc`.
 * Plural keys are used with their base name ("round.questionCount") and a numeric `count`.
 */
import type { CustomTypeOptions } from 'i18next';

type UiTexts = CustomTypeOptions['resources']['ui'];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends object ? Leaves<T[K], `${P}${K}.`> : never;
}[keyof T & string];

type PluralBase<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : never;

type UiLeaf = Leaves<UiTexts>;
type UiPluralBase = PluralBase<UiLeaf>;

/** Every key of locales/en/ui.json, e.g. "language.label", "round.questionCount". */
export type UiKey = UiLeaf | UiPluralBase;

/** The text at a key (a plain `string` when it has no placeholders). */
type At<T, P extends string> = P extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? At<T[H], R>
    : never
  : P extends keyof T
    ? T[P]
    : never;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type NameOf<P extends string> = P extends `${infer N},${string}` ? Trim<N> : Trim<P>;
/** The names in a text's `{{name}}` / `{{name, format}}` placeholders. */
type PlaceholderNames<S> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? NameOf<P> | PlaceholderNames<Rest>
  : never;

/**
 * The variables of the text at K, for each key and plural form on its own (a union of texts would
 * widen to `string`, which has no placeholders): a plural base also takes `count`.
 */
type VarName<K extends string> = K extends string
  ? PlaceholderNames<At<UiTexts, K>> | (K extends UiPluralBase ? 'count' | PluralNames<K> : never)
  : never;
type PluralNames<K extends string, S extends PluralSuffix = PluralSuffix> = S extends PluralSuffix
  ? PlaceholderNames<At<UiTexts, `${K}_${S}`>>
  : never;

/** Options every text takes: the language to read it in (loaded first with loadLanguage). */
export type TextOptions = {
  lng?: string;
};

/** The variables of the text at `K`: `count` is a number, the others a string or a number. */
export type TextVars<K extends string> = { [V in VarName<K>]: V extends 'count' ? number : string | number };

/** What follows the key in `t(key, …)`: options with every variable the text takes, or nothing. */
export type TextArgs<K extends UiKey> = [VarName<K>] extends [never]
  ? [options?: TextOptions]
  : [options: TextOptions & TextVars<K>];

/** A key whose text takes no variables: `t(key)` alone, e.g. a legend passed around as a key. */
export type PlainUiKey = { [K in UiKey]: [VarName<K>] extends [never] ? K : never }[UiKey];

/** The type of `t` and of a language-bound `t` (textsIn). */
export type Translate = <K extends UiKey>(key: K, ...args: TextArgs<K>) => string;
