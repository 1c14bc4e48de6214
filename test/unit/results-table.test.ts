import { csvField } from '../../src/core/csv.ts';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/core/round/types.ts';
import {
  buildClassTable,
  classTableCsv,
  markOf,
  splitCodes,
  type CsvWords,
  type ResultEntry,
} from '../../src/core/results/classTable.ts';
import type { ResultRecord } from '../../src/core/share/result.ts';
import { decodeResultCode, encodeResultCode } from '../../src/core/share/resultCode.ts';
import { decodeResultFile, encodeResultFile } from '../../src/core/share/resultFile.ts';
import { shareRef, questionIds } from '../fixtures/share-pack.ts';

const [Q1, Q2, Q3] = questionIds as [string, string, string];
const ans = (questionId: string, correctness: number, timeMs: number, value = true): AnswerRecord => ({
  questionId,
  response: { type: 'truefalse', value },
  correctness,
  points: correctness === 1 ? 800 : 0,
  timeMs,
});
function result(name: string, answers: AnswerRecord[], assignment = 'K3M9T2QX'): ResultRecord {
  return { v: 1, name, assignment, timeScale: 1, answers, score: answers.reduce((s, a) => s + a.points, 0) };
}
const ok = (source: string, value: ResultRecord): ResultEntry => ({ source, decoded: { ok: true, value } });

const ali = result('Ali', [ans(Q1, 1, 4_000), ans(Q2, 0, 10_000, false), ans(Q3, 0.5, 6_000)]);
const bea = result('Béa', [ans(Q2, 1, 2_000), ans(Q1, 1, 6_000), ans(Q3, 0, 9_000)]);
const cid = result('Cid', [
  ans(Q1, 0, 8_000),
  { questionId: Q2, response: null, correctness: 0, points: 0, timeMs: 20_000 },
  ans(Q3, 0, 12_000),
]);

describe('class table', () => {
  it("makes a students × questions grid with each student's score and right answers, columns in the order first met", () => {
    const t = buildClassTable([ok('line 1', ali), ok('line 2', bea), ok('line 3', cid)]);
    expect(t.assignment).toBe('K3M9T2QX');
    expect(t.questionIds).toEqual([Q1, Q2, Q3]);
    expect(t.students.map((s) => [s.name, s.score, s.correct])).toEqual([
      ['Ali', 800, 1],
      ['Béa', 1600, 2],
      ['Cid', 0, 0],
    ]);
    // Béa answered in another (shuffled) order: her answers still land under the right question.
    expect(t.students[1]?.answers.map((a) => a?.timeMs)).toEqual([6_000, 2_000, 9_000]);
    expect(t.students[0]?.answers.map(markOf)).toEqual(['right', 'wrong', 'partial']);
    expect(t.flags).toEqual([]);
  });

  it('gives each question its share right and average time, and names the hardest first', () => {
    const t = buildClassTable([ok('1', ali), ok('2', bea), ok('3', cid)]);
    expect(t.questions.map((q) => [q.count, q.correctRate, q.averageTimeMs])).toEqual([
      [3, 2 / 3, 6_000],
      [3, 1 / 3, 32_000 / 3],
      [3, 0, 9_000],
    ]);
    expect(t.hardest).toEqual([Q3, Q2, Q1]);
  });

  it('shows a time-out as "time ran out", not as a wrong answer', () => {
    const t = buildClassTable([ok('3', cid)]);
    expect(t.students[0]?.answers.map(markOf)).toEqual(['wrong', 'timeout', 'wrong']);
  });

  it('lists as hardest only questions someone missed', () => {
    const allRight = result('Dia', [ans(Q1, 1, 1_000), ans(Q2, 1, 9_000), ans(Q3, 0.5, 2_000)]);
    const t = buildClassTable([ok('1', allRight), ok('2', { ...allRight, name: 'Eve' })]);
    expect(t.hardest).toEqual([Q3]);
    expect(buildClassTable([ok('1', result('Fay', [ans(Q1, 1, 1_000)]))]).hardest).toEqual([]);
  });

  it('breaks ties in share right by the slower question', () => {
    const t = buildClassTable([ok('1', result('A', [ans(Q1, 0, 1_000), ans(Q2, 0, 9_000)]))]);
    expect(t.hardest).toEqual([Q2, Q1]);
  });

  it("flags corrupt lines, another round's results and repeats one line each, and keeps them out of the figures", () => {
    const other = result('Dan', [ans(Q1, 1, 1_000)], 'ZZZZ2222');
    const t = buildClassTable([
      ok('line 1', ali),
      { source: 'line 2', decoded: { ok: false, error: 'result/bad_checksum' } },
      ok('line 3', other),
      ok('line 4', { ...ali, answers: ali.answers.map((a) => ({ ...a })) }),
      ok('line 5', bea),
    ]);
    expect(t.students.map((s) => s.name)).toEqual(['Ali', 'Béa']);
    expect(t.flags).toEqual([
      { source: 'line 2', reason: 'result/bad_checksum' },
      { source: 'line 3', reason: 'results/other_round', name: 'Dan', assignment: 'ZZZZ2222' },
      { source: 'line 4', reason: 'results/duplicate', name: 'Ali', sameAs: 'line 1' },
    ]);
    expect(t.rounds).toEqual([
      { assignment: 'K3M9T2QX', count: 3 },
      { assignment: 'ZZZZ2222', count: 1 },
    ]);
    expect(t.questions[0]?.count).toBe(2);
  });

  it("shows the chosen round instead when asked, flagging the first round's results", () => {
    const other = result('Dan', [ans(Q1, 1, 1_000)], 'ZZZZ2222');
    const t = buildClassTable([ok('1', ali), ok('2', other)], 'ZZZZ2222');
    expect(t.assignment).toBe('ZZZZ2222');
    expect(t.students.map((s) => s.name)).toEqual(['Dan']);
    expect(t.flags).toEqual([{ source: '1', reason: 'results/other_round', name: 'Ali', assignment: 'K3M9T2QX' }]);
  });

  it('a same-named student with different answers is not a duplicate (played twice, both shown)', () => {
    const again = result('Ali', [ans(Q1, 0, 3_000)]);
    expect(buildClassTable([ok('1', ali), ok('2', again)]).students).toHaveLength(2);
  });

  it('the same result as a code and as a file counts once', () => {
    const c = encodeResultCode(ali, shareRef);
    if (!c.ok) throw new Error(c.error);
    const t = buildClassTable([
      { source: 'line 1', decoded: decodeResultCode(c.value, shareRef) },
      {
        source: 'ali.json',
        decoded: decodeResultFile(
          encodeResultFile({ ...ali, answers: ali.answers.map((a) => ({ ...a, timeMs: a.timeMs + 30 })) }, shareRef),
          shareRef,
        ),
      },
    ]);
    expect(t.students).toHaveLength(1);
    expect(t.flags[0]).toMatchObject({ source: 'ali.json', reason: 'results/duplicate' });
  });

  it('is empty, not broken, with nothing readable', () => {
    const t = buildClassTable([{ source: 'line 1', decoded: { ok: false, error: 'result/corrupt' } }]);
    expect(t).toMatchObject({ assignment: null, questionIds: [], students: [], hardest: [] });
    expect(t.flags).toHaveLength(1);
  });
});

