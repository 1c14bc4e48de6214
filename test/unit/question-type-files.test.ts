/**
 * "Adding a question type" (README) names the six files a new type takes, the teachers' studio
 * included. This test does exactly that in a scratch copy of the project: a trivial `yesno` type,
 * written into the files the README lists and nowhere else; the compiler (tsc over src/) and
 * `npm run i18n:check` accept it, and the studio's draft of it becomes a pack question and back.
 * Leaving out its English or French name, its authoring part or its studio form makes one of them
 * refuse it (a registry or widget line left out, a module lacking another part:
 * test/types/question-registry.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** 1. The module: its question, its response, every part. */
const MODULE = `import * as v from 'valibot';
import type { QuestionBase } from '../../content/types.ts';
import { onlyKeys } from '../../share/responseTokens.ts';
import type { TypeModule } from '../kind.ts';

export interface YesNoQuestion extends QuestionBase {
  type: 'yesno';
  answer: boolean;
}
export type YesNoResponse = { type: 'yesno'; yes: boolean };

export const yesno: TypeModule<YesNoQuestion, YesNoResponse> = {
  type: 'yesno',
  schema: { answer: v.boolean() },
  problems: () => [],
  textGroups: () => ({}),
  hasUnit: false,
  score: (q, r) => (r.type === 'yesno' ? (r.yes === q.answer ? 1 : 0) : null),
  correctResponse: (q) => ({ type: 'yesno', yes: q.answer }),
  tokens: () => [],
  responses: {
    yesno: {
      tags: [90, 91],
      validate: (x) => (onlyKeys(x, ['type', 'yes']) && typeof x.yes === 'boolean' ? { type: 'yesno', yes: x.yes } : null),
      write: (w, r) => {
        w.uint(r.yes ? 91 : 90);
      },
      read: (_r, tag) => ({ type: 'yesno', yes: tag === 91 }),
      text: (r, _q, _words, texts) => texts.word(r.yes ? 'true' : 'false'),
    },
  },
  time: { fixed: 0.75, perItem: 0, items: () => 0 },
  exportItem: (q) => ({ kind: 'truefalse', answer: q.answer }),
  publicView: (_q, base) => ({ ...base, type: 'yesno', answer: false }),
  map: () => null,
  live: {},
  cues: () => null,
  // @authoring
  authoring: {
    toDraft: (q) => ({ truth: q.answer }),
    fromDraft: (d, base) => ({ ...base, type: 'yesno', answer: d.truth }),
  },
  // @end
};
`;

/** 3. The widget, and the type's form in the studio (its parts lent by the studio's kit). */
const WIDGET = `import type { YesNoQuestion } from '../../core/questions/yesno/index.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { choiceButtons } from './choiceButtons.ts';
import type { StudioForm } from './formKit.ts';
import type { AnswerContext, AnswerWidget } from './types.ts';

export function yesNoWidget(ctx: AnswerContext<YesNoQuestion>): AnswerWidget {
  const items = [
    { id: 'yes', label: t('answer.true') },
    { id: 'no', label: t('answer.false') },
  ];
  const buttons = choiceButtons(items, (id) => ctx.submit({ type: 'yesno', yes: id === 'yes' }));
  return {
    el: buttons.el,
    focus: buttons.focus,
    key: buttons.key,
    reveal(correct, given) {
      buttons.reveal(
        correct.type === 'yesno' ? (correct.yes ? 'yes' : 'no') : '',
        given?.type === 'yesno' ? (given.yes ? 'yes' : 'no') : null,
      );
    },
  };
}

export const yesNoForm: StudioForm = (k, q) => {
  const box = h('input', { type: 'checkbox', id: k.nextId('yes'), 'data-testid': 'studio-yes' });
  box.checked = q.truth;
  box.addEventListener('change', () => k.editQ(q.id, (x) => ({ ...x, truth: box.checked })));
  return k.group(t('studio.truth'), \`\${q.id}.truth\`, box);
};
`;

/**
 * A yes-or-no question written as the studio writes it: a draft turned into a pack file and back
 * (src/core/authoring/), run with tsx in the scratch copy.
 */
const STUDIO_ROUND_TRIP = `import { addQuestion, editQuestion, newDraft } from './src/core/authoring/draft.ts';
import { packFileToDraft } from './src/core/authoring/fromPackFile.ts';
import { draftToPackFile } from './src/core/authoring/toPackFile.ts';
let d = addQuestion(newDraft('yes-quiz', ['en']), 'yesno');
const id = d.questions[0]?.id ?? '';
d = editQuestion(d, id, (q) => ({ ...q, truth: false, prompt: { en: 'Is the Sahel a sea?' } }));
const pack = draftToPackFile(d);
const back = packFileToDraft(pack).questions[0];
console.log(JSON.stringify({ question: pack.questions[0], words: pack.texts.en?.[id], back: [back?.type, back?.truth] }));
`;

type Step = 'en' | 'fr' | 'authoring' | 'form';

let dir = '';

