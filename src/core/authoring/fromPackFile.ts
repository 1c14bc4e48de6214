/**
 * A pack file (already checked by ../content/packFileCheck.ts) as a draft to edit: another teacher's
 * exported quiz, or one's own from another device. The source's text is not in a pack, so the
 * draft knows only how many paragraphs it has until the teacher pastes it again.
 */
import type { PackFile } from '../content/packFile.ts';
import type { Question } from '../content/types.ts';
import { kindOf } from '../questions/registry.ts';
import { blankAnswers, newDraft, type Draft, type DraftItem, type DraftQuestion, type Words } from './draft.ts';

type TextsOf = (lng: string) => Record<string, unknown>;

const rec = (x: unknown): Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

export function packFileToDraft(file: PackFile): Draft {
  const languages = Object.keys(file.texts);
  const texts: TextsOf = (lng) => rec(file.texts[lng]);
  const words = (get: (t: Record<string, unknown>) => unknown): Words =>
    Object.fromEntries(languages.map((lng) => [lng, str(get(texts(lng)))]).filter(([, w]) => w !== ''));
  const packWords = (lng: string) => rec(texts(lng)._pack);
  const base = newDraft(file.id, languages.length > 0 ? languages : ['en']);
  const source = file.meta.source;
  const article = source.kind === 'article' ? source : null;
  const questions = file.questions.map((q) => draftQuestion(q, words));
  return {
    ...base,
    title: words((t) => rec(t._pack).title),
    source: {
      title: article?.title ?? '',
      publication: article?.publication ?? '',
      date: article?.date ?? '',
      link: article?.url ?? '',
      text: '',
      knownParagraphs: article?.paragraphs ?? 0,
    },
    topics: file.meta.topics.map((id) => ({
      id,
      words: Object.fromEntries(
        languages.map((lng) => [lng, str(rec(packWords(lng).topics)[id])]).filter(([, w]) => w !== ''),
      ),
    })),
    questions,
    serial: nextSerial(questions),
  };
}

function draftQuestion(q: Question, words: (get: (t: Record<string, unknown>) => unknown) => Words): DraftQuestion {
  const of = (field: string) => words((t) => rec(t[q.id])[field]);
  const item = (group: string, id: string): DraftItem => ({ id, words: words((t) => rec(rec(t[q.id])[group])[id]) });
  const blank: DraftQuestion = {
    id: q.id,
    type: q.type,
    topic: q.topic,
    difficulty: q.difficulty,
    paragraphs: [...q.paragraphs],
    context: q.context === true,
    prompt: of('prompt'),
    explanation: of('explanation'),
    choices: [],
    answer: '',
    ...blankAnswers(),
    events: [],
    pairs: [],
  };
  const own = kindOf(q).authoring.toDraft(q, { of, item: (group, id) => item(group, id) });
  return { ...blank, ...own };
}

/** New ids (q7, c12…) must not meet an imported one: the serial starts above every number in use. */
function nextSerial(questions: readonly DraftQuestion[]): number {
  let max = 0;
  const see = (id: string) => {
    const m = /(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  };
  for (const q of questions) {
    see(q.id);
    for (const it of [...q.choices, ...q.events, ...q.pairs.flatMap((p) => [p.statement, p.speaker])]) see(it.id);
  }
  return Math.min(max, 1e9) + 1;
}
