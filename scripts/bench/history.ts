import { execFileSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** One JSON line per bench run, committed, so figures can be compared across commits. */
export const HISTORY_FILE = fileURLToPath(new URL('./history.jsonl', import.meta.url));

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The commit measured, and whether the work tree had uncommitted changes (then the figures are of HEAD plus those). */
export function gitState(): { commit: string; dirty: boolean } {
  return {
    commit: git(['rev-parse', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--', '.', ':(exclude)scripts/bench/history.jsonl']) !== '',
  };
}

export async function appendHistory(entry: object): Promise<void> {
  await appendFile(HISTORY_FILE, `${JSON.stringify(entry)}\n`);
}
