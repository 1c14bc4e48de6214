import { questionTimeMs } from '../../src/core/round/timing.ts';
import { describe, expect, it } from 'vitest';
import type { ContentPack, Question } from '../../src/core/content/types.ts';
import { decodeAssignment, encodeAssignment } from '../../src/core/share/roundLink.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { createMemoryStore, createRecordStore } from '../../src/core/storage/index.ts';
import {
  defaultForm,
  formFromAssignment,
  formToAssignment,
  matchingQuestions,
  normalizeForm,
  summarizeAssignment,
  type RoundForm,
} from '../../src/core/teacher/roundForm.ts';
import {
  ROUND_FILE_MAX_BYTES,
  SAVED_ROUND_PREFIX,
  deleteRound,
  duplicateRound,
  listSavedRounds,
  newRoundId,
  parseRoundFile,
  roundFileName,
  roundFileText,
  saveRound,
  type SavedTeacherRound,
} from '../../src/core/teacher/savedRounds.ts';
import { realPack } from '../fixtures/content/real.ts';

const pack = realPack() as ContentPack;
const byId = new Map(pack.questions.map((q) => [q.id, q]));
const form = (change: Partial<RoundForm> = {}): RoundForm => ({ ...defaultForm(42), ...change });
const ok = (f: RoundForm) => {
  const r = formToAssignment(f, pack);
  if (!r.ok) throw new Error(`expected a round, got ${r.errors.join(', ')}`);
  return r;
};

describe('round form → assignment', () => {
  it('draws the asked number of questions, all passing the filters, and carries every setting', () => {
    const r = ok(
      form({
        topics: ['coup', 'response'],
        types: ['choice', 'truefalse'],
        difficulties: [1, 2],
        count: 7,
        timeLimitMs: 30_000,
        language: 'fr',
        explainDuringRound: false,
        allowTimeChange: false,
        shuffle: true,
        title: '  Coup week  ',
      }),
    );
    expect(r.value.questionIds).toHaveLength(7);
    for (const id of r.value.questionIds) {
      const q = byId.get(id)!;
      expect(['coup', 'response']).toContain(q.topic);
      expect(['choice', 'truefalse']).toContain(q.type);
      expect([1, 2]).toContain(q.difficulty);
    }
    expect(r.value).toMatchObject({
      title: 'Coup week',
      timeLimitMs: 30_000,
      language: 'fr',
      explainDuringRound: false,
      allowTimeChange: false,
      shuffle: true,
    });
    expect(r.short).toBe(false);
  });

  it('the same seed gives the same round (editing the title does not redraw); another seed another round', () => {
    const a = ok(form({ count: 12 })).value.questionIds;
    expect(ok(form({ count: 12, title: 'x' })).value.questionIds).toEqual(a);
    expect(ok(form({ count: 12, seed: 43 })).value.questionIds).not.toEqual(a);
  });

  it('says when fewer questions match than asked for, and refuses a filter nothing passes', () => {
    const few = matchingQuestions(pack, { topics: ['protest'], types: ['timeline'], difficulties: [] });
    const r = formToAssignment(form({ topics: ['protest'], types: ['timeline'], count: 60 }), pack);
    if (few.length === 0) expect(r).toEqual({ ok: false, errors: ['builder.error.noMatch'] });
    else expect(r).toMatchObject({ ok: true, short: true });
    const types = [...new Set(pack.questions.map((q) => q.type))];
    const empty = types.find(
      (t) => matchingQuestions(pack, { topics: ['protest'], types: [t], difficulties: [3] }).length === 0,
    );
    if (empty)
      expect(formToAssignment(form({ topics: ['protest'], types: [empty], difficulties: [3] }), pack)).toEqual({
        ok: false,
        errors: ['builder.error.noMatch'],
      });
  });

  it('names every problem at once: count out of range, title too long or with control characters', () => {
    expect(formToAssignment(form({ count: 0, title: 'x'.repeat(81) }), pack)).toEqual({
      ok: false,
      errors: ['builder.error.titleTooLong', 'builder.error.count'],
    });
    expect(formToAssignment(form({ count: 61 }), pack)).toEqual({ ok: false, errors: ['builder.error.count'] });
    expect(formToAssignment(form({ count: 2.5 }), pack)).toEqual({ ok: false, errors: ['builder.error.count'] });
    expect(formToAssignment(form({ title: 'a\u202Eb' }), pack)).toEqual({
      ok: false,
      errors: ['builder.error.titleChars'],
    });
  });

  it("hand-picked questions keep the teacher's order; an empty or unknown pick is refused", () => {
    const ids = [pack.questions[9]!.id, pack.questions[2]!.id, pack.questions[40]!.id];
    expect(ok(form({ mode: 'pick', picked: ids })).value.questionIds).toEqual(ids);
    expect(formToAssignment(form({ mode: 'pick', picked: [] }), pack)).toEqual({
      ok: false,
      errors: ['builder.error.noPick'],
    });
    expect(formToAssignment(form({ mode: 'pick', picked: ['no-such-question'] }), pack)).toEqual({
      ok: false,
      errors: ['builder.error.unknownQuestion'],
    });
  });

  it('the assignment goes through the link and comes back equal', () => {
    const a = ok(form({ count: 15, timeLimitMs: null, language: 'fr', title: 'Classe de 3e — Niger' })).value;
    expect(decodeAssignment(encodeAssignment(a, packRef(pack)), packRef(pack))).toEqual({ ok: true, value: a });
  });

  it('a form made from an assignment makes that assignment again', () => {
    const a = ok(form({ count: 9, language: 'en', shuffle: true })).value;
    expect(ok(formFromAssignment(a, 1)).value).toEqual(a);
  });

  it('normalizeForm keeps valid fields and defaults the rest', () => {
    const f = normalizeForm(
      { title: 'T', topics: ['coup', 'nope'], count: 'ten', timeLimitMs: 12_345, language: 'fr', shuffle: true },
      5,
      ['coup', 'protest'],
    )!;
    expect(f).toMatchObject({
      title: 'T',
      topics: ['coup'],
      count: 10,
      timeLimitMs: 30_000,
      language: 'fr',
      shuffle: true,
      seed: 5,
    });
    expect(normalizeForm('x', 5, ['coup'])).toBeUndefined();
  });
});

