/**
 * Prints a CheckReport for people, or as JSON for tools.
 *
 * For people, in the order a translator needs it: every error first (they must be fixed), then one
 * summary line per language ("13 of 400 texts translated"), then the warnings grouped by kind, each
 * kind explained once, with the keys listed per file (the first few, then how many more).
 */
import type { CheckReport, Issue, IssueKind, LanguageReport } from './check.ts';

export interface HumanOptions {
  /** Leave the warnings out (the summary still counts them). */
  errorsOnly?: boolean;
  /** Keys listed per file and kind of warning before "… and N more". */
  keysPerGroup?: number;
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function quote(text: string, max = 70): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

/** One hint per kind of warning, printed once above its keys, with how many there are. */
const WARNING_HINTS: Partial<Record<IssueKind, (n: number) => string>> = {
  'same-as-english': (n) =>
    `${plural(n, 'text is', 'texts are')} the same as English — not translated yet? If a text is right as it is (a name, a shared word), add it to locales/same-as-english.json.`,
  'duplicate-key': (n) =>
    `${plural(n, 'key is', 'keys are')} written twice in the file; only the last one is used. Delete one of the two lines.`,
  'unused-plural': (n) =>
    `${plural(n, 'plural form is', 'plural forms are')} never used in this language; you can delete them.`,
  'extra-file': (n) => `${plural(n, 'file is', 'files are')} not in English's folder; the game never reads them.`,
};

const titleOf = (l: LanguageReport): string => (l.name ? `${l.name} (${l.lang})` : l.lang);
/** A pack's texts are named "content/<pack>/texts/{lng}.json" in the tree (see readTree.ts). */
const pathOf = (l: LanguageReport, file: string | null): string =>
  file === null
    ? `locales/${l.lang}/`
    : file.startsWith('content/')
      ? file.replace('{lng}', l.lang)
      : `locales/${l.lang}/${file}`;

function errorLines(l: LanguageReport): string[] {
  const out: string[] = [];
  let lastFile: string | null | undefined;
  for (const i of l.issues.filter((x) => x.severity === 'error')) {
    if (i.file !== lastFile) out.push(`  ${titleOf(l)} — ${pathOf(l, i.file)}`);
    lastFile = i.file;
    out.push(`    ERROR  ${i.key ? `${i.key}: ` : ''}${i.message}`);
    if (i.english !== undefined) out.push(`             English: ${quote(i.english)}`);
    if (i.value !== undefined && i.kind !== 'empty') out.push(`             This file: ${quote(i.value)}`);
  }
  return out;
}

function summaryLine(l: LanguageReport, isReference: boolean): string {
  const texts = isReference
    ? `the reference, ${plural(l.texts.total, 'text', 'texts')}`
    : `${l.texts.translated.toLocaleString('en')} of ${plural(l.texts.total, 'text', 'texts')} translated`;
  const counts =
    l.errors + l.warnings === 0
      ? 'all good'
      : `${plural(l.errors, 'error', 'errors')}, ${plural(l.warnings, 'warning', 'warnings')}`;
  return `  ${titleOf(l)}: ${texts} — ${counts}`;
}

function warningLines(l: LanguageReport, keysPerGroup: number): string[] {
  const warnings = l.issues.filter((i) => i.severity === 'warning');
  if (warnings.length === 0) return [];
  const out = [`  ${titleOf(l)}`];
  const byKind = new Map<IssueKind, Issue[]>();
  for (const i of warnings) byKind.set(i.kind, [...(byKind.get(i.kind) ?? []), i]);
  for (const [kind, list] of byKind) {
    const hint = WARNING_HINTS[kind];
    out.push(`    ${hint ? hint(list.length) : `${list.length} × ${list[0]?.message ?? kind}`}`);
    const byFile = new Map<string | null, Issue[]>();
    for (const i of list) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
    for (const [file, items] of byFile) {
      const names = items.map((i) => i.key ?? i.file ?? '').filter(Boolean);
      const shown = names.slice(0, keysPerGroup).join(', ');
      const more = names.length > keysPerGroup ? ` … and ${names.length - keysPerGroup} more` : '';
      out.push(`      ${pathOf(l, file)}: ${shown}${more}`);
    }
  }
  return out;
}

export function formatHuman(report: CheckReport, dir: string, options: HumanOptions = {}): string {
  const keysPerGroup = options.keysPerGroup ?? 8;
  const out: string[] = [`Checking the translations in ${dir}/ against English (${report.reference}).`, ''];
  if (report.errors > 0) {
    out.push(`Errors (${report.errors.toLocaleString('en')}) — these must be fixed:`);
    for (const l of report.languages) out.push(...errorLines(l));
    out.push('');
  }
  out.push('Summary:');
  for (const l of report.languages) out.push(summaryLine(l, l.lang === report.reference));
  out.push('');
  if (!options.errorsOnly && report.warnings > 0) {
    out.push(`Warnings (${report.warnings.toLocaleString('en')}) — worth a look:`);
    for (const l of report.languages) out.push(...warningLines(l, keysPerGroup));
    out.push('', 'The whole list, with the English of each text: npm run i18n:check -- --json', '');
  }
  if (report.errors > 0)
    out.push(
      `${plural(report.errors, 'error', 'errors')} and ${plural(report.warnings, 'warning', 'warnings')}. Errors must be fixed; warnings are worth a look.`,
    );
  else
    out.push(`No errors${report.warnings ? ` (${plural(report.warnings, 'warning', 'warnings')} worth a look)` : ''}.`);
  return out.join('\n');
}

export function formatJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2);
}
