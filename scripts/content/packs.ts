/**
 * Reads and checks the content packs on disk: every folder content/<pack-id>/ with pack.json,
 * questions.json and texts/<lng>.json (see src/core/content/pack.ts). Each problem names the file
 * and the entry, e.g. `content/niger-coup-2023/texts/fr.json: protest-day: choice sunday has no text`.
 * Used by the build (../vite-plugin-content.ts), `npm run content:check`, the answer key and tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as v from 'valibot';
import { packFromFiles, paragraphCountOf, PackMetaSchema, type LoadedPack } from '../../src/core/content/pack.ts';
import type { Question } from '../../src/core/content/types.ts';
import { validatePack } from '../../src/core/content/validate.ts';
import { parseJsonWithPosition } from '../../src/i18n/jsonError.ts';

/** The languages every pack must have texts for. */
export const SHIPPED_LANGUAGES = ['en', 'fr'] as const;
export const CONTENT_DIR = 'content';
const PLACES_PATH = 'assets/map/places.json';

export type PackRead =
  | { ok: true; loaded: LoadedPack; texts: Record<string, unknown> }
  | { ok: false; errors: string[] };

/** Ids of the pack folders under content/, sorted. */
export function packIds(root: string): string[] {
  const dir = resolve(root, CONTENT_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => !d.startsWith('.') && statSync(join(dir, d)).isDirectory())
    .sort();
}

export function mapPlaceIds(root: string): Set<string> {
  const places = JSON.parse(readFileSync(resolve(root, PLACES_PATH), 'utf8')) as {
    countries: Record<string, unknown>;
    cities: Record<string, unknown>;
  };
  return new Set([...Object.keys(places.countries), ...Object.keys(places.cities)]);
}

/** A JSON file's value, or a problem naming the file, line and column. */
function readJsonFile(root: string, path: string): { value: unknown } | { error: string } {
  const full = resolve(root, path);
  if (!existsSync(full)) return { error: `${path}: the file is missing` };
  const r = parseJsonWithPosition(readFileSync(full, 'utf8'));
  if (r.problem)
    return {
      error: `${path}: not valid JSON at line ${r.problem.line}, column ${r.problem.column}: ${r.problem.message}`,
    };
  return { value: r.value };
}

/** Which file a validator message is about: "<qid> [fr]: …" → texts/fr.json, "pack: …" → pack.json. */
function fileOf(dir: string, message: string): string {
  const lng = /^\S+ \[([^\]]+)\]: /.exec(message)?.[1];
  if (lng) return `${dir}/texts/${lng}.json`;
  return `${dir}/questions.json`;
}

/** An earlier version must be older than this one, listed once, and name only questions it had. */
function earlierProblems(meta: v.InferOutput<typeof PackMetaSchema>, file: string): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  for (const e of meta.earlier ?? []) {
    if (e.version >= meta.version) out.push(`${file}: earlier version ${e.version} is not older than ${meta.version}`);
    if (seen.has(e.version)) out.push(`${file}: earlier version ${e.version} is listed twice`);
    seen.add(e.version);
    if (!e.questionIds) continue;
    for (const id of Object.keys(e.answerIds ?? {}))
      if (!e.questionIds.includes(id))
        out.push(`${file}: earlier version ${e.version}: ${id} is not in its questionIds`);
  }
  return out;
}

/** Reads and checks one pack folder. */
export function readPack(root: string, id: string, placeIds = mapPlaceIds(root)): PackRead {
  const dir = `${CONTENT_DIR}/${id}`;
  const errors: string[] = [];
  if (!/^[a-z0-9-]+$/.test(id)) errors.push(`${dir}: a pack folder's name must match [a-z0-9-]+`);
  const metaFile = readJsonFile(root, `${dir}/pack.json`);
  const questionsFile = readJsonFile(root, `${dir}/questions.json`);
  const texts: Record<string, unknown> = {};
  const textDir = resolve(root, dir, 'texts');
  const languages = existsSync(textDir)
    ? readdirSync(textDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
    : [];
  for (const lng of SHIPPED_LANGUAGES)
    if (!languages.includes(lng))
      errors.push(
        `${dir}/texts/${lng}.json: the file is missing (every pack needs ${SHIPPED_LANGUAGES.join(' and ')})`,
      );
  // Only the shipped languages must be complete: a translator's half-done language falls back to
  // English text by text, and npm run i18n:check reports what it lacks.
  for (const lng of SHIPPED_LANGUAGES.filter((l) => languages.includes(l))) {
    const r = readJsonFile(root, `${dir}/texts/${lng}.json`);
    if ('error' in r) errors.push(r.error);
    else texts[lng] = r.value;
  }
  if ('error' in metaFile) errors.push(metaFile.error);
  if ('error' in questionsFile) errors.push(questionsFile.error);
  if ('error' in metaFile || 'error' in questionsFile) return { ok: false, errors };

  const meta = v.safeParse(PackMetaSchema, metaFile.value);
  if (!meta.success) {
    for (const i of meta.issues) errors.push(`${dir}/pack.json: ${v.getDotPath(i) ?? ''}: ${i.message}`);
    return { ok: false, errors };
  }
  const q = questionsFile.value as { questions?: unknown };
  const head = {
    id,
    version: meta.output.version,
    paragraphCount: paragraphCountOf(meta.output.source),
    questions: q?.questions,
  };
  const result = validatePack(head, texts, {
    placeIds,
    paragraphCount: head.paragraphCount,
    topics: meta.output.topics,
    packTexts: true,
  });
  if (!result.ok) for (const e of result.errors) errors.push(`${fileOf(dir, e)}: ${e.replace(/^pack: /, '')}`);
  errors.push(...earlierProblems(meta.output, `${dir}/pack.json`));
  if (errors.length > 0) return { ok: false, errors };
  const pack = packFromFiles(id, meta.output, { questions: (q as { questions: Question[] }).questions });
  return { ok: true, loaded: { pack, meta: meta.output }, texts };
}

export interface ContentCheck {
  ok: boolean;
  /** Every problem, each naming the file and the entry. */
  errors: string[];
  packs: LoadedPack[];
}

/** Checks every pack under content/ (or only the pack holding `onlyPath`, a folder or one of its files). */
export function checkContent(root: string, onlyPath?: string): ContentCheck {
  let ids = packIds(root);
  const errors: string[] = [];
  if (onlyPath !== undefined) {
    const rel = relative(resolve(root, CONTENT_DIR), resolve(onlyPath)).split(sep);
    const id = rel[0];
    if (!id || id.startsWith('..') || !ids.includes(id)) {
      return { ok: false, errors: [`${onlyPath}: not inside a pack folder ${CONTENT_DIR}/<pack-id>/`], packs: [] };
    }
    ids = [id];
  }
  if (ids.length === 0)
    errors.push(`${CONTENT_DIR}/: no content pack (a folder with pack.json, questions.json, texts/)`);
  const placeIds = mapPlaceIds(root);
  const packs: LoadedPack[] = [];
  for (const id of ids) {
    const r = readPack(root, id, placeIds);
    if (r.ok) packs.push(r.loaded);
    else errors.push(...r.errors);
  }
  return { ok: errors.length === 0, errors, packs };
}

/** One pack, checked; throws with every problem listed (for scripts and tests). */
export function loadPack(root: string, id: string): LoadedPack & { texts: Record<string, unknown> } {
  const r = readPack(root, id);
  if (!r.ok) throw new Error(`content pack ${id} is not valid:\n  ${r.errors.join('\n  ')}`);
  return { ...r.loaded, texts: r.texts };
}
