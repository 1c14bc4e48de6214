/**
 * npm run content:check [-- <pack folder or file>]
 * Checks every content pack (content/<pack-id>/), or the one holding the path given, against its
 * texts in every language and the map's place ids. Prints one line per problem, naming the file and
 * the entry; exits with 1 when there is any (no stack trace). A `.json` file outside content/ is read as
 * one pack file (a teacher's export), with the game's own checks (./packFile.ts).
 */
import { checkPackFileOnDisk, isPackFileArg } from './packFile.ts';
import { checkContent } from './packs.ts';

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log('Usage: npm run content:check [-- content/<pack-id>[/<file>.json] | <pack file>.json]');
    return 0;
  }
  if (args[0] !== undefined && isPackFileArg(process.cwd(), args[0])) {
    const verdict = checkPackFileOnDisk(process.cwd(), args[0]);
    for (const w of verdict.warnings) console.warn(`warning: ${w}`);
    if (!verdict.ok) {
      console.error(`${verdict.lines.length} problem${verdict.lines.length === 1 ? '' : 's'} in the pack file:`);
      for (const l of verdict.lines) console.error(`  ${l}`);
      return 1;
    }
    for (const l of verdict.lines) console.log(l);
    return 0;
  }
  const result = checkContent(process.cwd(), args[0]);
  if (!result.ok) {
    console.error(`${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} in the content:`);
    for (const e of result.errors) console.error(`  ${e}`);
    return 1;
  }
  for (const p of result.packs)
    console.log(`${p.pack.id}: ${p.pack.questions.length} questions, ${p.meta.topics.length} topics — OK`);
  return 0;
}

process.exitCode = main();
