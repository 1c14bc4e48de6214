import { describe, expect, it } from 'vitest';
import places from '../../assets/map/places.json';
import { checkDraft } from '../../src/core/authoring/check.ts';
import {
  addQuestion,
  deleteQuestion,
  editQuestion,
  moveQuestion,
  newDraft,
  paragraphsOf,
  setLanguages,
  toggleParagraph,
  undoDelete,
  type Draft,
  type DraftQuestion,
} from '../../src/core/authoring/draft.ts';
import { loadDraft, saveDraft, DRAFT_KEY } from '../../src/core/authoring/store.ts';
import { draftToPackFile } from '../../src/core/authoring/toPackFile.ts';
import { validatePack } from '../../src/core/content/validate.ts';
import { packFileToDraft } from '../../src/core/authoring/fromPackFile.ts';
import { checkPackFile } from '../../src/core/content/packFileCheck.ts';
import { PACK_FILE_LIMITS } from '../../src/core/content/packFileShape.ts';
import { decodePackLink, encodePackLink, packFileText } from '../../src/core/content/packLink.ts';
import { createMemoryStore, createRecordStore } from '../../src/core/storage/index.ts';

const placeIds = new Set([...Object.keys(places.countries), ...Object.keys(places.cities)]);
const ARTICLE = 'Soldiers seized power on Wednesday.\n\nThe crowd marched to the embassy.\n\n\nECOWAS met in Abuja.';
const w = (en: string, fr: string) => ({ en, fr });

/** A complete bilingual quiz with one question of each type, written through the intents. */
function fullDraft(): Draft {
  let d = newDraft('my-quiz', ['en', 'fr']);
  d = { ...d, title: w('Niger', 'Le Niger'), source: { ...d.source, date: '2023-07-30', text: ARTICLE } };
  d = { ...d, topics: [{ id: 'topic-1', words: w('The coup', 'Le coup') }] };
  for (const type of ['choice', 'truefalse', 'locate', 'numeric', 'timeline', 'match'] as const)
    d = addQuestion(d, type);
  const fill = (id: string, f: (q: DraftQuestion) => Partial<DraftQuestion>) => {
    d = editQuestion(d, id, (q) => ({
      ...q,
      prompt: w(`Prompt ${id}`, `Question ${id}`),
      explanation: w(`Because ${id}`, `Parce que ${id}`),
      paragraphs: [1],
      ...f(q),
    }));
  };
  const [c, tf, loc, num, tl, m] = d.questions.map((q) => q.id) as [string, string, string, string, string, string];
  fill(c, (q) => ({ choices: q.choices.map((it, i) => ({ ...it, words: w(`Day ${i}`, `Jour ${i}`) })) }));
  fill(tf, () => ({ truth: false }));
  fill(loc, () => ({ mode: 'countries', targets: ['NER', 'MLI'] }));
  fill(num, () => ({ numeric: { answer: '1960', min: '1900', max: '2000', step: '1', tolerance: '2', year: true } }));
  fill(tl, (q) => ({ events: q.events.map((it, i) => ({ ...it, words: w(`Event ${i}`, `Fait ${i}`) })) }));
  fill(m, (q) => ({
    pairs: q.pairs.map((p, i) => ({
      statement: { ...p.statement, words: w(`Said ${i}`, `Dit ${i}`) },
      speaker: { ...p.speaker, words: i === 2 ? w('Bazoum', 'Bazoum') : w(`Person ${i}`, `Personne ${i}`) },
    })),
  }));
  return d;
}

describe('the source', () => {
  it('numbers paragraphs by blank lines, or by lines when there is none', () => {
    expect(paragraphsOf(ARTICLE)).toEqual([
      'Soldiers seized power on Wednesday.',
      'The crowd marched to the embassy.',
      'ECOWAS met in Abuja.',
    ]);
    expect(paragraphsOf('one\r\ntwo\n  \nthree')).toEqual(['one two', 'three']);
    expect(paragraphsOf('a\nb\nc')).toEqual(['a', 'b', 'c']);
    expect(paragraphsOf('  \n ')).toEqual([]);
  });
});

