/**
 * A draft as a pack file (../content/packFile.ts): what a link, a file or `content/<id>/` carries.
 * The pasted source text is not in it: questions cite paragraph numbers only. Words not written in
 * a language are left out (the validator then names them; the game would fall back to English).
 */
import type { PackMeta } from '../content/pack.ts';
import type { PackFile, PackTexts } from '../content/packFile.ts';
import type { Question, QuestionBase, QuestionText } from '../content/types.ts';
import { paragraphCount, type Draft, type DraftItem, type DraftQuestion, type Words } from './draft.ts';

/** The part of the map an authored quiz frames: the shipped article's (West Africa, the Sahel, Europe's south). */
export const AUTHORED_MAP_FOCUS = { west: -20, south: -5, east: 40, north: 37 } as const;

/** A number as typed: NaN when it is not one ('' included), so the validator names the field. */
export function numberOf(typed: string): number {
  const s = typed.trim().replace(',', '.');
  return s === '' ? Number.NaN : Number(s);
}

export function draftToPackFile(d: Draft): PackFile {
  return {
    format: 'sahel-quiz-pack',
    formatVersion: 1,
    id: d.id,
    meta: metaOf(d),
    questions: d.questions.map((q) => questionOf(q, d.languages[0] ?? 'en')),
    texts: Object.fromEntries(d.languages.map((lng) => [lng, textsIn(d, lng)])),
  };
}

function metaOf(d: Draft): PackMeta {
  const s = d.source;
  const opt = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});
  return {
    version: 1,
    source: {
      kind: 'article',
      ...opt('title', s.title),
      ...opt('url', s.link),
      ...opt('publication', s.publication),
      date: s.date.trim(),
      paragraphs: paragraphCount(s),
    },
    topics: d.topics.map((t) => t.id),
    map: { focus: { ...AUTHORED_MAP_FOCUS } },
  };
}

/** Speakers named alike (in the main language) are one speaker: "who said it" matches statements to them. */
export function speakerIds(q: DraftQuestion, main: string): string[] {
  const byName = new Map<string, string>();
  return q.pairs.map((p) => {
    const name = (p.speaker.words[main] ?? '').trim().toLocaleLowerCase();
    if (name === '') return p.speaker.id;
    const known = byName.get(name);
    if (known) return known;
    byName.set(name, p.speaker.id);
    return p.speaker.id;
  });
}

function questionOf(q: DraftQuestion, main: string): Question {
  const base: QuestionBase = {
    id: q.id,
    fact: q.id,
    topic: q.topic,
    difficulty: q.difficulty,
    paragraphs: [...q.paragraphs],
    ...(q.context ? { context: true } : {}),
  };
  switch (q.type) {
    case 'choice':
      return { ...base, type: 'choice', choices: q.choices.map((c) => c.id), answer: q.answer };
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: q.truth };
    case 'locate':
      return {
        ...base,
        type: 'locate',
        mode: q.mode,
        targets: [...q.targets],
        ...(q.mode === 'city' ? { toleranceKm: numberOf(q.toleranceKm) } : {}),
      };
    case 'numeric': {
      const n = q.numeric;
      const nums = {
        answer: numberOf(n.answer),
        min: numberOf(n.min),
        max: numberOf(n.max),
        step: numberOf(n.step),
        tolerance: numberOf(n.tolerance),
      };
      return { ...base, type: 'numeric', ...nums, ...(n.year ? { year: true } : {}) };
    }
    case 'timeline':
      return { ...base, type: 'timeline', order: q.events.map((e) => e.id) };
    case 'match': {
      const speakers = speakerIds(q, main);
      const pairs = q.pairs.map((p, i) => ({ statement: p.statement.id, speaker: speakers[i] ?? p.speaker.id }));
      return { ...base, type: 'match', pairs };
    }
  }
}

const written = (w: Words, lng: string): string | undefined => {
  const s = (w[lng] ?? '').trim();
  return s === '' ? undefined : s;
};

function group(items: readonly DraftItem[], lng: string, ids?: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  items.forEach((it, i) => {
    const id = ids?.[i] ?? it.id;
    const s = written(it.words, lng);
    if (s !== undefined && !(id in out)) out[id] = s;
  });
  return out;
}

/** One question's words in one language, or undefined when none is written in it. */
export function questionWords(q: DraftQuestion, lng: string, main: string): QuestionText | undefined {
  const prompt = written(q.prompt, lng);
  const explanation = written(q.explanation, lng);
  const t: Record<string, unknown> = {};
  if (prompt !== undefined) t.prompt = prompt;
  if (explanation !== undefined) t.explanation = explanation;
  if (q.type === 'choice') t.choices = group(q.choices, lng);
  if (q.type === 'timeline') t.events = group(q.events, lng);
  if (q.type === 'match') {
    t.statements = group(
      q.pairs.map((p) => p.statement),
      lng,
    );
    t.speakers = group(
      q.pairs.map((p) => p.speaker),
      lng,
      speakerIds(q, main),
    );
  }
  const unit = q.type === 'numeric' ? written(q.unit, lng) : undefined;
  if (unit !== undefined) t.unit = unit;
  const anything = prompt !== undefined || explanation !== undefined;
  return anything ? (t as unknown as QuestionText) : undefined;
}

function textsIn(d: Draft, lng: string): PackTexts {
  const main = d.languages[0] ?? lng;
  const out: PackTexts = {
    _pack: {
      ...(written(d.title, lng) !== undefined ? { title: written(d.title, lng) } : {}),
      topics: group(d.topics, lng),
    },
  };
  for (const q of d.questions) {
    const words = questionWords(q, lng, main);
    if (words) out[q.id] = words;
  }
  return out;
}
