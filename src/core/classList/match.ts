/**
 * Who on the class list has sent a result. Only a name written exactly alike counts by itself; a
 * name that differs in case, accents, word order or by a typo is offered for the teacher to confirm,
 * never matched silently. Pure.
 */
import { foldText } from '../fold.ts';

export type RosterStatus =
  | { name: string; status: 'sent'; result: string }
  | { name: string; status: 'confirm'; result: string; why: 'case' | 'order' | 'typo' }
  | { name: string; status: 'missing' };

export interface RosterMatch {
  rows: RosterStatus[];
  /** Names in the results that match no one on the list (nor wait for a confirmation). */
  unlisted: string[];
  missing: number;
}

/** Lower case, no accents, single spaces: "  Aïcha  DIALLO" → "aicha diallo". */
export function foldName(s: string): string {
  return foldText(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Edit distance with a cap: stops early once every path costs more than `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

const sortedWords = (s: string) => s.split(' ').sort().join(' ');

function likeness(listed: string, sent: string): 'case' | 'order' | 'typo' | null {
  const a = foldName(listed);
  const b = foldName(sent);
  if (a === '' || b === '') return null;
  if (a === b) return 'case';
  if (sortedWords(a) === sortedWords(b)) return 'order';
  const allowed = a.length >= 12 ? 2 : a.length >= 4 ? 1 : 0;
  return allowed > 0 && editDistance(a, b, allowed) <= allowed ? 'typo' : null;
}

/** A confirmation the teacher gave: this result's name is this listed student. */
export const confirmKey = (listed: string, result: string) => `${listed}\u0000${result}`;

export function matchRoster(
  list: readonly string[],
  results: readonly string[],
  confirmed: ReadonlySet<string>,
): RosterMatch {
  const left = new Set(results);
  const rows: RosterStatus[] = [];
  const pending: { i: number; name: string }[] = [];
  for (const name of list) {
    if (left.has(name)) {
      left.delete(name);
      rows.push({ name, status: 'sent', result: name });
    } else {
      pending.push({ i: rows.length, name });
      rows.push({ name, status: 'missing' });
    }
  }
  for (const p of pending) {
    const done = [...left].find((r) => confirmed.has(confirmKey(p.name, r)));
    if (done !== undefined) {
      left.delete(done);
      rows[p.i] = { name: p.name, status: 'sent', result: done };
    }
  }
  for (const p of pending) {
    if (rows[p.i]?.status !== 'missing') continue;
    for (const r of left) {
      const why = likeness(p.name, r);
      if (why) {
        left.delete(r);
        rows[p.i] = { name: p.name, status: 'confirm', result: r, why };
        break;
      }
    }
  }
  return { rows, unlisted: [...left], missing: rows.filter((r) => r.status !== 'sent').length };
}
