/**
 * The teachers' page without its DOM: the form being edited, what is in view, the pick list's search,
 * the saved round being edited, the status line, and every intent a teacher can have (save, open,
 * duplicate, delete, import…). The views read it and call its intents; it tells them when to redraw
 * (unit-tested in plain node: test/unit/teacher-controller.test.ts).
 */
import { currentTexts } from '../../../i18n/texts.ts';
import type { ContentPack, Question } from '../../../core/content/types.ts';
import type { Assignment } from '../../../core/share/assignment.ts';
import { packRef } from '../../../core/share/packRef.ts';
import { encodeAssignment } from '../../../core/share/roundLink.ts';
import type { RecordStore } from '../../../core/storage/index.ts';
import { errorMessage } from '../../../i18n/errorMessages.ts';
import {
  defaultForm,
  formFromAssignment,
  formToAssignment,
  matchingQuestions,
  type FormResult,
  type RoundForm,
} from '../../../core/teacher/roundForm.ts';
import {
  deleteRound,
  duplicateRound,
  listSavedRounds,
  newRoundId,
  parseRoundFile,
  saveRound,
  type SavedList,
  type SavedTeacherRound,
} from '../../../core/teacher/savedRounds.ts';
import { currentLanguage, loadLanguage, t } from '../../../i18n/index.ts';
import { searchQuestions } from './pickSearch.ts';

export interface TeacherControllerDeps {
  pack: ContentPack;
  records: RecordStore;
  newSeed: () => number;
  /** Wall-clock time (ms since 1970), for "saved on". */
  now: () => number;
  /** The game's address without query or fragment; links are `<gameUrl>#r=<payload>`. */
  gameUrl: string;
  /** Loads a language's texts; true once they are in. Defaults to i18n's loader. */
  loadLanguage?: (code: string) => Promise<boolean>;
}

export type TeacherView = 'build' | 'key' | 'sheet';
export type TeacherStatus = { text: string; kind: 'ok' | 'problem' } | null;
/** 'state': redraw what shows the state; 'form': the form itself was replaced, rebuild its controls. */
export type TeacherChange = 'state' | 'form';

/** A file the teacher chose: its size, and its text when read. */
export interface ChosenFile {
  size: number;
  text(): Promise<string>;
}

/** A file this large is not read at all (parseRoundFile then says it is too large). */
const MAX_IMPORT_BYTES = 1_000_000;

export class TeacherController {
  form: RoundForm;
  editingId: string | null = null;
  view: TeacherView = 'build';
  search = '';
  previewLang: string;
  pendingDelete: string | null = null;
  status: TeacherStatus = null;
  readonly pack: ContentPack;
  readonly byId: Map<string, Question>;
  /** Languages whose question texts are loaded (English always is). */
  private readonly loaded = new Set<string>(['en']);
  private readonly ref;
  private readonly listeners = new Set<(what: TeacherChange) => void>();

  constructor(private readonly d: TeacherControllerDeps) {
    this.pack = d.pack;
    this.form = defaultForm(d.newSeed());
    this.ref = packRef(d.pack);
    this.byId = new Map(d.pack.questions.map((q) => [q.id, q]));
    this.previewLang = currentLanguage();
    this.loaded.add(currentLanguage());
  }