describe('live summary', () => {
  it('counts types and topics and estimates the longest duration', () => {
    const ids = [
      pack.questions.find((q) => q.type === 'choice')!.id,
      pack.questions.find((q) => q.type === 'locate')!.id,
    ];
    const a = ok(form({ mode: 'pick', picked: ids, timeLimitMs: 30_000 })).value;
    const s = summarizeAssignment(a, pack);
    expect(s.count).toBe(2);
    expect(s.types).toEqual([
      { type: 'choice', count: 1 },
      { type: 'locate', count: 1 },
    ]);
    expect(s.topics.reduce((n, x) => n + x.count, 0)).toBe(2);
    // Each question's time comes from the time rule (a four-choice question: the base; a map question its own).
    const times = ids.map((id) => questionTimeMs(pack.questions.find((q) => q.id === id) as Question, 30_000));
    expect(s.durationMs).toBe(times[0]! + 6_000 + times[1]! + 6_000);
    expect(s.typeTimes.map((x) => x.type)).toEqual(['choice', 'locate']);
    expect(s.typeTimes[0]).toEqual({ type: 'choice', minMs: 30_000, maxMs: 30_000 });
    expect(summarizeAssignment({ ...a, timeLimitMs: null }, pack).durationMs).toBeNull();
  });
});

