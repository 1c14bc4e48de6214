/**
 * The teacher's answer key: every question of a pack, with its right answer and explanation as
 * plain text in one language, as JSON rows, CSV (RFC 4180) or Markdown. Pure: the caller passes
 * the language's words in (see scripts/answer-key.ts, which reads them from locales/<lng>/).
 */
import { csvText, type CsvSeparator } from '../csv.ts';
import { correctAnswerText, type Texts } from './describe.ts';
import { packTopics } from './pack.ts';
import type { ContentPack, Question, QuestionType, Topic } from './types.ts';

/** One line of the key; the JSON format prints exactly these fields, in this order. */
export interface AnswerKeyRow {
  id: string;
  type: QuestionType;
  topic: Topic;
  difficulty: number;
  paragraphs: number[];
  prompt: string;
  answer: string;
  explanation: string;
}

/** The words around the rows: column titles, topic and type names, the background note. */
export interface AnswerKeyLabels {
  title: string;
  /** Marks a question resting on background knowledge the article does not state. */
  background: string;
  /** Column titles of the CSV/Markdown, by field. */
  columns: Record<keyof AnswerKeyRow | 'context', string>;
  topic(t: Topic): string;
  type(t: QuestionType): string;
  yes: string;
  no: string;
  /** Between a field's name and its value: ": " in English, "\u00a0: " in French. */
  fieldSeparator: string;
  formatNumber(n: number): string;
}

/** One question's line of the key, its explanation as written (no background note). */
export function answerKeyRow(q: Question, texts: Texts): AnswerKeyRow {
  const words = texts.question(q.id);
  return {
    id: q.id,
    type: q.type,
    topic: q.topic,
    difficulty: q.difficulty,
    paragraphs: [...q.paragraphs],
    prompt: words?.prompt ?? '',
    answer: correctAnswerText(q, texts),
    explanation: words?.explanation ?? '',
  };
}

/** The key's rows, in pack order. A context question's explanation ends with the background note. */
export function answerKeyRows(
  pack: ContentPack,
  texts: Texts,
  labels: Pick<AnswerKeyLabels, 'background'>,
): AnswerKeyRow[] {
  return pack.questions.map((q) => {
    const row = answerKeyRow(q, texts);
    return q.context ? { ...row, explanation: `${row.explanation} (${labels.background})`.trim() } : row;
  });
}

export function answerKeyJson(rows: AnswerKeyRow[]): string {
  return JSON.stringify(rows, null, 2);
}

function contextOf(pack: ContentPack): Map<string, boolean> {
  return new Map(pack.questions.map((q: Question) => [q.id, q.context === true]));
}

const CSV_FIELDS = [
  'id',
  'type',
  'topic',
  'difficulty',
  'paragraphs',
  'context',
  'prompt',
  'answer',
  'explanation',
] as const;

/**
 * CSV with a header row and CRLF line ends, through the one CSV writer (core/csv.ts: formula
 * guard, `separator` ';' for a language with a decimal comma); paragraphs as "4; 5"; topic and type as words.
 */
export function answerKeyCsv(
  rows: AnswerKeyRow[],
  pack: ContentPack,
  labels: AnswerKeyLabels,
  separator: CsvSeparator = ',',
): string {
  const context = contextOf(pack);
  const cells = (r: AnswerKeyRow): string[] =>
    CSV_FIELDS.map((f) => {
      switch (f) {
        case 'paragraphs':
          return r.paragraphs.map((p) => labels.formatNumber(p)).join('; ');
        case 'context':
          return context.get(r.id) ? labels.yes : labels.no;
        case 'topic':
          return labels.topic(r.topic);
        case 'type':
          return labels.type(r.type);
        case 'difficulty':
          return labels.formatNumber(r.difficulty);
        default:
          return r[f];
      }
    });
  const lines = [CSV_FIELDS.map((f) => labels.columns[f]), ...rows.map(cells)];
  return csvText(lines, separator);
}

/** Markdown text with no markup meaning: special characters escaped, line breaks as spaces. */
export function mdText(value: string): string {
  return value.replace(/\s*\r?\n\s*/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** A printable list, one section per topic (in the pack's topic order), numbered questions. */
export function answerKeyMarkdown(rows: AnswerKeyRow[], pack: ContentPack, labels: AnswerKeyLabels): string {
  const context = contextOf(pack);
  const out: string[] = [`# ${mdText(labels.title)}`, ''];
  for (const topic of packTopics(pack)) {
    const inTopic = rows.filter((r) => r.topic === topic);
    if (inTopic.length === 0) continue;
    out.push(`## ${mdText(labels.topic(topic))}`, '');
    inTopic.forEach((r, i) => {
      const bg = context.get(r.id) ? ` *(${mdText(labels.background)})*` : '';
      const paras = r.paragraphs.map((p) => labels.formatNumber(p)).join('; ');
      const field = (f: keyof AnswerKeyLabels['columns'], value: string) =>
        `${mdText(labels.columns[f])}${labels.fieldSeparator}${mdText(value)}`;
      out.push(
        `${i + 1}. **${mdText(r.prompt)}**${bg}`,
        `   - ${field('answer', r.answer)}`,
        `   - ${field('explanation', r.explanation)}`,
        `   - ${[
          field('type', labels.type(r.type)),
          field('difficulty', labels.formatNumber(r.difficulty)),
          field('paragraphs', paras || '—'),
          field('context', context.get(r.id) ? labels.yes : labels.no),
          field('id', r.id),
        ].join(' · ')}`,
        '',
      );
    });
  }
  return out.join('\n');
}

export const ANSWER_KEY_FORMATS = ['json', 'csv', 'md'] as const;
export type AnswerKeyFormat = (typeof ANSWER_KEY_FORMATS)[number];
