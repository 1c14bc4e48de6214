/**
 * The teacher's round builder as plain data: what the form holds, the assignment it makes, and
 * the summary a teacher sees while choosing. Pure: no DOM, no window, no storage.
 */
import { isRecord } from '../isRecord.ts';
import type { ContentPack, Difficulty, Question, QuestionType, Topic } from '../content/types.ts';
import { packTopics } from '../content/pack.ts';
import { questionTimeMs, timesByType } from '../round/timing.ts';
import { DIFFICULTIES_ALL, QUESTION_TYPES_ALL } from './lists.ts';
import { createRng } from '../random/rng.ts';
import { selectQuestions, estimatedDurationMs } from '../round/select.ts';
import { ASSIGNMENT_LIMITS, validateAssignment, type Assignment } from '../share/assignment.ts';
import { LANGUAGE_TAG, QUESTION_ID } from '../share/ids.ts';
import { isPlainText } from '../share/plainText.ts';

/** Times a teacher can pick, in ms; null = no time limit. */
export const TIME_CHOICES: readonly (number | null)[] = [10_000, 20_000, 30_000, 60_000, null];

export interface RoundForm {
  title: string;
  /** Empty = every topic (same for types and difficulties). */
  topics: Topic[];
  types: QuestionType[];
  difficulties: Difficulty[];
  /** 'draw': the game draws `count` questions from the filters; 'pick': the teacher's own list, in order. */
  mode: 'draw' | 'pick';
  count: number;
  picked: string[];
  /** Seed of the draw, so the round stays the same while the teacher edits other settings. */
  seed: number;
  timeLimitMs: number | null;
  allowTimeChange: boolean;
  /** 'en', 'fr', …; null = the student's choice. */
  language: string | null;
  shuffle: boolean;
  explainDuringRound: boolean;
}

/** What can be wrong with a form; each is also the i18n key (ui.json) of its message. */
export type FormError =
  | 'builder.error.titleTooLong'
  | 'builder.error.titleChars'
  | 'builder.error.count'
  | 'builder.error.noMatch'
  | 'builder.error.noPick'
  | 'builder.error.tooManyPicked'
  | 'builder.error.unknownQuestion';

export type FormResult =
  | { ok: true; value: Assignment /** Fewer questions match than asked for. */; short: boolean }
  | { ok: false; errors: FormError[] };

export function defaultForm(seed: number): RoundForm {
  return {
    title: '',
    topics: [],
    types: [],
    difficulties: [],
    mode: 'draw',
    count: 10,
    picked: [],
    seed: seed >>> 0,
    timeLimitMs: 30_000,
    allowTimeChange: true,
    language: null,
    shuffle: false,
    explainDuringRound: true,
  };
}

/** Questions that pass the form's filters, in pack order (what the hand-pick list shows). */
export function matchingQuestions(
  pack: ContentPack,
  form: Pick<RoundForm, 'topics' | 'types' | 'difficulties'>,
): Question[] {
  return pack.questions.filter(
    (q) =>
      (form.topics.length === 0 || form.topics.includes(q.topic)) &&
      (form.types.length === 0 || form.types.includes(q.type)) &&
      (form.difficulties.length === 0 || form.difficulties.includes(q.difficulty)),
  );
}

/** The round a form describes, or every reason it cannot be made yet. */
export function formToAssignment(form: RoundForm, pack: ContentPack): FormResult {
  const errors: FormError[] = [];
  const title = form.title.trim();
  if (!isPlainText(title, ASSIGNMENT_LIMITS.maxTitleChars, false)) {
    errors.push(
      isPlainText(title, Number.MAX_SAFE_INTEGER, false) ? 'builder.error.titleTooLong' : 'builder.error.titleChars',
    );
  }
  let questionIds: string[] = [];
  let short = false;
  if (form.mode === 'draw') {
    const { minQuestions, maxQuestions } = ASSIGNMENT_LIMITS;
    if (!Number.isInteger(form.count) || form.count < minQuestions || form.count > maxQuestions) {
      errors.push('builder.error.count');
    } else {
      questionIds = selectQuestions(
        pack,
        { topics: form.topics, types: form.types, difficulties: form.difficulties, count: form.count },
        createRng(form.seed),
      );
      if (questionIds.length === 0) errors.push('builder.error.noMatch');
      short = questionIds.length > 0 && questionIds.length < form.count;
    }
  } else {
    const known = new Set(pack.questions.map((q) => q.id));
    questionIds = [...new Set(form.picked)];
    if (questionIds.length === 0) errors.push('builder.error.noPick');
    if (questionIds.length > ASSIGNMENT_LIMITS.maxQuestions) errors.push('builder.error.tooManyPicked');
    if (questionIds.some((id) => !known.has(id))) errors.push('builder.error.unknownQuestion');
  }
  if (errors.length > 0) return { ok: false, errors };
  const value = validateAssignment({
    v: 1,
    title,
    questionIds,
    timeLimitMs: form.timeLimitMs,
    allowTimeChange: form.allowTimeChange,
    language: form.language,
    shuffle: form.shuffle,
    explainDuringRound: form.explainDuringRound,
  });
  // Every field was checked above; a null here would be a bug in this file, not the teacher's input.
  if (!value) throw new RangeError('formToAssignment: made an invalid assignment');
  return { ok: true, value, short };
}