describe('intents', () => {
  it('add, move, delete and undo keep every question and its place', () => {
    let d = newDraft('x', ['en']);
    d = addQuestion(addQuestion(addQuestion(d, 'choice'), 'numeric'), 'match');
    const ids = d.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(3);
    d = moveQuestion(d, ids[2] as string, -1);
    expect(d.questions.map((q) => q.id)).toEqual([ids[0], ids[2], ids[1]]);
    expect(moveQuestion(d, ids[0] as string, -1)).toBe(d);
    const before = d.questions;
    d = deleteQuestion(d, ids[2] as string);
    expect(d.questions.map((q) => q.id)).toEqual([ids[0], ids[1]]);
    d = undoDelete(d);
    expect(d.questions).toEqual(before);
    expect(d.deleted).toBeNull();
  });

  it('new questions never reuse an id, even after a delete', () => {
    let d = addQuestion(newDraft('x', ['en']), 'choice');
    const first = d.questions[0]?.id as string;
    d = addQuestion(deleteQuestion(d, first), 'choice');
    expect(d.questions[0]?.id).not.toBe(first);
  });

  it('paragraph picks stay sorted; a language taken off keeps its words', () => {
    const q = toggleParagraph(
      toggleParagraph(
        toggleParagraph(addQuestion(newDraft('x', ['en']), 'truefalse').questions[0] as DraftQuestion, 3),
        1,
      ),
      3,
    );
    expect(q.paragraphs).toEqual([1]);
    const d = fullDraft();
    const back = setLanguages(setLanguages(d, ['en']), ['en', 'fr']);
    expect(back.questions[0]?.prompt.fr).toBe(d.questions[0]?.prompt.fr);
    expect(setLanguages(d, []).languages).toEqual(['en', 'fr']);
  });
});

describe('draftToPackFile', () => {
  it('makes a pack the content validator accepts, with numbers for paragraphs and no article text', () => {
    const file = draftToPackFile(fullDraft());
    const source = file.meta.source;
    expect(source).toMatchObject({ kind: 'article', date: '2023-07-30', paragraphs: 3 });
    expect(JSON.stringify(file)).not.toContain('Soldiers seized power');
    const r = validatePack({ id: file.id, questions: file.questions, version: 1, paragraphCount: 3 }, file.texts, {
      placeIds,
      paragraphCount: 3,
      topics: file.meta.topics,
      packTexts: true,
    });
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(file.questions.map((q) => q.type)).toEqual([
      'choice',
      'truefalse',
      'locate',
      'numeric',
      'timeline',
      'match',
    ]);
  });

  it('who-said-it speakers named alike become one speaker', () => {
    let d = fullDraft();
    const m = d.questions[5] as DraftQuestion;
    d = editQuestion(d, m.id, (q) => ({
      ...q,
      pairs: q.pairs.map((p, i) => ({
        ...p,
        speaker: { ...p.speaker, words: i < 2 ? w('Tchiani', 'Tchiani') : w('Bazoum', 'Bazoum') },
      })),
    }));
    const q = draftToPackFile(d).questions[5];
    const speakers = q?.type === 'match' ? new Set(q.pairs.map((p) => p.speaker)) : new Set();
    expect(speakers.size).toBe(2);
  });
});

