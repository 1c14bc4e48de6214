/**
 * Nothing breaks for today's users: what the game stored and shared when packs arrived (recorded once by
 * scripts/record-fixtures.ts, see test/fixtures/recorded/README.md) still reads through today's decoders and
 * loaders, and says what the student and the teacher saw then: the same questions, answers, scores and names.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../scripts/content/packs.ts';
import { loadProgress } from '../../src/core/progress/index.ts';
import { loadClassResults, roundTable } from '../../src/core/results/classRecord.ts';
import { markOf } from '../../src/core/results/classTable.ts';
import { loadBests } from '../../src/core/round/personalBest.ts';
import { SAVED_ROUND_VERSION, validateSavedRound, type SavedRound } from '../../src/core/round/saved.ts';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { assignmentHash } from '../../src/core/share/assignment.ts';
import { packRef, packRefs } from '../../src/core/share/packRef.ts';
import type { ResultRecord } from '../../src/core/share/result.ts';
import { decodeResultCode, decodeResultFile } from '../../src/core/share/resultCode.ts';
import { decodeAssignment } from '../../src/core/share/roundLink.ts';
import { createMemoryStore } from '../../src/core/storage/index.ts';
import { packRecordStore } from '../../src/core/storage/packScoped.ts';
import { listSavedRounds } from '../../src/core/teacher/savedRounds.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Recorded {
  version: number;
  assignment: Assignment;
  link: string;
  student: { name: string; score: number; answers: ResultRecord['answers'] };
  resultCode: string;
  resultFile: string;
  inProgress: { questionIds: string[]; answered: number; score: number };
  storage: Record<string, string>;
}
const v1 = JSON.parse(readFileSync(`${root}test/fixtures/recorded/v1.json`, 'utf8')) as {
  packs: Record<string, Recorded>;
};

/** What each recorded student was, as a person would check it on screen. */
const PEOPLE: Record<string, { name: string; score: number; marks: string[] }> = {
  'niger-coup-2023': {
    name: 'Amina Issoufou',
    score: 3971,
    marks: ['right', 'wrong', 'right', 'right', 'right', 'timeout'],
  },
  'sahel-geography': { name: 'Zoé Ouédraogo', score: 3012, marks: ['right', 'right', 'right', 'timeout'] },
};

describe.each(Object.entries(v1.packs))('recorded %s (pack version 1)', (id, rec) => {
  const loaded = loadPack(root, id);
  const refs = packRefs(loaded.pack);
  const person = PEOPLE[id] as (typeof PEOPLE)[string];
  const records = () => packRecordStore(createMemoryStore(rec.storage), 'sahel-quiz', id, 'niger-coup-2023');
  const known = (q: string) => loaded.pack.questions.some((x) => x.id === q);

  it('its round link opens the same round: title, questions, time, language', () => {
    const read = decodeAssignment(rec.link, refs);
    expect(read).toEqual({ ok: true, value: rec.assignment });
    if (read.ok) expect(assignmentHash(read.value)).toBe(assignmentHash(rec.assignment));
  });

  it('its result code and result file give the same student, answers and score', () => {
    for (const read of [decodeResultCode(rec.resultCode, refs), decodeResultFile(rec.resultFile, refs)]) {
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      expect(read.value.name).toBe(person.name);
      expect(read.value.score).toBe(person.score);
      expect(read.value.assignment).toBe(assignmentHash(rec.assignment));
      expect(read.value.answers).toEqual(rec.student.answers);
    }
    // Typed in lower case with spaces instead of dashes, as a student might.
    const typed = decodeResultCode(rec.resultCode.toLowerCase().replaceAll('-', ' '), refs);
    expect(typed.ok && typed.value.name).toBe(person.name);
  });

  it.runIf(id === 'niger-coup-2023')('its result code needs the answer ids version 1 had, which the pack keeps', () => {
    expect(loaded.pack.version).toBeGreaterThan(1);
    expect(decodeResultCode(rec.resultCode, packRef(loaded.pack))).toEqual({
      ok: false,
      error: 'result/other_version',
    });
    // Read against today's questions as if they were version 1, the student's timeline and pairs come out wrong.
    const asIfV1 = decodeResultCode(rec.resultCode, { ...packRef(loaded.pack), version: 1 });
    expect(asIfV1.ok && asIfV1.value.answers).not.toEqual(rec.student.answers);
  });

  it('the class results on the teacher’s device show that student, score and marks', () => {
    const decode = (code: string) => decodeResultCode(code, refs);
    const stored = loadClassResults(records(), decode);
    expect(stored.problem).toBeUndefined();
    const table = roundTable(stored.value, assignmentHash(rec.assignment));
    expect(table.questionIds).toEqual(rec.assignment.questionIds);
    expect(table.students.map((s) => [s.name, s.score])).toEqual([[person.name, person.score]]);
    expect(table.students[0]?.answers.map(markOf)).toEqual(person.marks);
  });

  it('the round in progress comes back paused where it was, with its answers and score', () => {
    const got = records().load<SavedRound | undefined>(
      'round',
      (x) => validateSavedRound(x, known),
      undefined,
      SAVED_ROUND_VERSION,
    );
    expect(got.problem).toBeUndefined();
    const s = got.value?.state;
    expect(s?.config.questionIds).toEqual(rec.inProgress.questionIds);
    expect(s?.phase).toBe('paused');
    expect(s?.index).toBe(rec.inProgress.answered);
    expect(s?.answers).toHaveLength(rec.inProgress.answered);
    expect(s?.score).toBe(rec.inProgress.score);
    expect(s?.score).toBeGreaterThan(0);
  });

  it('the teacher’s saved round is listed with its title and questions, nothing damaged', () => {
    const list = listSavedRounds(records(), loaded.pack);
    expect(list.damaged).toBe(0);
    expect(list.rounds.map((r) => [r.id, r.assignment])).toEqual([['rec0rd01', rec.assignment]]);
    expect(list.rounds[0]?.form.title).toBe(rec.assignment.title);
  });

  it('progress and the personal best are read whole', () => {
    const progress = loadProgress(records());
    expect(progress.problem).toBeUndefined();
    const factOf = (q: string) => loaded.pack.questions.find((x) => x.id === q)?.fact;
    const missed = rec.assignment.questionIds.filter((_, i) => person.marks[i] !== 'right').map(factOf);
    expect(Object.keys(progress.value.facts).sort()).toEqual(
      [...new Set(rec.assignment.questionIds.map(factOf))].sort(),
    );
    for (const fact of missed) expect(progress.value.facts[fact as string]).toMatchObject({ box: 1 });
    const bests = loadBests(records());
    expect(bests.value.standard).toMatchObject({ score: 4321, correct: 5, total: 8 });
  });
});
