/**
 * One pack as one file: what a teacher's studio writes, a link fragment or a `.json` file carries, and
 * a school can unpack into `content/<id>/`. It holds exactly what the pack's folder holds, and never an
 * article's text (only paragraph numbers). Reading one from a link or a file is untrusted: it is
 * decoded and checked whole before the game uses any of it.
 */
import type { PackMeta } from './pack.ts';
import type { Question } from './types.ts';

/** What `texts/<lng>.json` holds: `_pack` (title, topics) and each question's words, keyed by id. */
export type PackTexts = Record<string, unknown>;

export interface PackFile {
  format: 'sahel-quiz-pack';
  formatVersion: 1;
  /** The folder name it would have under `content/` ([a-z0-9-]+); never a shipped pack's id. */
  id: string;
  /** `pack.json`. */
  meta: PackMeta;
  /** `questions.json`'s questions. */
  questions: Question[];
  /** `texts/<lng>.json` for each language it is written in. */
  texts: Record<string, PackTexts>;
  /** `stage.json`, when the pack has one (checked against geo/stage.ts's StageData when read). */
  stage?: unknown;
}
