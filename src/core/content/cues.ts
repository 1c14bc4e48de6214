/**
 * Cues a test-wise student can use without knowing the answer, measured over a bank and its words in
 * one language. Works for any pack: it looks only at question types, answers and texts.
 *
 * - the right choice is the longest one (by chance it would be about 1 in 4);
 * - the right choice is much longer than every distractor;
 * - true/false statements lean one way;
 * - absolute words ("never", "everyone", "only"…) mark false statements more than true ones.
 */
import { kindOf } from '../questions/registry.ts';
import type { ContentPack, QuestionText } from './types.ts';

/** The limits the bank is held to (see `cueProblems`). */
export const CUE_LIMITS = {
  /** At most this share of choice questions may have the right answer as the strictly longest option. */
  longestShare: 0.3,
  /** No right answer may be more than this much longer than every distractor (0.3 = 30 %). */
  overlong: 0.3,
  /** True statements make up this share of true/false questions. */
  trueShare: { min: 0.4, max: 0.6 },
  /** Largest allowed gap between the share of true and of false statements carrying an absolute word. */
  absoluteGap: 0.1,
} as const;

/** Absolute words per language, as whole words or phrases (lower case). Other languages use English's list. */
export const ABSOLUTE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'never',
    'always',
    'everyone',
    'everybody',
    'everything',
    'every',
    'any',
    'all',
    'only',
    'no one',
    'nobody',
    'none',
    'nothing',
    'entirely',
    'completely',
    'ever',
  ],
  fr: [
    'jamais',
    'toujours',
    'tout le monde',
    'tous',
    'toute',
    'toutes',
    'tout',
    'chaque',
    'aucun',
    'aucune',
    'seul',
    'seule',
    'seuls',
    'seules',
    'seulement',
    'personne',
    'rien',
    'entièrement',
    'complètement',
  ],
};

export interface CueReport {
  choiceCount: number;
  /** Ids of choice questions whose right answer is strictly the longest option. */
  longest: string[];
  /** Ids of choice questions whose right answer is more than `CUE_LIMITS.overlong` longer than every distractor. */
  overlong: string[];
  trueCount: number;
  falseCount: number;
  /** Ids of true (resp. false) statements containing an absolute word. */
  absoluteInTrue: string[];
  absoluteInFalse: string[];
}

/** Length as a reader sees it: characters, ignoring surrounding quotation marks and spaces. */
export function visibleLength(text: string): number {
  return [...text.trim().replace(/^[“«"‘\s]+|[”»"’\s]+$/gu, '')].length;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The absolute words found in a text, in the given language. */
export function absoluteWords(text: string, language: string): string[] {
  const words = ABSOLUTE_WORDS[language] ?? ABSOLUTE_WORDS.en ?? [];
  const lower = text.toLowerCase().replace(/[’']/g, ' ');
  return words.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u').test(lower));
}

/** Measures the cues of a bank in one language. Questions without words in that language are skipped. */
export function measureCues(pack: ContentPack, texts: Record<string, QuestionText>, language: string): CueReport {
  const report: CueReport = {
    choiceCount: 0,
    longest: [],
    overlong: [],
    trueCount: 0,
    falseCount: 0,
    absoluteInTrue: [],
    absoluteInFalse: [],
  };
  for (const q of pack.questions) {
    const words = texts[q.id];
    if (!words) continue;
    // What to look at comes from the question's type (its module's `cues`).
    const cue = kindOf(q).cues(q);
    if (cue && 'right' in cue && words.choices) {
      const right = visibleLength(words.choices[cue.right] ?? '');
      const others = cue.others.map((c) => visibleLength(words.choices?.[c] ?? ''));
      const longestOther = Math.max(0, ...others);
      report.choiceCount += 1;
      if (right > longestOther) report.longest.push(q.id);
      if (right > longestOther * (1 + CUE_LIMITS.overlong)) report.overlong.push(q.id);
    } else if (cue && 'statement' in cue) {
      const absolute = absoluteWords(words.prompt, language).length > 0;
      if (cue.statement) report.trueCount += 1;
      else report.falseCount += 1;
      if (absolute) (cue.statement ? report.absoluteInTrue : report.absoluteInFalse).push(q.id);
    }
  }
  return report;
}

const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
const pct = (x: number): string => `${Math.round(x * 100)} %`;

/** What breaks the limits, in words an author can act on; empty when the bank gives nothing away. */
export function cueProblems(r: CueReport): string[] {
  const problems: string[] = [];
  const longest = share(r.longest.length, r.choiceCount);
  if (longest > CUE_LIMITS.longestShare)
    problems.push(
      `the right answer is the longest option in ${r.longest.length} of ${r.choiceCount} choice questions (${pct(longest)}, limit ${pct(CUE_LIMITS.longestShare)}): ${r.longest.join(', ')}`,
    );
  if (r.overlong.length > 0)
    problems.push(
      `the right answer is over ${pct(CUE_LIMITS.overlong)} longer than every distractor in: ${r.overlong.join(', ')}`,
    );
  const tf = r.trueCount + r.falseCount;
  const trueShare = share(r.trueCount, tf);
  if (tf > 0 && (trueShare < CUE_LIMITS.trueShare.min || trueShare > CUE_LIMITS.trueShare.max))
    problems.push(
      `${r.trueCount} of ${tf} true/false statements are true (${pct(trueShare)}; keep it within ${pct(CUE_LIMITS.trueShare.min)}–${pct(CUE_LIMITS.trueShare.max)})`,
    );
  const inTrue = share(r.absoluteInTrue.length, r.trueCount);
  const inFalse = share(r.absoluteInFalse.length, r.falseCount);
  if (Math.abs(inTrue - inFalse) > CUE_LIMITS.absoluteGap)
    problems.push(
      `absolute words appear in ${r.absoluteInTrue.length} of ${r.trueCount} true statements (${pct(inTrue)}) but ${r.absoluteInFalse.length} of ${r.falseCount} false ones (${pct(inFalse)}): true [${r.absoluteInTrue.join(', ')}], false [${r.absoluteInFalse.join(', ')}]`,
    );
  return problems;
}