/** Edits `path` in the scratch copy; the edit must find its anchor. */
function edit(path: string, change: (text: string) => string): void {
  const file = join(dir, 'copy', path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${path} found nothing to change: README and test disagree`);
  writeFileSync(file, after);
}

function sub(from: string | RegExp, to: string): (text: string) => string {
  return (text) => text.replace(from, to);
}

/** The type's name under answerKey.types in one language's ui.json. */
function nameIn(lng: 'en' | 'fr', name: string): void {
  edit(`locales/${lng}/ui.json`, sub(/("answerKey": \{[\s\S]*?"types": \{)/, `$1\n      "yesno": "${name}",`));
}

/** The files the README lists, each line of them; `skip` leaves one out. */
function addType(skip?: Step): void {
  cpSync(join(dir, 'pristine'), join(dir, 'copy'), { recursive: true, verbatimSymlinks: true });
  const copy = join(dir, 'copy');
  mkdirSync(join(copy, 'src/core/questions/yesno'));
  const module = skip === 'authoring' ? MODULE.replace(/ *\/\/ @authoring[\s\S]*\/\/ @end\n/, '') : MODULE;
  writeFileSync(join(copy, 'src/core/questions/yesno/index.ts'), module.replace(/ *\/\/ @(authoring|end)\n/g, ''));
  edit('src/core/questions/registry.ts', (s) =>
    s
      .replace("import { truefalse } from './truefalse/index.ts';", "$&\nimport { yesno } from './yesno/index.ts';")
      .replace('timeline, match }', 'timeline, match, yesno }'),
  );
  writeFileSync(join(copy, 'src/ui/answers/yesno.ts'), WIDGET);
  const form = skip === 'form' ? '' : ', form: yesNoForm';
  edit('src/ui/answers/index.ts', (s) =>
    s
      .replace(
        'import type { AnswerContext',
        "import { yesNoForm, yesNoWidget } from './yesno.ts';\nimport type { AnswerContext",
      )
      .replace(
        '  match: { widget: matchWidget, form: matchForm },\n',
        `  match: { widget: matchWidget, form: matchForm },\n  yesno: { widget: (ctx) => yesNoWidget(ctx)${form} },\n`,
      ),
  );
  if (skip !== 'en') nameIn('en', 'Yes or no');
  if (skip !== 'fr') nameIn('fr', 'Oui ou non');
  writeFileSync(join(copy, 'round-trip.ts'), STUDIO_ROUND_TRIP);
}

function run(cmd: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { cwd: join(dir, 'copy'), encoding: 'utf8', timeout: 120_000 });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

/** tsc over all of src/, or (to be quick) over `files` and what they import. */
function tsc(files?: readonly string[]): { ok: boolean; out: string } {
  if (files) writeFileSync(join(dir, 'copy/tsconfig.json'), JSON.stringify({ ...config(), include: files }));
  return run(TSC, ['--noEmit', '-p', 'tsconfig.json']);
}
const i18nCheck = () => run(TSX, ['scripts/i18n-check.ts', '--errors-only']);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sahel-type-'));
  const pristine = join(dir, 'pristine');
  for (const part of ['src', 'locales', 'content', 'scripts', 'package.json'])
    cpSync(join(ROOT, part), join(pristine, part), { recursive: true });
  // tsc over src/ only: the files a question type's dispatch lives in.
  writeFileSync(join(pristine, 'tsconfig.json'), JSON.stringify({ ...config(), include: ['src'] }));
  for (const link of ['node_modules', 'assets']) symlinkSync(join(ROOT, link), join(pristine, link));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function config(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as Record<string, unknown>;
}

function fresh(skip?: Step): void {
  rmSync(join(dir, 'copy'), { recursive: true, force: true });
  addType(skip);
}

describe('adding a question type takes the files the README lists', () => {
  it('a new type in exactly those files compiles and its texts are complete', () => {
    fresh();
    const compiled = tsc();
    expect(compiled.out).toBe('');
    expect(compiled.ok).toBe(true);
    expect(i18nCheck().ok).toBe(true);
    // The studio writes it: its draft becomes a pack question and comes back the same.
    const trip = run(TSX, ['round-trip.ts']);
    expect(trip.ok).toBe(true);
    expect(JSON.parse(trip.out)).toMatchObject({
      question: { type: 'yesno', answer: false },
      words: { prompt: 'Is the Sahel a sea?' },
      back: ['yesno', false],
    });
  }, 180_000);

  // Each left-out line, checked where it is missed (and what that file imports): a compile costs
  // seconds. A left-out registry or widget line, a module lacking a part: test/types/question-registry.ts.
  it.each([
    [
      'en',
      'src/ui/screens/teacher/summaryView.ts',
      'Expected 2 arguments',
      ['src/**/*.d.ts', 'src/ui/screens/teacher/summaryView.ts'],
    ],
    ['authoring', 'src/core/questions/yesno/index.ts', "'authoring'", ['src/core/questions/yesno/index.ts']],
    ['form', 'src/ui/answers/index.ts', "'form'", ['src/**/*.d.ts', 'src/ui/answers/index.ts']],
  ] as const)(
    'without its %s part the compiler refuses it',
    (skip, where, what, files) => {
      fresh(skip);
      const compiled = tsc(files);
      expect(compiled.ok).toBe(false);
      expect(compiled.out).toContain(where);
      expect(compiled.out).toContain(what);
    },
    180_000,
  );

  it('without its French name i18n:check refuses it', () => {
    fresh('fr');
    const checked = i18nCheck();
    expect(checked.ok).toBe(false);
    expect(checked.out).toContain('answerKey.types.yesno');
  }, 180_000);
});
