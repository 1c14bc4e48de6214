/**
 * "Export to…" in the builder: the current round in its language, or every question of the pack
 * in the teacher's language, as a file of the chosen format.
 * The builder imports this module only when the teacher presses Export (and exceljs only for Kahoot).
 */
import { currentTexts } from '../i18n/texts.ts';
import type { ContentPack } from '../core/content/types.ts';
import { exportFileName, FORMAT_FILES, type ExportFormat, type LeftOut } from '../core/export/index.ts';
import { exportItems } from '../core/export/items.ts';
import { exportWords } from '../core/export/words.ts';
import type { Assignment } from '../core/share/assignment.ts';
import { offeredMapPlaces } from '../geo/mapPlaces.ts';
import { uiLookup } from '../i18n/index.ts';
import { exportFile } from './exportFile.ts';

export interface BuilderExport {
  fileName: string;
  blob: Blob;
  written: number;
  leftOut: LeftOut[];
}

/** What to export: a round's questions and time limit, or (questionIds absent) the whole pack. */
export interface ExportScope {
  questionIds?: readonly string[];
  timeLimitMs?: number | null;
  title: string;
}

export async function exportRound(
  a: Assignment,
  format: ExportFormat,
  lng: string,
  pack: ContentPack,
  fallbackTitle: string,
): Promise<BuilderExport> {
  const title = a.title || fallbackTitle;
  return exportQuestions({ questionIds: a.questionIds, timeLimitMs: a.timeLimitMs, title }, format, lng, pack);
}

export async function exportQuestions(
  scope: ExportScope,
  format: ExportFormat,
  lng: string,
  pack: ContentPack,
): Promise<BuilderExport> {
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const texts = currentTexts((id) => byId.get(id), lng);
  const words = exportWords(uiLookup(lng), texts);
  const items = exportItems({
    pack,
    ...(scope.questionIds ? { questionIds: scope.questionIds } : {}),
    ...(scope.timeLimitMs !== undefined ? { timeLimitMs: scope.timeLimitMs } : {}),
    texts,
    words,
    places: offeredMapPlaces(),
  });
  const { title } = scope;
  const out = await exportFile(format, items, words, title);
  const data = typeof out.data === 'string' ? out.data : (out.data.slice().buffer as ArrayBuffer);
  return {
    fileName: exportFileName(title, format),
    blob: new Blob([data], { type: FORMAT_FILES[format].mime }),
    written: out.written,
    leftOut: out.leftOut,
  };
}
