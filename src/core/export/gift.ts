/**
 * GIFT, Moodle's plain-text question format (also read by other tools). Map questions are a choice
 * of names; a multiple-answer choice gives each right name an equal share and each wrong one the
 * same share off, as the game scores "every country that…"; a timeline is a matching of each event
 * to its position. General feedback (####) carries the explanation and the cited paragraphs.
 */
import { oneLine, type ExportItem, type ExportWords } from './items.ts';

/** GIFT's special characters, escaped with a backslash; text kept on one line. */
export function giftText(s: string): string {
  return oneLine(s).replace(/([\\~=#{}:[\]])/g, '\\$1');
}

/** Moodle accepts only these grade percentages; 100/n for n = 1…10 are among them. */
function share(n: number): string {
  return String(Math.round((100 / n) * 100000) / 100000);
}

function answers(item: ExportItem, words: Pick<ExportWords, 'position'>): string[] {
  switch (item.kind) {
    case 'choice': {
      if (!item.multiple) return item.options.map((o) => `${o.correct ? '=' : '~'}${giftText(o.text)}`);
      const right = item.options.filter((o) => o.correct).length;
      return item.options.map((o) => `~%${o.correct ? '' : '-'}${share(right)}%${giftText(o.text)}`);
    }
    case 'truefalse':
      return [item.answer ? 'TRUE' : 'FALSE'];
    case 'numeric':
      return [`#${item.answer}:${item.tolerance}`];
    case 'matching':
      return item.pairs.map((p) => `=${giftText(p.left)} -> ${giftText(p.right)}`);
    case 'ordering':
      return item.order.map((e, i) => `=${giftText(e)} -> ${giftText(words.position(i + 1))}`);
  }
}

function stem(item: ExportItem): string {
  return giftText(item.note ? `${item.prompt} (${item.note})` : item.prompt);
}

/** One question: `::id:: stem { answers ####feedback }`. */
export function giftQuestion(item: ExportItem, words: Pick<ExportWords, 'position'>): string {
  const lines = answers(item, words);
  const feedback = item.feedback ? `####${giftText(item.feedback)}` : '';
  if (item.kind === 'truefalse' || item.kind === 'numeric')
    return `::${giftText(item.id)}:: ${stem(item)} {${lines[0]}${feedback}}`;
  return [
    `::${giftText(item.id)}:: ${stem(item)} {`,
    ...lines.map((l) => `\t${l}`),
    feedback ? `\t${feedback}` : '',
    '}',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** The whole file: an optional category line, then the questions separated by blank lines. */
export function giftFile(
  items: readonly ExportItem[],
  words: Pick<ExportWords, 'position'>,
  category?: string,
): string {
  const head = category ? [`$CATEGORY: ${oneLine(category).replace(/\//g, '-')}`, ''] : [];
  return `${[...head, ...items.map((i) => `${giftQuestion(i, words)}\n`)].join('\n')}`;
}
