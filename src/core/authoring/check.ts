/**
 * Live checking of a draft: the very validator `npm run content:check` runs (../content/validate.ts)
 * and the answer-cue measures of the shipped bank (../content/cues.ts), run on the draft's pack and
 * told per field, as a message key (`studio.check.<key>` in locales/<lng>/ui.json) the studio shows
 * beside the field in the teacher's language. One message per field: the first found.
 *
 * Field names: `title.<lng>`, `source.date|link|text`, `topic.<id>.<lng>`, `<q>.prompt.<lng>`,
 * `<q>.explanation.<lng>`, `<q>.unit.<lng>`, `<q>.paragraphs|targets|toleranceKm|numeric|choices|events|pairs`,
 * `<q>.item.<item id>.<lng>` (a choice, event, statement or speaker), `<q>` or `quiz` for the rest.
 */
import * as v from 'valibot';
import { CUE_LIMITS, measureCues } from '../content/cues.ts';
import { PackMetaSchema } from '../content/pack.ts';
import type { PackFile } from '../content/packFile.ts';
import type { Question, QuestionText } from '../content/types.ts';
import { validatePack } from '../content/validate.ts';
import { kindOf } from '../questions/registry.ts';
import type { Draft } from './draft.ts';
import { draftToPackFile } from './toPackFile.ts';

/** Every message the studio shows beside a field: `studio.check.<key>` in locales/<lng>/ui.json. */
export type CheckKey =
  | 'required'
  | 'missingTranslation'
  | 'same'
  | 'date'
  | 'link'
  | 'noText'
  | 'noQuestions'
  | 'noParagraph'
  | 'unknownParagraph'
  | 'notNumber'
  | 'radius'
  | 'noTarget'
  | 'oneTarget'
  | 'wrongPlaceKind'
  | 'notOnMap'
  | 'answerInside'
  | 'stepPositive'
  | 'offGrid'
  | 'toleranceNegative'
  | 'toleranceWhole'
  | 'eventCount'
  | 'pairCount'
  | 'overlong'
  | 'longest'
  | 'trueShare'
  | 'absolute'
  | 'other';

export interface FieldProblem {
  /** Under `studio.check.` in the ui texts. */
  key: CheckKey;
  params?: Record<string, string | number>;
  /** 'error' blocks sharing; 'advice' (an answer cue) does not. */
  level: 'error' | 'advice';
}

export interface DraftCheck {
  /** Field name → its one message. */
  fields: Map<string, FieldProblem>;
  errorCount: number;
  pack: PackFile;
}

type Rule = [RegExp, (m: RegExpExecArray) => [field: string, key: CheckKey, params?: Record<string, string | number>]];

/** What the validator says about one question (after `<id>: `), as a field and a message. */
const QUESTION_RULES: Rule[] = [
  [/^cites no paragraph/, () => ['paragraphs', 'noParagraph']],
  [/^unknown paragraph (\d+)/, (m) => ['paragraphs', 'unknownParagraph', { n: m[1] ?? '' }]],
  [/^(answer|min|max|step|tolerance): /, (m) => ['numeric', 'notNumber', { field: m[1] ?? '' }]],
  [/^toleranceKm: |toleranceKm above 0/, () => ['toleranceKm', 'radius']],
  [/^has no map target/, () => ['targets', 'noTarget']],
  [/mode takes one target/, () => ['targets', 'oneTarget']],
  [/^city mode needs a city|needs countries, /, () => ['targets', 'wrongPlaceKind']],
  [/is not on the map/, () => ['targets', 'notOnMap']],
  [/strictly inside/, () => ['numeric', 'answerInside']],
  [/^step .* must be above 0/, () => ['numeric', 'stepPositive']],
  [/cannot land on the answer/, () => ['numeric', 'offGrid']],
  [/must not be negative/, () => ['numeric', 'toleranceNegative']],
  [/covers the whole range/, () => ['numeric', 'toleranceWhole']],
  [/^timeline has (\d+) events/, (m) => ['events', 'eventCount', { n: m[1] ?? '' }]],
  [/^match has (\d+) pairs/, (m) => ['pairs', 'pairCount', { n: m[1] ?? '' }]],
  [/^topic: /, () => ['topic', 'other']],
];

/** What the validator says about one question's words in one language (after `<id> [<lng>]: `). */
const TEXT_RULES: Rule[] = [
  [/^missing translation/, () => ['prompt', 'missingTranslation']],
  [/^(prompt|explanation|unit): /, (m) => [m[1] ?? 'prompt', 'required']],
  [/^(?:choice|event|statement|speaker) ([a-z0-9-]+) has no text/, (m) => [`item.${m[1]}`, 'required']],
  [/^(?:choice|event|statement|speaker)s [a-z0-9-]+ and ([a-z0-9-]+) read the same/, (m) => [`item.${m[1]}`, 'same']],
];

const PACK_TEXT_RULES: Rule[] = [
  [/^title: /, () => ['title', 'required']],
  [/^topic ([a-z0-9-]+) has no name/, (m) => [`topic.${m[1]}`, 'required']],
];

function apply(rules: Rule[], detail: string): ReturnType<Rule[1]> | null {
  for (const [re, to] of rules) {
    const m = re.exec(detail);
    if (m) return to(m);
  }
  return null;
}

