/**
 * npm run i18n:check [-- --lang fr] [--dir locales] [--json] [--errors-only]
 * Compares every language in locales/ (and each content pack's texts/<lng>.json beside it) with
 * English; exits with 1 when there are errors.
 * See locales/README.md for what each message means.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkLocales } from './i18n/check.ts';
import { PLACEHOLDER_TYPES_FILE, placeholderTypesSource } from './i18n/placeholderTypes.ts';
import { addPackTexts, readAllowList, readLocaleTree } from './i18n/readTree.ts';
import { formatHuman, formatJson } from './i18n/report.ts';

interface Args {
  dir: string;
  langs: string[];
  json: boolean;
  errorsOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dir: 'locales', langs: [], json: false, errorsOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--errors-only') args.errorsOnly = true;
    else if (a === '--dir') args.dir = value();
    else if (a.startsWith('--dir=')) args.dir = a.slice(6);
    else if (a === '--lang') args.langs.push(...value().split(','));
    else if (a.startsWith('--lang=')) args.langs.push(...a.slice(7).split(','));
    else if (a === '--help' || a === '-h') {
      console.log('Usage: npm run i18n:check -- [--lang fr] [--dir locales] [--json] [--errors-only]');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return args;
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(String((e as Error).message));
    return 2;
  }
  if (!existsSync(args.dir)) {
    console.error(`There is no folder ${args.dir}/`);
    return 2;
  }
  const allow = readAllowList(args.dir);
  if (allow.problem) console.error(`warning: ${allow.problem}`);
  const contentDir = join(dirname(resolve(args.dir)), 'content');
  const report = checkLocales(addPackTexts(readLocaleTree(args.dir), contentDir), {
    sameAsEnglish: allow.list,
    ...(args.langs.length ? { only: args.langs } : {}),
  });
  const dir = args.dir.replace(/\/+$/, '');
  console.log(args.json ? formatJson(report) : formatHuman(report, dir, { errorsOnly: args.errorsOnly }));
  return report.errors > 0 || !placeholderTypesFresh(args.dir) ? 1 : 0;
}

/** The game's own locales only: the placeholder types tsc reads must match English's ui.json. */
function placeholderTypesFresh(dir: string): boolean {
  if (resolve(dir) !== resolve('locales') || !existsSync(PLACEHOLDER_TYPES_FILE)) return true;
  const wanted = placeholderTypesSource(JSON.parse(readFileSync(join(dir, 'en', 'ui.json'), 'utf8')));
  if (readFileSync(PLACEHOLDER_TYPES_FILE, 'utf8') === wanted) return true;
  console.error(`error: ${PLACEHOLDER_TYPES_FILE} is out of date with locales/en/ui.json: run npm run i18n:types`);
  return false;
}

process.exitCode = main();