describe('saved rounds', () => {
  const make = (id: string, savedAt: number, f: RoundForm = form({ title: id })): SavedTeacherRound => ({
    id,
    savedAt,
    assignment: ok(f).value,
    form: f,
  });

  it('saves, lists newest first, duplicates with a new id and title, deletes', () => {
    const store = createRecordStore(createMemoryStore(), 'sahel-quiz');
    expect(saveRound(store, make('aaaa1111', 1))).toEqual({ ok: true });
    expect(saveRound(store, make('bbbb2222', 2))).toEqual({ ok: true });
    expect(listSavedRounds(store, pack).rounds.map((r) => r.id)).toEqual(['bbbb2222', 'aaaa1111']);
    const first = listSavedRounds(store, pack).rounds[1]!;
    const dup = duplicateRound(store, first, 'cccc3333', 3, (t) => `${t} (copy)`);
    expect(dup.ok && dup.value.assignment.title).toBe('aaaa1111 (copy)');
    const list = listSavedRounds(store, pack).rounds;
    expect(list.map((r) => r.id)).toEqual(['cccc3333', 'bbbb2222', 'aaaa1111']);
    expect(list[0]!.assignment.questionIds).toEqual(first.assignment.questionIds);
    deleteRound(store, 'bbbb2222');
    expect(listSavedRounds(store, pack).rounds.map((r) => r.id)).toEqual(['cccc3333', 'aaaa1111']);
  });

  it('a copy of a round with a title at the limit still fits', () => {
    const store = createRecordStore(createMemoryStore(), 'sahel-quiz');
    const r = make('dddd4444', 1, form({ title: 'é'.repeat(80) }));
    const dup = duplicateRound(store, r, 'eeee5555', 2, (t) => `${t} (copie)`);
    expect(dup.ok && [...dup.value.assignment.title].length).toBe(80);
  });

  it('damaged records are counted and skipped, never wiping the others', () => {
    const kv = createMemoryStore();
    const store = createRecordStore(kv, 'sahel-quiz');
    saveRound(store, make('good0001', 5));
    kv.set(`sahel-quiz:${SAVED_ROUND_PREFIX}bad00001`, '{not json');
    kv.set(
      `sahel-quiz:${SAVED_ROUND_PREFIX}bad00002`,
      JSON.stringify({ v: 1, data: { id: 'bad00002', savedAt: 1, assignment: { v: 1 } } }),
    );
    kv.set(`sahel-quiz:${SAVED_ROUND_PREFIX}bad00003`, JSON.stringify({ v: 9, data: {} }));
    const bad = make('bad00004', 1);
    kv.set(
      `sahel-quiz:${SAVED_ROUND_PREFIX}bad00004`,
      JSON.stringify({ v: 1, data: { ...bad, assignment: { ...bad.assignment, questionIds: ['gone-question'] } } }),
    );
    kv.set('sahel-quiz:settings', '{"v":1,"data":{}}');
    const list = listSavedRounds(store, pack);
    expect(list.rounds.map((r) => r.id)).toEqual(['good0001']);
    expect(list.damaged).toBe(4);
    expect(kv.keys()).toHaveLength(6);
  });

  it("a stored form that no longer makes the stored round is replaced by the round's own questions", () => {
    const kv = createMemoryStore();
    const store = createRecordStore(kv, 'sahel-quiz');
    const r = make('ffff6666', 1);
    saveRound(store, { ...r, form: { ...r.form, seed: r.form.seed + 1 } });
    const back = listSavedRounds(store, pack).rounds[0]!;
    expect(back.assignment).toEqual(r.assignment);
    expect(ok(back.form).value).toEqual(r.assignment);
  });

  it('new ids are 12 lower-case base-36 symbols', () => {
    let n = 0;
    const id = newRoundId(() => {
      n += 0x9e3779b9;
      return n >>> 0;
    });
    expect(id).toMatch(/^[a-z0-9]{12}$/);
  });
});

describe('round files', () => {
  const a = ok(form({ title: 'Niger: la semaine du coup', language: 'fr' })).value;

  it('export then import gives the same round; the name comes from the title', () => {
    const text = roundFileText(a);
    expect(parseRoundFile(text, text.length, pack)).toEqual({ ok: true, value: a });
    expect(roundFileName(a, 'round')).toBe('niger-la-semaine-du-coup.sahel-round.json');
    expect(roundFileName({ ...a, title: '' }, 'manche')).toBe('manche.sahel-round.json');
  });

  it('every kind of bad file gets its own message', () => {
    expect(parseRoundFile('x', ROUND_FILE_MAX_BYTES + 1, pack)).toEqual({
      ok: false,
      error: 'builder.import.tooLarge',
    });
    expect(parseRoundFile('{"format":', 10, pack)).toEqual({ ok: false, error: 'builder.import.notJson' });
    expect(parseRoundFile('{"results":[]}', 14, pack)).toEqual({ ok: false, error: 'builder.import.notRound' });
    const tampered = JSON.stringify({ format: 'sahel-quiz-round', v: 1, round: { ...a, timeLimitMs: -5 } });
    expect(parseRoundFile(tampered, tampered.length, pack)).toEqual({ ok: false, error: 'builder.import.notRound' });
    const gone = JSON.stringify({
      format: 'sahel-quiz-round',
      v: 1,
      round: { ...a, questionIds: ['not-in-the-bank'] },
    });
    expect(parseRoundFile(gone, gone.length, pack)).toEqual({ ok: false, error: 'builder.import.unknownQuestions' });
  });
});
