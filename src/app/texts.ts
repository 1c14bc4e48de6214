import type { Texts } from '../core/content/describe.ts';
import type { Question, QuestionText } from '../core/content/types.ts';
import { formatNumber, t } from '../i18n/index.ts';

/**
 * A question's words in the current language, looked up field by field, so a string missing in
 * one language falls back to English for that string only.
 */
export function questionText(q: Question): QuestionText {
  const f = (key: string) => t(`${q.id}.${key}`, { ns: 'questions' });
  const group = (name: string, ids: string[]) => Object.fromEntries(ids.map((id) => [id, f(`${name}.${id}`)]));
  const text: QuestionText = { prompt: f('prompt'), explanation: f('explanation') };
  switch (q.type) {
    case 'choice':
      text.choices = group('choices', q.choices);
      break;
    case 'timeline':
      text.events = group('events', q.order);
      break;
    case 'match':
      text.statements = group('statements', q.pairs.map((p) => p.statement));
      text.speakers = group('speakers', [...new Set(q.pairs.map((p) => p.speaker))]);
      break;
    case 'numeric': {
      const unit = f('unit');
      if (unit) text.unit = unit;
      break;
    }
    default:
      break;
  }
  return text;
}

export function placeName(id: string): string {
  return t(id, { ns: 'places' });
}

/** The words the pure describers need, in the current language. */
export function currentTexts(lookup: (id: string) => Question | undefined): Texts {
  return {
    question: (id) => {
      const q = lookup(id);
      return q ? questionText(q) : undefined;
    },
    place: placeName,
    word: (key) => t(`answer.${key}`),
    formatNumber,
  };
}
