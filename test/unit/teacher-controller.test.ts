/**
 * The teachers' page without a DOM: its controller's intents (edit, pick, save, open, duplicate,
 * delete, import) and what a teacher then sees in its state and status line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack, Question } from '../../src/core/content/types.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { decodeAssignment } from '../../src/core/share/roundLink.ts';
import { createMemoryStore, createRecordStore } from '../../src/core/storage/index.ts';
import { roundFileText } from '../../src/core/teacher/savedRounds.ts';
import { initI18n, t } from '../../src/i18n/index.ts';
import { foldText as fold } from '../../src/core/fold.ts';
import { searchQuestions } from '../../src/ui/screens/teacher/pickSearch.ts';
import { TeacherController, type TeacherChange } from '../../src/ui/screens/teacher/teacherController.ts';
import { realPack } from '../fixtures/content/real.ts';

const pack = realPack() as ContentPack;

function controller(opts: { failWrites?: boolean; load?: (code: string) => Promise<boolean> } = {}) {
  let seed = 100;
  let now = 1_700_000_000_000;
  const kv = createMemoryStore();
  if (opts.failWrites)
    kv.set = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
  const c = new TeacherController({
    pack,
    records: createRecordStore(kv, 'sq'),
    newSeed: () => ++seed,
    now: () => (now += 1000),
    gameUrl: 'https://example.org/game/',
    loadLanguage: opts.load ?? (async () => true),
  });
  const changes: TeacherChange[] = [];
  c.subscribe((what) => changes.push(what));
  return { c, changes };
}

const round = (c: TeacherController) => {
  const r = c.result();
  if (!r.ok) throw new Error(r.errors.join(', '));
  return r.value;
};

beforeAll(async () => {
  await initI18n('en', ['en']);
});

describe('teacher page controller: editing', () => {
  it('an edit changes the round, clears the status line and redraws', () => {
    const { c, changes } = controller();
    c.save();
    expect(c.status?.kind).toBe('ok');
    c.edit((f) => (f.title = 'Coup week'));
    expect(round(c).title).toBe('Coup week');
    expect(c.status).toBeNull();
    expect(changes.at(-1)).toBe('state');
  });

  it('the link carries the round: decoding it gives the same questions and settings', () => {
    const { c } = controller();
    c.edit((f) => (f.count = 5));
    const a = round(c);
    const link = c.link(a);
    expect(link.startsWith('https://example.org/game/#r=')).toBe(true);
    const back = decodeAssignment(link.split('#r=')[1] as string, packRef(pack));
    expect(back).toMatchObject({ ok: true, value: { questionIds: a.questionIds } });
  });

  it('redraw draws other questions; switching to hand-picking starts from those drawn', () => {
    const { c } = controller();
    c.edit((f) => (f.count = 8));
    const before = round(c).questionIds;
    c.redraw();
    const drawn = round(c).questionIds;
    expect(drawn).not.toEqual(before);
    c.setMode('pick');
    expect(c.form.picked).toEqual(drawn);
    expect(round(c).questionIds).toEqual(drawn);
  });

  it('picks, moves and unpicks questions in the order the teacher sets', () => {
    const { c } = controller();
    const [a, b, d] = pack.questions.map((q) => q.id);
    c.edit((f) => (f.mode = 'pick'));
    for (const id of [a, b, d]) c.setPicked(id as string, true);
    c.setPicked(a as string, true);
    expect(round(c).questionIds).toEqual([a, b, d]);
    c.movePick(2, -1);
    expect(c.form.picked).toEqual([a, d, b]);
    c.movePick(0, -1);
    c.movePick(2, 1);
    expect(c.form.picked).toEqual([a, d, b]);
    c.setPicked(d as string, false);
    expect(round(c).questionIds).toEqual([a, b]);
  });

  it('a form with problems gives no round to save', () => {
    const { c } = controller();
    c.edit((f) => (f.count = 0));
    expect(c.result()).toEqual({ ok: false, errors: ['builder.error.count'] });
    c.save();
    expect(c.savedRounds().rounds).toEqual([]);
  });
});

describe('teacher page controller: saved rounds', () => {
  it('saves, then saves changes over the same round, and a copy beside it', () => {
    const { c } = controller();
    c.edit((f) => (f.title = 'First'));
    c.save();
    expect(c.status).toEqual({ text: t('builder.share.saved'), kind: 'ok' });
    const id = c.editingId;
    expect(c.editingRound()?.assignment.title).toBe('First');
    c.edit((f) => (f.title = 'First, edited'));
    c.save();
    expect(c.savedRounds().rounds.map((x) => [x.id, x.assignment.title])).toEqual([[id, 'First, edited']]);
    c.save(true);
    expect(c.savedRounds().rounds).toHaveLength(2);
    expect(c.editingId).not.toBe(id);
  });

  it('opening a saved round puts its form back and asks the page to rebuild the form', () => {
    const { c, changes } = controller();
    c.edit((f) => (f.title = 'Keep me'));
    c.save();
    const saved = c.savedRounds().rounds[0]!;
    c.edit((f) => (f.title = 'Something else'));
    c.setView('key');
    c.open(saved);
    expect(c.form.title).toBe('Keep me');
    expect(c.view).toBe('build');
    expect(changes.at(-1)).toBe('form');
    c.edit((f) => (f.title = 'changed'));
    expect(saved.form.title).toBe('Keep me');
  });

  it('duplicates under a copy title; deleting asks first and then forgets the round being edited', () => {
    const { c } = controller();
    c.edit((f) => (f.title = 'Quiz'));
    c.save();
    const x = c.savedRounds().rounds[0]!;
    c.duplicate(x);
    const titles = c.savedRounds().rounds.map((r) => r.assignment.title);
    expect(titles).toContain(t('builder.saved.copyTitle', { title: 'Quiz' }));
    c.askDelete(x.id);
    expect(c.pendingDelete).toBe(x.id);
    c.askDelete(null);
    expect(c.savedRounds().rounds).toHaveLength(2);
    c.askDelete(x.id);
    c.confirmDelete(x);
    expect(c.pendingDelete).toBeNull();
    expect(c.editingId).toBeNull();
    expect(c.savedRounds().rounds).toHaveLength(1);
    expect(c.status).toEqual({ text: t('builder.saved.deleted', { title: 'Quiz' }), kind: 'ok' });
  });

  it('a full storage is said in words, and the form stays as it was', () => {
    const { c } = controller({ failWrites: true });
    c.edit((f) => (f.title = 'Unsaved'));
    c.save();
    expect(c.status).toEqual({ text: t('storage.full'), kind: 'problem' });
    expect(c.status?.text).not.toBe('');
    expect(c.editingId).toBeNull();
    expect(c.form.title).toBe('Unsaved');
  });

  it('imports a round file: saved, opened and named; a bad or unreadable file only gives a message', async () => {
    const { c } = controller();
    c.edit((f) => (f.title = 'Shared'));
    const text = roundFileText(round(c));
    const other = controller().c;
    await other.importFile({ size: text.length, text: async () => text });
    expect(other.form.title).toBe('Shared');
    expect(other.savedRounds().rounds).toHaveLength(1);
    expect(other.editingId).toBe(other.savedRounds().rounds[0]!.id);
    expect(other.status).toEqual({ text: t('builder.saved.imported', { title: 'Shared' }), kind: 'ok' });

    await other.importFile({ size: 5, text: async () => 'nope!' });
    expect(other.status?.kind).toBe('problem');
    expect(other.form.title).toBe('Shared');
    await other.importFile({ size: 5, text: () => Promise.reject(new Error('gone')) });
    expect(other.status).toEqual({ text: t('builder.import.unreadable'), kind: 'problem' });
    expect(other.savedRounds().rounds).toHaveLength(1);
  });
});

describe('teacher page controller: languages', () => {
  it("the key is in the round's language once its texts load, in the page's until then", async () => {
    let release: (ok: boolean) => void = () => {};
    const { c, changes } = controller({ load: () => new Promise((r) => (release = r)) });
    c.edit((f) => (f.language = 'fr'));
    const a = round(c);
    expect(c.keyLanguage(a)).toBe('en');
    c.wantLanguage('fr');
    const before = changes.length;
    release(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(c.keyLanguage(a)).toBe('fr');
    expect(changes.length).toBe(before + 1);
  });

  it('a language that fails to load leaves the key in the page language', async () => {
    const { c } = controller({ load: async () => false });
    c.edit((f) => (f.language = 'fr'));
    await c.setPreviewLanguage('fr');
    expect(c.keyLanguage(round(c))).toBe('en');
    expect(c.pickList().lng).toBe('en');
  });
});

describe('pick list search', () => {
  const q = (id: string, prompt: string): [Question, string] => [{ ...pack.questions[0]!, id }, prompt];
  const items = [q('a-1', 'Où est l’État ?'), q('b-2', 'Who led the coup?')];
  const prompts = new Map(items.map(([x, p]) => [x.id, p]));
  const texts = {
    question: (id: string) => ({ prompt: prompts.get(id) ?? '', explanation: '' }),
    place: (id: string) => id,
    word: (k: string) => k,
    formatNumber: (n: number) => String(n),
  };
  const questions = items.map(([x]) => x);

  it('finds words without accents or case, by id too, and everything for an empty search', () => {
    expect(fold('ÉTAT')).toBe('etat');
    expect(searchQuestions(questions, texts, '  etat ').map((x) => x.id)).toEqual(['a-1']);
    expect(searchQuestions(questions, texts, 'COUP').map((x) => x.id)).toEqual(['b-2']);
    expect(searchQuestions(questions, texts, 'b-2').map((x) => x.id)).toEqual(['b-2']);
    expect(searchQuestions(questions, texts, ' ')).toHaveLength(2);
    expect(searchQuestions(questions, texts, 'zzz')).toEqual([]);
  });
});
