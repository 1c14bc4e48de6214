/** Prints a CheckReport for people (grouped by language, then file) or as JSON for tools. */
import type { CheckReport, Issue } from './check.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function quote(text: string, max = 70): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

function issueLines(i: Issue): string[] {
  const mark = i.severity === 'error' ? 'ERROR  ' : 'warning';
  const where = i.key ? `${i.key}: ` : '';
  const lines = [`    ${mark} ${where}${i.message}`];
  if (i.english !== undefined && i.kind !== 'same-as-english') lines.push(`              English: ${quote(i.english)}`);
  if (i.value !== undefined && i.kind !== 'empty') lines.push(`              This file: ${quote(i.value)}`);
  return lines;
}

export function formatHuman(report: CheckReport, dir: string): string {
  const out: string[] = [`Checking the translations in ${dir}/ against English (${report.reference}).`, ''];
  for (const l of report.languages) {
    const title = l.name ? `${l.name} (${l.lang})` : l.lang;
    const counts =
      l.errors + l.warnings === 0
        ? 'all good'
        : `${plural(l.errors, 'error', 'errors')}, ${plural(l.warnings, 'warning', 'warnings')}`;
    out.push(`${title} — ${counts}`);
    const byFile = new Map<string, Issue[]>();
    for (const i of l.issues) {
      const f = i.file ?? '(the folder)';
      byFile.set(f, [...(byFile.get(f) ?? []), i]);
    }
    for (const [file, list] of byFile) {
      out.push(`  ${file === '(the folder)' ? `locales/${l.lang}/` : `locales/${l.lang}/${file}`}`);
      const sorted = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
      for (const i of sorted) out.push(...issueLines(i));
    }
    out.push('');
  }
  if (report.errors > 0) {
    out.push(
      `${plural(report.errors, 'error', 'errors')} and ${plural(report.warnings, 'warning', 'warnings')}. Errors must be fixed; warnings are worth a look.`,
    );
  } else {
    out.push(`No errors${report.warnings ? ` (${plural(report.warnings, 'warning', 'warnings')} worth a look)` : ''}.`);
  }
  return out.join('\n');
}

export function formatJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2);
}