describe('CSV', () => {
  const words: CsvWords = {
    name: 'Name',
    score: 'Score',
    correct: 'Right',
    timeScale: 'Timer',
    answerHeader: (n) => `Q${n} answer`,
    markHeader: (n) => `Q${n} result`,
    timeHeader: (n) => `Q${n} time (s)`,
    mark: (m) => m,
    scale: (s) => (s === null ? 'off' : `x${s}`),
    answer: (_id, a) => (a.response?.type === 'truefalse' ? (a.response.value ? 'True' : 'False') : 'no answer'),
    seconds: (ms) => (ms / 1000).toFixed(1),
    classRow: 'Class, % right',
    percent: (r) => `${Math.round(r * 100)}%`,
  };

  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-12')).toBe('-12');
  });

  it('writes one row per student and a class row, every line the same width', () => {
    const t = buildClassTable([ok('1', ali), ok('2', result('O"Neil, =1+1', [ans(Q1, 1, 2_500)]))]);
    const csv = classTableCsv(t, words);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Name,Score,Right,Timer,Q1 answer,Q1 result,Q1 time (s),Q2 answer,Q2 result,Q2 time (s),Q3 answer,Q3 result,Q3 time (s)',
    );
    expect(lines[1]).toBe('Ali,800,1,x1,True,right,4.0,False,wrong,10.0,True,partial,6.0');
    expect(lines[2]).toBe(`"O""Neil, =1+1",800,1,x1,True,right,2.5,,none,,,none,`);
    expect(lines[3]).toBe('"Class, % right",,,,,100%,3.3,,0%,10.0,,0%,6.0');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it("for a language with a decimal comma: semicolons between columns, the questions' texts as headers, time-outs in words", () => {
    const fr: CsvWords = {
      ...words,
      answerHeader: (n, id) => `Q${n} : ${id === Q1 ? 'Qui dirige, « en 2023 » ; vraiment ?' : id}`,
      mark: (m) => (m === 'timeout' ? 'temps écoulé' : m),
      seconds: (ms) => (ms / 1000).toFixed(1).replace('.', ','),
    };
    const csv = classTableCsv(buildClassTable([ok('1', ali), ok('3', cid)]), fr, ';');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('Name;Score;Right;Timer;"Q1 : Qui dirige, « en 2023 » ; vraiment ?";Q1 result;')).toBe(
      true,
    );
    expect(lines[1]).toBe('Ali;800;1;x1;True;right;4,0;False;wrong;10,0;True;partial;6,0');
    expect(lines[2]).toContain(';no answer;temps écoulé;20,0;');
  });
});

describe('pasted codes', () => {
  it('takes one code per line, skipping blank lines and keeping line numbers', () => {
    expect(splitCodes('AAAA-BBBB\r\n\n  CCCC  \n')).toEqual([
      { line: 1, code: 'AAAA-BBBB' },
      { line: 3, code: 'CCCC' },
    ]);
    expect(splitCodes('   ')).toEqual([]);
  });
});