/** Checks the draft as `content:check` would check its pack, plus the answer cues. */
export function checkDraft(d: Draft, placeIds: ReadonlySet<string>): DraftCheck {
  const pack = draftToPackFile(d);
  const fields = new Map<string, FieldProblem>();
  const put = (
    field: string,
    key: CheckKey,
    params?: Record<string, string | number>,
    level: FieldProblem['level'] = 'error',
  ) => {
    if (!fields.has(field)) fields.set(field, { key, level, ...(params ? { params } : {}) });
  };
  const meta = v.safeParse(PackMetaSchema, pack.meta);
  if (!meta.success)
    for (const issue of meta.issues) {
      const path = v.getDotPath(issue) ?? '';
      if (path === 'source.date') put('source.date', 'date');
      else if (path === 'source.url') put('source.link', 'link');
      else if (path === 'source.paragraphs') put('source.text', 'noText');
      else put('quiz', 'other', { detail: `${path}: ${issue.message}` });
    }
  const ids = new Set(d.questions.map((q) => q.id));
  const head = { id: pack.id, version: 1, paragraphCount: paragraphsIn(pack), questions: pack.questions };
  const opts = { placeIds, paragraphCount: paragraphsIn(pack), topics: pack.meta.topics, packTexts: true };
  const result = validatePack(head, pack.texts, opts);
  if (!result.ok) for (const e of result.errors) placeError(e, ids, put);
  // A question the schema refuses (a number not typed yet) gets no word checks from the validator: its
  // words are checked again with stand-in numbers, so a missing translation shows at once.
  const stand = validatePack({ ...head, questions: pack.questions.map(withStandInNumbers) }, pack.texts, opts);
  if (!stand.ok) for (const e of stand.errors) if (/^[^ :]+ \[/.test(e)) placeError(e, ids, put);
  adviseCues(d, pack, put);
  let errorCount = 0;
  for (const p of fields.values()) if (p.level === 'error') errorCount++;
  return { fields, errorCount, pack };
}

/** The same question with any number not typed yet replaced by one the schema takes (its type says how). */
function withStandInNumbers(q: Question): Question {
  return kindOf(q).authoring.standIn?.(q) ?? q;
}

const paragraphsIn = (pack: PackFile): number =>
  pack.meta.source.kind === 'article' ? pack.meta.source.paragraphs : 0;

type Put = (
  field: string,
  key: CheckKey,
  params?: Record<string, string | number>,
  level?: FieldProblem['level'],
) => void;

function placeError(e: string, ids: ReadonlySet<string>, put: Put): void {
  const m = /^([^ :]+)(?: \[([^\]]+)\])?: (.*)$/.exec(e);
  const [, who = '', lng, detail = e] = m ?? [];
  let field: string | null = null;
  let hit: ReturnType<Rule[1]> | null = null;
  if (who === '_pack' && lng) {
    hit = apply(PACK_TEXT_RULES, detail);
    if (hit) field = `${hit[0]}.${lng}`;
  } else if (ids.has(who) && lng) {
    hit = apply(TEXT_RULES, detail);
    if (hit) field = `${who}.${hit[0]}.${lng}`;
  } else if (ids.has(who)) {
    hit = apply(QUESTION_RULES, detail);
    if (hit) field = `${who}.${hit[0]}`;
  }
  if (hit && field) put(field, hit[1], hit[2]);
  else if (detail === 'has no questions') put('quiz', 'noQuestions');
  else put(ids.has(who) ? who : 'quiz', 'other', { detail: e });
}

/** The shipped bank's answer cues, as advice: a right answer much longer than the rest, lopsided true/false. */
function adviseCues(d: Draft, pack: PackFile, put: Put): void {
  const content = { id: pack.id, version: 1, paragraphCount: paragraphsIn(pack), questions: pack.questions };
  for (const lng of d.languages) {
    const texts = (pack.texts[lng] ?? {}) as Record<string, QuestionText>;
    const r = measureCues(content, texts, lng);
    for (const id of r.overlong) put(`${id}.choices`, 'overlong', { lng }, 'advice');
    if (r.choiceCount >= 4 && r.longest.length / r.choiceCount > CUE_LIMITS.longestShare)
      put('quiz.longest', 'longest', { n: r.longest.length, of: r.choiceCount }, 'advice');
    const tf = r.trueCount + r.falseCount;
    const share = tf === 0 ? 0.5 : r.trueCount / tf;
    if (tf >= 4 && (share < CUE_LIMITS.trueShare.min || share > CUE_LIMITS.trueShare.max))
      put('quiz.truefalse', 'trueShare', { n: r.trueCount, of: tf }, 'advice');
    for (const id of r.absoluteInFalse)
      if (r.absoluteInTrue.length === 0) put(`${id}.prompt.${lng}`, 'absolute', {}, 'advice');
  }
}

/**
 * The questions a student could not play yet: any error but a missing translation in a language
 * other than the main one (the game falls back to it), plus the whole quiz's own errors.
 */
export function notPlayable(c: DraftCheck, d: Draft): string[] {
  const main = d.languages[0] ?? 'en';
  const others = d.languages.filter((l) => l !== main);
  const out = new Set<string>();
  for (const [field, p] of c.fields) {
    if (p.level !== 'error') continue;
    if (others.some((l) => field.endsWith(`.${l}`))) continue;
    const q = d.questions.find((x) => field === x.id || field.startsWith(`${x.id}.`));
    out.add(q ? q.id : 'quiz');
  }
  return [...out];
}
