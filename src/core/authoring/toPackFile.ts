/**
 * A draft as a pack file (../content/packFile.ts): what a link, a file or `content/<id>/` carries.
 * The pasted source text is not in it: questions cite paragraph numbers only. Words not written in
 * a language are left out (the validator then names them; the game would fall back to English).
 */
import type { PackMeta } from '../content/pack.ts';
import type { PackFile, PackTexts } from '../content/packFile.ts';
import type { Question, QuestionBase, QuestionText } from '../content/types.ts';
import { kindNamed } from '../questions/registry.ts';
import { paragraphCount, type Draft, type DraftItem, type DraftQuestion, type Words } from './draft.ts';

/** The part of the map an authored quiz frames: the shipped article's (West Africa, the Sahel, Europe's south). */
export const AUTHORED_MAP_FOCUS = { west: -20, south: -5, east: 40, north: 37 } as const;

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

function questionOf(q: DraftQuestion, main: string): Question {
  const base: QuestionBase = {
    id: q.id,
    fact: q.id,
    topic: q.topic,
    difficulty: q.difficulty,
    paragraphs: [...q.paragraphs],
    ...(q.context ? { context: true } : {}),
  };
  return kindNamed(q.type).authoring.fromDraft(q, base, main);
}

const written = (w: Words, lng: string): string | undefined => {
  const s = (w[lng] ?? '').trim();
  return s === '' ? undefined : s;
};

function group(items: readonly DraftItem[], lng: string, ids?: readonly string[]): Record<string, string> {
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
  const own = kindNamed(q.type).authoring.texts?.(q, {
    group: (items, ids) => group(items, lng, ids),
    written: (w) => written(w, lng),
    main,
  });
  Object.assign(t, own);
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
