/**
 * Moodle XML (Question bank → Import → Moodle XML format). Types: multichoice (choice and map
 * questions as names, several right for "every country that…"), truefalse, numerical (with its
 * tolerance), matching (who said it), ordering (timelines; a core question type since Moodle 4.4).
 * Texts are HTML-escaped, then XML-escaped; feedback carries the explanation and the paragraphs.
 */
import type { ExportItem } from './items.ts';

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Plain text as an HTML paragraph, escaped for XML: `<text>&lt;p&gt;…&lt;/p&gt;</text>`. */
function html(s: string): string {
  const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<text>${xmlEscape(`<p>${escaped}</p>`)}</text>`;
}

function plain(s: string): string {
  return `<text>${xmlEscape(s)}</text>`;
}

const MOODLE_TYPE: Record<ExportItem['kind'], string> = {
  choice: 'multichoice',
  truefalse: 'truefalse',
  numeric: 'numerical',
  matching: 'matching',
  ordering: 'ordering',
};

/** Moodle's grade fractions for "several right": 100/n is one of the accepted values. */
function share(n: number): string {
  return String(Math.round((100 / n) * 100000) / 100000);
}

function body(item: ExportItem): string[] {
  switch (item.kind) {
    case 'choice': {
      const right = item.options.filter((o) => o.correct).length;
      return [
        `<single>${item.multiple ? 'false' : 'true'}</single>`,
        '<shuffleanswers>true</shuffleanswers>',
        '<answernumbering>abc</answernumbering>',
        ...item.options.map((o) => {
          const fraction = item.multiple ? (o.correct ? share(right) : `-${share(right)}`) : o.correct ? '100' : '0';
          return `<answer fraction="${fraction}" format="html">${html(o.text)}</answer>`;
        }),
      ];
    }
    case 'truefalse':
      return [
        `<answer fraction="${item.answer ? 100 : 0}" format="moodle_auto_format"><text>true</text></answer>`,
        `<answer fraction="${item.answer ? 0 : 100}" format="moodle_auto_format"><text>false</text></answer>`,
      ];
    case 'numeric':
      return [
        `<answer fraction="100" format="moodle_auto_format"><text>${item.answer}</text><tolerance>${item.tolerance}</tolerance></answer>`,
        '<unitgradingtype>0</unitgradingtype>',
        '<showunits>3</showunits>',
      ];
    case 'matching':
      return [
        '<shuffleanswers>true</shuffleanswers>',
        ...item.pairs.map(
          (p) => `<subquestion format="html">${html(p.left)}<answer>${plain(p.right)}</answer></subquestion>`,
        ),
      ];
    case 'ordering':
      return [
        '<layouttype>VERTICAL</layouttype>',
        '<selecttype>ALL</selecttype>',
        '<selectcount>0</selectcount>',
        // The game gives the share of pairs of events in the right order: Moodle's nearest rule.
        '<gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>',
        '<showgrading>SHOW</showgrading>',
        '<numberingstyle>none</numberingstyle>',
        ...item.order.map((e, i) => `<answer fraction="${i + 1}" format="html">${html(e)}</answer>`),
      ];
  }
}

export function moodleQuestion(item: ExportItem): string {
  const text = item.note ? `${item.prompt} (${item.note})` : item.prompt;
  return [
    `<question type="${MOODLE_TYPE[item.kind]}">`,
    `<name>${plain(item.id)}</name>`,
    `<questiontext format="html">${html(text)}</questiontext>`,
    `<generalfeedback format="html">${html(item.feedback)}</generalfeedback>`,
    '<defaultgrade>1</defaultgrade>',
    '<penalty>0</penalty>',
    '<hidden>0</hidden>',
    `<idnumber>${xmlEscape(item.id)}</idnumber>`,
    ...body(item),
    '</question>',
  ]
    .map((l, i, all) => (i === 0 || i === all.length - 1 ? l : `  ${l}`))
    .join('\n');
}

/** The whole file, in a category named after the round or pack. */
export function moodleXml(items: readonly ExportItem[], category: string): string {
  const cat = `<question type="category">\n  <category>${plain(`$course$/top/${category.replace(/\//g, '-')}`)}</category>\n</question>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[cat, ...items.map(moodleQuestion)].join('\n')}\n</quiz>\n`;
}