describe('checkDraft', () => {
  it('a complete quiz has no error', () => {
    const c = checkDraft(fullDraft(), placeIds);
    expect([...c.fields].filter(([, p]) => p.level === 'error')).toEqual([]);
  });

  it('names each broken field with one message', () => {
    let d = fullDraft();
    const [c, , loc, num] = d.questions.map((q) => q.id) as string[];
    d = editQuestion(d, c as string, (q) => ({ ...q, prompt: { en: 'Which day?' }, paragraphs: [] }));
    d = editQuestion(d, loc as string, (q) => ({ ...q, targets: [] }));
    d = editQuestion(d, num as string, (q) => ({ ...q, numeric: { ...q.numeric, answer: '2010' } }));
    d = { ...d, source: { ...d.source, date: '30/07/2023' } };
    const f = checkDraft(d, placeIds).fields;
    expect(f.get(`${c}.prompt.fr`)?.key).toBe('required');
    expect(f.get(`${c}.paragraphs`)?.key).toBe('noParagraph');
    expect(f.get(`${loc}.targets`)?.key).toBe('noTarget');
    expect(f.get(`${num}.numeric`)?.key).toBe('answerInside');
    expect(f.get('source.date')?.key).toBe('date');
  });

  it('a question whose numbers are not typed yet still has its missing words named', () => {
    let d = addQuestion(fullDraft(), 'numeric');
    const q = d.questions[6] as DraftQuestion;
    d = editQuestion(d, q.id, (x) => ({ ...x, prompt: { en: 'How many?' } }));
    const f = checkDraft(d, placeIds).fields;
    expect(f.get(`${q.id}.numeric`)?.key).toBe('notNumber');
    expect(f.get(`${q.id}.prompt.fr`)?.key).toBe('missingTranslation');
  });

  it('gives the answer-cue advice of the shipped bank: a right answer much longer than the others', () => {
    let d = fullDraft();
    const c = d.questions[0] as DraftQuestion;
    d = editQuestion(d, c.id, (q) => ({
      ...q,
      choices: q.choices.map((it) =>
        it.id === q.answer
          ? { ...it, words: w('The day after the longest night', 'Le lendemain de la plus longue nuit') }
          : it,
      ),
    }));
    const p = checkDraft(d, placeIds).fields.get(`${c.id}.choices`);
    expect(p).toMatchObject({ key: 'overlong', level: 'advice' });
  });
});

describe('the saved draft', () => {
  it('comes back whole, and a damaged record is refused and kept aside', () => {
    const kv = createMemoryStore();
    const records = createRecordStore(kv, 'sahel');
    const d = deleteQuestion(fullDraft(), 'q1');
    expect(saveDraft(records, d).ok).toBe(true);
    expect(loadDraft(records).value).toEqual(d);
    kv.set(`sahel:${DRAFT_KEY}`, JSON.stringify({ v: 1, data: { ...d, questions: 'x' } }));
    const bad = loadDraft(records);
    expect(bad.value).toBeUndefined();
    expect(bad.problem).toBeDefined();
    expect(records.keys().some((k) => k.startsWith('aside/'))).toBe(true);
  });
});

describe('sharing and importing', () => {
  const ctx = { placeIds, shippedIds: ['niger-coup-2023', 'sahel-geography'], languages: ['en', 'fr'] };

  it('the pack file passes the reader students use, and comes back as the same draft to edit', () => {
    const d = fullDraft();
    const file = draftToPackFile(d);
    const read = checkPackFile(JSON.parse(packFileText(file)), ctx);
    expect(read.ok ? [] : read.problems).toEqual([]);
    const again = packFileToDraft(file);
    expect(draftToPackFile(again)).toEqual(file);
    expect(again.source.text).toBe('');
    expect(again.source.knownParagraphs).toBe(3);
    // New ids never meet the imported ones.
    const grown = addQuestion(again, 'choice');
    const ids = grown.questions.flatMap((q) => [q.id, ...q.choices.map((c) => c.id), ...q.events.map((e) => e.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a six-question bilingual quiz fits in a link, read back whole', () => {
    const file = draftToPackFile(fullDraft());
    const payload = encodePackLink(file);
    expect(payload.length).toBeLessThan(PACK_FILE_LIMITS.maxLinkChars);
    const back = decodePackLink(`#p=${payload}`, ctx);
    expect(back.ok && back.file).toEqual(file);
  });
});