  /** Called after every intent; returns the way to stop listening. */
  subscribe(fn: (what: TeacherChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(what: TeacherChange = 'state'): void {
    for (const fn of this.listeners) fn(what);
  }

  private say(text: string, kind: 'ok' | 'problem' = 'ok'): void {
    this.status = { text, kind };
  }

  // ---- What the views read ------------------------------------------------------------------
  result(): FormResult {
    return formToAssignment(this.form, this.d.pack);
  }

  link(a: Assignment): string {
    return `${this.d.gameUrl}#r=${encodeAssignment(a, this.ref)}`;
  }

  titleOf(a: Assignment, lng?: string): string {
    return a.title || t('builder.saved.untitled', lng ? { lng } : undefined);
  }

  savedRounds(): SavedList {
    return listSavedRounds(this.d.records, this.d.pack);
  }

  /** The saved round the form is editing, while it still exists. */
  editingRound(): SavedTeacherRound | undefined {
    if (this.editingId === null) return undefined;
    return this.savedRounds().rounds.find((x) => x.id === this.editingId);
  }

  /** The page is drawn in the current language, so its texts are in. */
  noteCurrentLanguage(): void {
    this.loaded.add(currentLanguage());
  }

  isLoaded(code: string): boolean {
    return this.loaded.has(code);
  }

  /** The answer key's language: the round's own once its texts are in, else the page's. */
  keyLanguage(a: Assignment): string {
    const wanted = a.language ?? currentLanguage();
    return this.loaded.has(wanted) ? wanted : currentLanguage();
  }

  /** The pick list: questions passing the filters whose id, prompt or answer holds the search words. */
  pickList(): { questions: Question[]; lng: string } {
    const lng = this.loaded.has(this.previewLang) ? this.previewLang : currentLanguage();
    const texts = currentTexts((id) => this.byId.get(id), lng);
    return { questions: searchQuestions(matchingQuestions(this.d.pack, this.form), texts, this.search), lng };
  }

  // ---- Editing the form ---------------------------------------------------------------------

  /** Any change to the form's fields: the status line goes, everything redraws. */
  edit(change: (f: RoundForm) => void): void {
    change(this.form);
    this.status = null;
    this.changed();
  }

  redraw(): void {
    this.edit((f) => (f.seed = this.d.newSeed() >>> 0));
  }

  /** Switching to hand-picking starts from the questions drawn so far, so nothing is lost. */
  setMode(mode: 'draw' | 'pick'): void {
    this.edit((f) => {
      if (mode === 'pick' && f.picked.length === 0) {
        const drawn = formToAssignment({ ...f, mode: 'draw' }, this.d.pack);
        if (drawn.ok) f.picked = [...drawn.value.questionIds];
      }
      f.mode = mode;
    });
  }

  setPicked(id: string, on: boolean): void {
    this.edit((f) => {
      const i = f.picked.indexOf(id);
      if (on && i < 0) f.picked.push(id);
      if (!on && i >= 0) f.picked.splice(i, 1);
    });
  }

  /** Moves the i-th chosen question by `by` places; nothing past either end. */
  movePick(i: number, by: number): void {
    const p = this.form.picked;
    const j = i + by;
    if (i < 0 || j < 0 || i >= p.length || j >= p.length) return;
    this.edit(() => {
      [p[i], p[j]] = [p[j] as string, p[i] as string];
    });
  }

  setSearch(text: string): void {
    this.search = text;
    this.status = null;
    this.changed();
  }

  async setPreviewLanguage(code: string): Promise<void> {
    this.previewLang = code;
    await this.ensureLanguage(code);
    this.status = null;
    this.changed();
  }

  async ensureLanguage(code: string): Promise<void> {
    if (this.loaded.has(code)) return;
    if (await (this.d.loadLanguage ?? loadLanguage)(code)) this.loaded.add(code);
  }

  /** Asks for a language's texts when they are not in yet; everything redraws once they are. */
  wantLanguage(code: string): void {
    if (!this.loaded.has(code)) void this.ensureLanguage(code).then(() => this.changed());
  }

  setView(view: TeacherView): void {
    this.view = view;
    this.changed();
  }

  // ---- Saved rounds -------------------------------------------------------------------------

  /** Saves the form's round: over the one being edited (`asCopy` false), else as a new one. */
  save(asCopy = false): void {
    const r = this.result();
    if (!r.ok) return;
    const editing = !asCopy && this.editingRound() ? this.editingId : null;
    const round: SavedTeacherRound = {
      id: editing ?? newRoundId(this.d.newSeed),
      savedAt: this.d.now(),
      assignment: r.value,
      form: structuredClone(this.form),
    };
    const saved = saveRound(this.d.records, round);
    if (saved.ok) {
      this.editingId = round.id;
      this.say(t('builder.share.saved'));
    } else this.say(errorMessage(saved.problem), 'problem');
    this.changed();
  }

  /** Asks to delete a saved round (null: no longer). */
  askDelete(id: string | null): void {
    this.pendingDelete = id;
    this.changed();
  }

  confirmDelete(x: SavedTeacherRound): void {
    const done = deleteRound(this.d.records, x.id);
    this.pendingDelete = null;
    if (done.ok) {
      if (this.editingId === x.id) this.editingId = null;
      this.say(t('builder.saved.deleted', { title: this.titleOf(x.assignment) }));
    } else this.say(errorMessage(done.problem), 'problem');
    this.changed();
  }

  duplicate(x: SavedTeacherRound): void {
    const copy = duplicateRound(this.d.records, x, newRoundId(this.d.newSeed), this.d.now(), (s) =>
      t('builder.saved.copyTitle', { title: s || t('builder.saved.untitled') }),
    );
    if (copy.ok) this.say(t('builder.saved.duplicated', { title: this.titleOf(copy.value.assignment) }));
    else this.say(errorMessage(copy.problem), 'problem');
    this.changed();
  }

  /** Opens a saved round in the form, to edit it. */
  open(x: SavedTeacherRound): void {
    this.form = structuredClone(x.form);
    this.editingId = x.id;
    this.status = null;
    this.view = 'build';
    this.changed('form');
  }

  /** Reads a round file: a good one is saved and opened; a bad one only gives a message. */
  async importFile(file: ChosenFile): Promise<void> {
    let text = '';
    try {
      text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    } catch {
      this.say(t('builder.import.unreadable'), 'problem');
      this.changed();
      return;
    }
    const parsed = parseRoundFile(text, file.size, this.d.pack);
    if (!parsed.ok) {
      this.say(t(parsed.error), 'problem');
      this.changed();
      return;
    }
    const form = formFromAssignment(parsed.value, this.d.newSeed());
    const round: SavedTeacherRound = {
      id: newRoundId(this.d.newSeed),
      savedAt: this.d.now(),
      assignment: parsed.value,
      form,
    };
    const saved = saveRound(this.d.records, round);
    this.form = form;
    this.editingId = saved.ok ? round.id : null;
    this.view = 'build';
    if (saved.ok) this.say(t('builder.saved.imported', { title: this.titleOf(parsed.value) }));
    else this.say(errorMessage(saved.problem), 'problem');
    this.changed('form');
  }
}
