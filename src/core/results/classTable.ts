/**
 * The class results table, as pure rules: which results go in (one round at a time, no
 * duplicates, nothing unreadable), the students × questions grid, per-question figures, the
 * hardest questions, and the CSV export. The page only shows what this returns.
 */
import { csvText, type CsvSeparator } from '../csv.ts';
import { isFullyRight, type Verdict, verdictOf } from '../round/verdict.ts';
import type { AnswerRecord, TimeScale } from '../round/types.ts';
import { normaliseResult, type ResultRecord } from '../share/result.ts';
import type { ResultError } from '../share/resultErrors.ts';

/** One pasted line or dropped file, already decoded by the share codecs. */
export interface ResultEntry {
  /** Where it came from, for the teacher: "line 3", a file's name. Plain text. */
  source: string;
  decoded: { ok: true; value: ResultRecord } | { ok: false; error: ResultError };
  /** A handle the caller gives it (a stored result's index), carried to its student row. */
  id?: number;
}

export type FlagReason = ResultError | 'results/other_round' | 'results/duplicate' | 'results/already_in';

/** A line or file left out of the table, and why (the reason doubles as an i18n key family). */
export interface Flag {
  source: string;
  reason: FlagReason;
  /** The student's name when the result itself was readable. */
  name?: string;
  /** For another round's result: that round's hash. */
  assignment?: string;
  /** For duplicates: the source of the result it repeats. */
  sameAs?: string;
}

/** 'timeout': no answer was given before the time ran out (not the same as a wrong answer). */
export type Mark = Verdict | 'none';

export interface StudentRow {
  source: string;
  /** The entry's `id`, when it had one. */
  id?: number;
  name: string;
  timeScale: TimeScale;
  score: number;
  /** Fully right answers. */
  correct: number;
  /** Per column of `questionIds`: the answer, or undefined when this result lacks the question. */
  answers: (AnswerRecord | undefined)[];
}

export interface QuestionStats {
  questionId: string;
  /** Results that include this question. */
  count: number;
  /** Share of those fully right, 0..1 (0 when count is 0). */
  correctRate: number;
  averageTimeMs: number;
}

export interface ClassTable {
  /** The round shown (assignment hash), or null when no result was readable. */
  assignment: string | null;
  /** Every round hash met among readable results, with how many results each, first met first. */
  rounds: { assignment: string; count: number }[];
  questionIds: string[];
  students: StudentRow[];
  questions: QuestionStats[];
  /**
   * Question ids someone missed (not fully right, time-outs included), hardest first: lowest
   * share right, then slowest; at most `HARDEST_COUNT`. Empty when nobody missed any.
   */
  hardest: string[];
  flags: Flag[];
}

export const HARDEST_COUNT = 3;

export function markOf(a: AnswerRecord | undefined): Mark {
  if (!a) return 'none';
  return verdictOf(a.response, a.correctness);
}

/** Same student, same answers: the same result sent twice (a code and its file count alike). */
function fingerprint(r: ResultRecord): string {
  const n = normaliseResult(r);
  const answers = [...n.answers].sort((x, y) => (x.questionId < y.questionId ? -1 : 1));
  return JSON.stringify([n.name.trim().toLocaleLowerCase(), n.timeScale, n.score, answers]);
}

/** Per question (in column order): how many answered, how many fully right, the average time. */
function questionStats(questionIds: readonly string[], students: readonly StudentRow[]): QuestionStats[] {
  return questionIds.map((questionId, col) => {
    const given = students.map((s) => s.answers[col]).filter((a): a is AnswerRecord => a !== undefined);
    const right = given.filter((a) => isFullyRight(a.correctness)).length;
    const time = given.reduce((sum, a) => sum + a.timeMs, 0);
    return {
      questionId,
      count: given.length,
      correctRate: given.length ? right / given.length : 0,
      averageTimeMs: given.length ? time / given.length : 0,
    };
  });
}

/**
 * Builds the table for round `chosen` (an assignment hash), or for the round of the first
 * readable result when none is chosen (or the chosen one is not among them).
 */
