import type { Texts } from '../core/content/describe.ts';
import type { Question, QuestionText } from '../core/content/types.ts';
import type { TextGroup } from '../core/questions/kind.ts';
import { kindOf } from '../core/questions/registry.ts';
import { formatNumberIn } from './format.ts';
import type { PackSource } from '../core/content/pack.ts';
import { formatDate, formatNumber, packText, placeText, t } from './index.ts';

let packOf: () => string = () => {
  throw new Error('texts read before followTextPack told which pack is played');
};

/** Question and topic texts are the played pack's (`questions` namespace, `<pack-id>.…`); the app says which, once. */
export function followTextPack(current: () => string): void {
  packOf = current;
}

/**
 * A question's words in the current language (or `lng`, once loaded with loadLanguage), looked up
 * field by field, so a string missing in one language falls back to English for that string only.
 */
export function questionText(q: Question, lng?: string): QuestionText {
  const pack = packOf();
  const f = (key: string) => packText(`${pack}.${q.id}.${key}`, lng);
  const group = (name: string, ids: string[]) => Object.fromEntries(ids.map((id) => [id, f(`${name}.${id}`)]));
  const text: QuestionText = { prompt: f('prompt'), explanation: f('explanation') };
  const kind = kindOf(q);
  for (const [name, ids] of Object.entries(kind.textGroups(q))) text[name as TextGroup] = group(name, ids);
  if (kind.hasUnit) {
    const unit = f('unit');
    if (unit) text.unit = unit;
  }
  return text;
}

/** A topic's name from the pack's texts (texts/<lng>.json → _pack.topics). */
export function topicName(topic: string, packId = packOf()): string {
  return packText(`${packId}._pack.topics.${topic}`);
}

/** A pack's title from its texts (texts/<lng>.json → _pack.title). */
export function packTitle(packId: string, lng?: string): string {
  return packText(`${packId}._pack.title`, lng);
}

/** Where a pack's facts come from, in words: "News article, July 30, 2023" or "From the map data". */
export function packSourceText(source: PackSource | undefined): string {
  if (source?.kind !== 'article') return t('packs.mapData');
  return t('packs.articleOf', { date: formatDate(new Date(`${source.date}T12:00:00Z`)) });
}

export function placeName(id: string): string {
  return placeText(id);
}

/** The words the pure describers need, in the current language (or `lng`, once loaded with loadLanguage). */
export function currentTexts(lookup: (id: string) => Question | undefined, lng?: string): Texts {
  return {
    question: (id) => {
      const q = lookup(id);
      return q ? questionText(q, lng) : undefined;
    },
    place: (id) => placeText(id, lng),
    word: (key) => t(`answer.${key}`, lng ? { lng } : undefined),
    formatNumber: (n, options) => {
      const intl = { useGrouping: options?.grouping ?? true };
      return lng ? formatNumberIn(lng, n, intl) : formatNumber(n, intl);
    },
  };
}
