import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackFile } from '../../src/core/content/packFile.ts';
import { checkPackFile, type PackFileCheck, textsForPlay } from '../../src/core/content/packFileCheck.ts';
import { PACK_FILE_LIMITS } from '../../src/core/content/packFileShape.ts';
import {
  decodePackLink,
  encodePackLink,
  packFileText,
  parsePackFileBytes,
  parsePackFileText,
} from '../../src/core/content/packLink.ts';
import { validatePack } from '../../src/core/content/validate.ts';
import { toBase64url } from '../../src/core/share/base64url.ts';
import { mapPlaceIds, packIds } from '../../scripts/content/packs.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'test/fixtures/pack-file/class-niger-quiz.json');
const ctx = { placeIds: mapPlaceIds(ROOT), shippedIds: packIds(ROOT), languages: ['en', 'fr'] };
const text = readFileSync(FIXTURE, 'utf8');
const valid = JSON.parse(text) as PackFile;

/** Whatever a reader accepts passes the bank's own validator and reads the same again. */
function expectSound(r: PackFileCheck): void {
  if (!r.ok) {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p.key).toMatch(/^pack(File|Link)\./);
    return;
  }
  const v = validatePack(
    { id: r.file.id, version: r.file.meta.version, paragraphCount: r.pack.paragraphCount, questions: r.file.questions },
    textsForPlay(r.file),
    { placeIds: ctx.placeIds, paragraphCount: r.pack.paragraphCount, topics: r.file.meta.topics, packTexts: true },
  );
  expect(v.ok).toBe(true);
  expect(ctx.shippedIds).not.toContain(r.file.id);
  expect(checkPackFile(JSON.parse(JSON.stringify(r.file)), ctx).ok).toBe(true);
}

/**
 * The valid file with one value somewhere replaced. Only the file's own keys are walked, and the
 * value is set as an own key (as JSON.parse makes one): fast-check likes to draw "__proto__", and
 * `at["__proto__"]` would walk into Object.prototype and pollute every object of the later tests
 * (CI once failed three unrelated tests of this file that way).
 */