/**
 * A form that makes exactly `a` again (to edit a saved or imported round): its questions become
 * a hand-picked list, so nothing is redrawn behind the teacher's back.
 */
export function formFromAssignment(a: Assignment, seed: number): RoundForm {
  return {
    ...defaultForm(seed),
    title: a.title,
    mode: 'pick',
    count: a.questionIds.length,
    picked: [...a.questionIds],
    timeLimitMs: a.timeLimitMs,
    allowTimeChange: a.allowTimeChange,
    language: a.language,
    shuffle: a.shuffle,
    explainDuringRound: a.explainDuringRound,
  };
}

/**
 * A form read back from storage or a file: every valid field kept (topics: those of the pack, in its
 * order), anything else replaced by the default. Undefined when `x` is not an object.
 */
export function normalizeForm(x: unknown, seed: number, topics: readonly string[]): RoundForm | undefined {
  if (!isRecord(x)) return undefined;
  const d = x;
  const f = defaultForm(seed);
  if (typeof d.title === 'string' && isPlainText(d.title, ASSIGNMENT_LIMITS.maxTitleChars, false)) f.title = d.title;
  f.topics = subset(d.topics, topics);
  f.types = subset(d.types, QUESTION_TYPES_ALL);
  f.difficulties = subset(d.difficulties, DIFFICULTIES_ALL);
  if (d.mode === 'draw' || d.mode === 'pick') f.mode = d.mode;
  if (Number.isInteger(d.count) && (d.count as number) >= 1 && (d.count as number) <= ASSIGNMENT_LIMITS.maxQuestions)
    f.count = d.count as number;
  if (Array.isArray(d.picked))
    f.picked = [
      ...new Set(d.picked.filter((id): id is string => typeof id === 'string' && QUESTION_ID.test(id))),
    ].slice(0, ASSIGNMENT_LIMITS.maxQuestions);
  if (Number.isInteger(d.seed) && (d.seed as number) >= 0 && (d.seed as number) < 2 ** 32) f.seed = d.seed as number;
  if (TIME_CHOICES.includes(d.timeLimitMs as number | null)) f.timeLimitMs = d.timeLimitMs as number | null;
  if (d.language === null || (typeof d.language === 'string' && LANGUAGE_TAG.test(d.language))) f.language = d.language;
  for (const k of ['allowTimeChange', 'shuffle', 'explainDuringRound'] as const)
    if (typeof d[k] === 'boolean') f[k] = d[k];
  return f;
}

function subset<T>(x: unknown, all: readonly T[]): T[] {
  return Array.isArray(x) ? all.filter((v) => x.includes(v)) : [];
}

/** What the class will get, for the live summary. */
export interface RoundSummary {
  count: number;
  /** Questions per type and per topic, in the bank's fixed order, zeros left out. */
  types: { type: QuestionType; count: number }[];
  /** Time each type gets at the round's base (the one time rule, timing.ts); empty when untimed. */
  typeTimes: { type: QuestionType; minMs: number; maxMs: number }[];
  topics: { topic: Topic; count: number }[];
  /** Longest the round takes (ms); null when untimed. */
  durationMs: number | null;
}

export function summarizeAssignment(a: Assignment, pack: ContentPack): RoundSummary {
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const base = a.timeLimitMs;
  const qs = a.questionIds.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
  const tally = <K>(all: readonly K[], key: (q: Question) => K) =>
    all.map((k) => ({ k, count: qs.filter((q) => key(q) === k).length })).filter((x) => x.count > 0);
  return {
    count: qs.length,
    types: tally(QUESTION_TYPES_ALL, (q) => q.type).map(({ k, count }) => ({ type: k, count })),
    topics: tally(packTopics(pack), (q) => q.topic).map(({ k, count }) => ({ topic: k, count })),
    typeTimes: base === null ? [] : [...timesByType(qs, base)].map(([type, t]) => ({ type, ...t })),
    durationMs:
      base === null ? null : qs.reduce((sum, q) => sum + (estimatedDurationMs(1, questionTimeMs(q, base)) ?? 0), 0),
  };
}
