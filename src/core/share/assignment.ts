import { bytesToBase32 } from './base32.ts';
import { utf8Bytes } from './bytes.ts';
import { fnv1a64 } from './checksum.ts';
import { LANGUAGE_TAG, QUESTION_ID, allDistinct, isRecord } from './ids.ts';
import { isPlainText } from './plainText.ts';

/** A round a teacher assigns: travels in a link (roundLink.ts), identified in results by its hash. */
export interface Assignment {
  v: 1;
  /** Plain text, shown with textContent, never as HTML. May be empty (the UI then shows a default). */
  title: string;
  /** Questions in the order asked (before any shuffle). */
  questionIds: string[];
  /** Base time per question in ms; null = no time limit. */
  timeLimitMs: number | null;
  /** Whether the student may scale or turn off the timer (WCAG 2.2.1). */
  allowTimeChange: boolean;
  /** Language the round is played in; null = the student's choice. */
  language: string | null;
  shuffle: boolean;
  explainDuringRound: boolean;
}

export const ASSIGNMENT_LIMITS = {
  maxTitleChars: 80,
  minQuestions: 1,
  maxQuestions: 60,
  minTimeLimitMs: 1_000,
  maxTimeLimitMs: 600_000,
} as const;

const KEYS = [
  'v',
  'title',
  'questionIds',
  'timeLimitMs',
  'allowTimeChange',
  'language',
  'shuffle',
  'explainDuringRound',
];

/**
 * A clean copy of `x` if it is a valid Assignment, else null. Unknown fields are refused, so
 * whatever passes is exactly what links and hashes carry.
 */
export function validateAssignment(x: unknown): Assignment | null {
  if (!isRecord(x) || Object.keys(x).some((k) => !KEYS.includes(k))) return null;
  const { v, title, questionIds, timeLimitMs, allowTimeChange, language, shuffle, explainDuringRound } = x;
  if (v !== 1) return null;
  if (!isPlainText(title, ASSIGNMENT_LIMITS.maxTitleChars, false)) return null;
  if (!Array.isArray(questionIds)) return null;
  if (questionIds.length < ASSIGNMENT_LIMITS.minQuestions || questionIds.length > ASSIGNMENT_LIMITS.maxQuestions)
    return null;
  if (!questionIds.every((id) => typeof id === 'string' && QUESTION_ID.test(id))) return null;
  if (!allDistinct(questionIds as string[])) return null;
  if (
    timeLimitMs !== null &&
    !(
      Number.isInteger(timeLimitMs) &&
      (timeLimitMs as number) >= ASSIGNMENT_LIMITS.minTimeLimitMs &&
      (timeLimitMs as number) <= ASSIGNMENT_LIMITS.maxTimeLimitMs
    )
  )
    return null;
  if (language !== null && !(typeof language === 'string' && LANGUAGE_TAG.test(language))) return null;
  if (typeof allowTimeChange !== 'boolean' || typeof shuffle !== 'boolean' || typeof explainDuringRound !== 'boolean')
    return null;
  return {
    v: 1,
    title,
    questionIds: [...(questionIds as string[])],
    timeLimitMs: timeLimitMs as number | null,
    allowTimeChange,
    language: language as string | null,
    shuffle,
    explainDuringRound,
  };
}

/** Canonical serialisation: fields in a fixed order, so equal assignments hash alike. */
function canonical(a: Assignment): string {
  return JSON.stringify([
    a.v,
    a.title,
    a.questionIds,
    a.timeLimitMs,
    a.allowTimeChange,
    a.language,
    a.shuffle,
    a.explainDuringRound,
  ]);
}

/**
 * Which round this is: 8 Crockford base32 symbols (40 bits of FNV-1a/64 over the canonical
 * form). Results carry it so a teacher can sort codes by round.
 */
export function assignmentHash(a: Assignment): string {
  const h = fnv1a64(utf8Bytes(canonical(a))) >> 24n;
  const bytes = new Uint8Array(5);
  for (let i = 0; i < 5; i++) bytes[i] = Number((h >> BigInt(8 * (4 - i))) & 0xffn);
  return bytesToBase32(bytes);
}