const mutated = fc
  .tuple(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.nat(8)), { minLength: 1, maxLength: 5 }), fc.jsonValue())
  .map(([path, value]) => {
    const copy = JSON.parse(text) as Record<string, unknown>;
    let at: Record<string | number, unknown> = copy;
    for (const step of path.slice(0, -1)) {
      const keys = Object.keys(at);
      const key = typeof step === 'number' && keys.length > 0 ? (keys[step % keys.length] as string) : String(step);
      const next = Object.hasOwn(at, key) ? at[key] : undefined;
      if (typeof next !== 'object' || next === null) break;
      at = next as Record<string, unknown>;
    }
    const last = path[path.length - 1] as string | number;
    const keys = Object.keys(at);
    const key = typeof last === 'number' && keys.length > 0 ? (keys[last % keys.length] as string) : String(last);
    Object.defineProperty(at, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });

describe('pack file codec', () => {
  // Nothing a test feeds the codec may reach the objects of the tests after it.
  afterEach(() => expect(Object.keys(Object.prototype)).toEqual([]));

  it('accepts a six-question bilingual quiz of every type, and a file and a link round-trip it', () => {
    const r = parsePackFileText(text, ctx);
    expect(r.ok && r.pack.questions.map((q) => q.type)).toEqual([
      'choice',
      'truefalse',
      'locate',
      'numeric',
      'timeline',
      'match',
    ]);
    if (!r.ok) return;
    expect(r.file.meta.source).toMatchObject({ title: 'Niger coup: what we know', url: 'https://example.org/niger' });
    expect(parsePackFileText(packFileText(r.file), ctx)).toEqual(r);
    const link = encodePackLink(r.file);
    expect(link.length).toBeLessThan(PACK_FILE_LIMITS.maxLinkChars);
    expect(decodePackLink(`#p=${link}`, ctx)).toEqual(r);
  });

  it('a quiz with words in French only is played with its French words in English too', () => {
    const file = JSON.parse(text) as PackFile;
    file.texts = { en: {}, fr: file.texts.fr as PackFile['texts'][string] };
    const r = checkPackFile(file, ctx);
    expect(r.ok && r.missing.en?.length).toBe(file.questions.length + 1);
    const played = textsForPlay(file);
    const prompt = (l: string) => (played[l]?.['my-coup-bazoum-role'] as { prompt?: string } | undefined)?.prompt;
    expect(prompt('en')).toMatch(/^Dans l'article, qui est Mohamed Bazoum/);
    expect(prompt('fr')).toBe(prompt('en'));
    expect(file.texts.en).toEqual({});
  });

  it('nothing throws on any JSON value, and anything accepted is valid', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectSound(checkPackFile(value, ctx))),
      { numRuns: 300 },
    );
  });

  it('a valid file changed anywhere is refused with its reasons, or is still valid', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutated, (file) => {
        const r = checkPackFile(file, ctx);
        if (!r.ok) refused++;
        expectSound(r);
      }),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(100);
  });

  it('nothing throws on any text, bytes or link, and anything accepted is valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 400 }), (s, bytes) => {
        expectSound(parsePackFileText(s, ctx));
        expectSound(parsePackFileBytes(bytes, ctx));
        expectSound(decodePackLink(s, ctx));
        expectSound(decodePackLink(`1${toBase64url(bytes)}`, ctx));
        expectSound(decodePackLink(`1${toBase64url(deflateSync(bytes))}`, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it('encode → decode round-trips every accepted variation', () => {
    fc.assert(
      fc.property(mutated, (file) => {
        const r = checkPackFile(file, ctx);
        if (r.ok) expect(decodePackLink(encodePackLink(r.file), ctx)).toEqual(r);
      }),
      { numRuns: 150 },
    );
  });

  it('a link cut short anywhere is refused, never read as another quiz', () => {
    const link = encodePackLink(valid);
    for (let cut = 0; cut < link.length; cut += 7) {
      const r = decodePackLink(link.slice(0, cut), ctx);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.key).toMatch(/^packLink\./);
    }
    const r = decodePackLink(link.slice(0, link.length - 30), ctx);
    expect(!r.ok && r.problems[0]?.key).toBe('packLink.incomplete');
  });

  it('refuses hostile inputs, each with its own message', () => {
    const key = (r: PackFileCheck): string | undefined => (r.ok ? undefined : r.problems[0]?.key);
    expect(key(parsePackFileText('['.repeat(200_000), ctx))).toBe('packFile.tooDeep');
    expect(key(checkPackFile(JSON.parse(`{"a":${'['.repeat(50)}${']'.repeat(50)}}`), ctx))).toBe('packFile.tooDeep');
    expect(key(parsePackFileText(text.replace('"format"', '"__proto__": {"polluted": 1},\n  "format"'), ctx))).toBe(
      'packFile.badKey',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(key(parsePackFileText(' '.repeat(PACK_FILE_LIMITS.maxBytes + 1), ctx))).toBe('packFile.tooLarge');
    expect(key(parsePackFileText(text.slice(0, 500), ctx))).toBe('packFile.notJson');
    expect(key(checkPackFile({ ...valid, id: 'niger-coup-2023' }, ctx))).toBe('packFile.shippedId');
    expect(key(checkPackFile({ ...valid, id: 'Bad Id!' }, ctx))).toBe('packFile.badId');
    expect(key(checkPackFile({ ...valid, formatVersion: 2 }, ctx))).toBe('packFile.newer');
    expect(key(checkPackFile({ ...valid, texts: { ...valid.texts, xx: {} } }, ctx))).toBe('packFile.badLanguage');
    const bomb = `1${toBase64url(new Uint8Array([1, ...deflateSync(new Uint8Array(5_000_000).fill(32), { level: 9 })]))}`;
    expect(bomb.length).toBeLessThan(PACK_FILE_LIMITS.maxLinkChars);
    expect(key(decodePackLink(bomb, ctx))).toBe('packLink.tooLarge');
  });

  it('names the entry and the field of a problem inside a question', () => {
    const file = JSON.parse(text) as PackFile;
    (file.texts.fr as Record<string, { prompt: string }>)['my-coup-bazoum-role']!.prompt = ' ';
    const r = checkPackFile(file, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({ entry: 'my-coup-bazoum-role', field: '[fr]', key: 'packFile.invalid' });
  });

  it('a missing translation falls back and is reported as missing, not refused', () => {
    const file = JSON.parse(text) as PackFile;
    delete (file.texts.fr as Record<string, unknown>)['my-coup-timeline'];
    const r = checkPackFile(file, ctx);
    expect(r.ok && r.missing).toEqual({ fr: ['my-coup-timeline'] });
  });

  it('npm run content:check -- <file> gives the same verdict: exit 1, the reason, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packfile-'));
    const bad = join(dir, 'quiz.json');
    writeFileSync(bad, packFileText({ ...valid, id: 'sahel-geography' }));
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/content/check.ts', bad], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      stderr = err.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('The id “sahel-geography” belongs to a quiz that comes with the game');
    expect(stderr).not.toMatch(/\n\s+at /);
    const ok = execFileSync('npx', ['tsx', 'scripts/content/check.ts', FIXTURE], { cwd: ROOT, encoding: 'utf8' });
    expect(ok).toContain('class-niger-quiz, 6 questions in en, fr — OK');
  });
});
