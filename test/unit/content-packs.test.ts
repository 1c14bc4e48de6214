/**
 * Content packs on disk (scripts/content/packs.ts): every folder under content/ is a pack; a broken
 * one is refused with the file and the entry named, by the checker the build and `npm run content:check` use.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent, packIds } from '../../scripts/content/packs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = 'niger-coup-2023';

/** A scratch root with the map's places and a copy of the article pack, broken by `breakIt`. */
function scratch(breakIt: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-packs-'));
  mkdirSync(join(dir, 'assets/map'), { recursive: true });
  cpSync(join(root, 'assets/map/places.json'), join(dir, 'assets/map/places.json'));
  cpSync(join(root, 'content', ARTICLE), join(dir, 'content', ARTICLE), { recursive: true });
  breakIt(join(dir, 'content', ARTICLE));
  return dir;
}
const edit = (file: string, change: (json: any) => void): void => {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  change(j);
  writeFileSync(file, JSON.stringify(j, null, 2));
};

describe('the shipped packs', () => {
  it('are every folder under content/, and all are valid', () => {
    const result = checkContent(root);
    expect(result.errors).toEqual([]);
    expect(result.packs.map((p) => p.pack.id)).toEqual(packIds(root));
    const article = result.packs.find((p) => p.pack.id === ARTICLE);
    expect(article?.pack.paragraphCount).toBe(27);
    expect(article?.meta.source).toMatchObject({ kind: 'article', date: '2023-07-30', captions: [1, 7, 16, 22] });
  });
});

describe('a broken pack names the file and the entry', () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    [
      'invalid JSON',
      (d) => writeFileSync(join(d, 'texts/fr.json'), '{\n  "a": 1,\n}'),
      /^content\/niger-coup-2023\/texts\/fr\.json: not valid JSON at line 3, column 1/,
    ],
    [
      'a missing language',
      (d) => rmSync(join(d, 'texts/fr.json')),
      /^content\/niger-coup-2023\/texts\/fr\.json: the file is missing/,
    ],
    [
      'a duplicate id',
      (d) => edit(join(d, 'questions.json'), (j) => j.questions.push(j.questions[0])),
      /^content\/niger-coup-2023\/questions\.json: coup-bazoum-role: duplicate question id$/,
    ],
    [
      'an unknown place',
      (d) =>
        edit(join(d, 'questions.json'), (j) => {
          j.questions.find((q: any) => q.type === 'locate').targets = ['ATL'];
        }),
      /^content\/niger-coup-2023\/questions\.json: [a-z0-9-]+: map target ATL is not on the map$/,
    ],
    [
      'a paragraph beyond the source',
      (d) =>
        edit(join(d, 'questions.json'), (j) => {
          j.questions[0].paragraphs = [28];
        }),
      /^content\/niger-coup-2023\/questions\.json: coup-bazoum-role: unknown paragraph 28 \(the article has 1\.\.27\)$/,
    ],
    [
      'a topic not in pack.json',
      (d) =>
        edit(join(d, 'questions.json'), (j) => {
          j.questions[0].topic = 'sport';
        }),
      /^content\/niger-coup-2023\/questions\.json: coup-bazoum-role: topic: sport is not one of the pack's topics/,
    ],
    [
      'a topic without a name in French',
      (d) =>
        edit(join(d, 'texts/fr.json'), (j) => {
          delete j._pack.topics.coup;
        }),
      /^content\/niger-coup-2023\/texts\/fr\.json: _pack \[fr\]: topic coup has no name$/,
    ],
    [
      'a bad pack.json',
      (d) =>
        edit(join(d, 'pack.json'), (j) => {
          j.source.date = 'July';
        }),
      /^content\/niger-coup-2023\/pack\.json: source\.date: /,
    ],
  ];
  it.each(cases)('%s', (_name, breakIt, expected) => {
    const result = checkContent(scratch(breakIt));
    expect(result.ok).toBe(false);
    expect(result.errors).toContainEqual(expect.stringMatching(expected));
  });

  it('a missing language file', () => {
    const dir = scratch((d) => writeFileSync(join(d, 'texts/fr.json'), '{}'));
    const result = checkContent(dir);
    expect(result.errors).toContainEqual(
      expect.stringMatching(/^content\/niger-coup-2023\/texts\/fr\.json: coup-bazoum-role \[fr\]: missing translation/),
    );
  });

  it('npm run content:check exits 1 naming file and entry, without a stack trace; a single file can be checked', async () => {
    const dir = scratch((d) =>
      edit(join(d, 'questions.json'), (j) => {
        j.questions[0].paragraphs = [99];
      }),
    );
    const run = (...args: string[]) =>
      promisify(execFile)(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/content/check.ts'), ...args], {
        cwd: dir,
      }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const bad = await run(join(dir, 'content', ARTICLE, 'questions.json'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('content/niger-coup-2023/questions.json: coup-bazoum-role: unknown paragraph 99');
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const good = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/content/check.ts')],
      {
        cwd: root,
      },
    );
    expect(good.stdout).toContain('niger-coup-2023: 115 questions');
  }, 30_000);
});