export function buildClassTable(entries: readonly ResultEntry[], chosen?: string | null): ClassTable {
  const flags: Flag[] = [];
  const rounds = new Map<string, number>();
  for (const e of entries)
    if (e.decoded.ok) rounds.set(e.decoded.value.assignment, (rounds.get(e.decoded.value.assignment) ?? 0) + 1);
  const first = rounds.keys().next();
  const assignment = chosen && rounds.has(chosen) ? chosen : first.done ? null : first.value;

  const accepted: { source: string; id?: number; r: ResultRecord }[] = [];
  const seen = new Map<string, string>();
  for (const e of entries) {
    if (!e.decoded.ok) {
      flags.push({ source: e.source, reason: e.decoded.error });
      continue;
    }
    const r = e.decoded.value;
    if (r.assignment !== assignment) {
      flags.push({ source: e.source, reason: 'results/other_round', name: r.name, assignment: r.assignment });
      continue;
    }
    const fp = fingerprint(r);
    const earlier = seen.get(fp);
    if (earlier !== undefined) {
      flags.push({ source: e.source, reason: 'results/duplicate', name: r.name, sameAs: earlier });
      continue;
    }
    seen.set(fp, e.source);
    accepted.push(e.id === undefined ? { source: e.source, r } : { source: e.source, id: e.id, r });
  }

  const questionIds: string[] = [];
  const known = new Set<string>();
  for (const { r } of accepted)
    for (const a of r.answers)
      if (!known.has(a.questionId)) {
        known.add(a.questionId);
        questionIds.push(a.questionId);
      }

  const students: StudentRow[] = accepted.map(({ source, id, r }) => {
    const byId = new Map(r.answers.map((a) => [a.questionId, a]));
    return {
      source,
      ...(id === undefined ? {} : { id }),
      name: r.name,
      timeScale: r.timeScale,
      score: r.score,
      correct: r.answers.filter((a) => isFullyRight(a.correctness)).length,
      answers: questionIds.map((id) => byId.get(id)),
    };
  });

  const questions = questionStats(questionIds, students);
  const hardest = questions
    .filter((q) => q.count > 0 && q.correctRate < 1)
    .map((q, i) => ({ q, i }))
    .sort((x, y) => x.q.correctRate - y.q.correctRate || y.q.averageTimeMs - x.q.averageTimeMs || x.i - y.i)
    .slice(0, HARDEST_COUNT)
    .map(({ q }) => q.questionId);

  return {
    assignment,
    rounds: [...rounds].map(([a, count]) => ({ assignment: a, count })),
    questionIds,
    students,
    questions,
    hardest,
    flags,
  };
}

/** The words the CSV needs, in the teacher's language. */
export interface CsvWords {
  name: string;
  score: string;
  correct: string;
  timeScale: string;
  /** Header of a question's answer column: its number and the question's text; `n` counts from 1. */
  answerHeader(n: number, questionId: string): string;
  markHeader(n: number, questionId: string): string;
  timeHeader(n: number, questionId: string): string;
  mark(m: Mark): string;
  scale(s: TimeScale): string;
  /** The student's answer in words. */
  answer(questionId: string, a: AnswerRecord): string;
  /** Seconds, as the spreadsheet should read them (a plain number, with the language's decimal mark). */
  seconds(ms: number): string;
  /** Last row's label: share right per question. */
  classRow: string;
  percent(ratio: number): string;
}

/**
 * The table as CSV text through the one CSV writer (core/csv.ts), separated by `separator`
 * (';' for a language with a decimal comma, so a French spreadsheet opens it in columns).
 */
export function classTableCsv(table: ClassTable, w: CsvWords, separator: CsvSeparator = ','): string {
  const header = [w.name, w.score, w.correct, w.timeScale];
  table.questionIds.forEach((id, i) => {
    header.push(w.answerHeader(i + 1, id), w.markHeader(i + 1, id), w.timeHeader(i + 1, id));
  });
  const rows = [header];
  for (const s of table.students) {
    const row = [s.name, String(s.score), String(s.correct), w.scale(s.timeScale)];
    table.questionIds.forEach((id, i) => {
      const a = s.answers[i];
      row.push(a ? w.answer(id, a) : '', w.mark(markOf(a)), a ? w.seconds(a.timeMs) : '');
    });
    rows.push(row);
  }
  const last = [w.classRow, '', '', ''];
  for (const q of table.questions) last.push('', w.percent(q.correctRate), w.seconds(q.averageTimeMs));
  rows.push(last);
  return csvText(rows, separator);
}

/** Splits pasted text into candidate codes: one per non-empty line, with its line number. */
export function splitCodes(text: string): { line: number; code: string }[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((code, i) => ({ line: i + 1, code: code.trim() }))
    .filter((x) => x.code !== '');
}
