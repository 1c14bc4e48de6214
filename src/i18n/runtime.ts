/**
 * The one i18next instance and what every part of ./index.ts and ./packTexts.ts reads: the languages
 * found, the English texts (the fallback), and the lookup all texts go through.
 */
import i18next, { type TOptions } from 'i18next';
import type { Translate } from './keys.ts';

export const FALLBACK_LANGUAGE = 'en';
export const PSEUDO_LANGUAGE = 'pseudo';

export type Resources = Record<string, Record<string, unknown>>;

export interface LanguageEntry {
  code: string;
  /** Own name from ui.json meta.languageName; null until read. */
  name: string | null;
  state: 'unread' | 'loaded' | 'broken';
}

export const languages = new Map<string, LanguageEntry>();
export const i18n = i18next.createInstance();
export let english: Resources = {};

/** Puts the English texts in place (at set-up). */
export function setEnglish(texts: Resources): void {
  english = texts;
}

export function warn(message: string): void {
  console.warn(`[i18n] ${message}`);
}

export function translate(key: string, options?: TOptions): string {
  const out: unknown = (i18n.t as (k: string, o?: TOptions) => unknown)(key, options);
  return typeof out === 'string' ? out : '';
}

/**
 * A UI text: `t('round.progress', { n: 3, total: 10 })`. The key and its variables are checked by
 * tsc against locales/en/ui.json (./keys.ts); `lng` reads it in a loaded language other than the current one.
 */
export const t: Translate = (key, ...args) => translate(key, args[0]);

/** The language shown now, e.g. "fr" (or "pseudo"). */
export function currentLanguage(): string {
  return i18n.language || FALLBACK_LANGUAGE;
}
