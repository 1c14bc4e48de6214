/**
 * "Write a quiz" (For teachers): the authoring studio. The draft is saved on the device at every
 * keystroke and checked live by the content validator; each field shows its one message beside it.
 * Loaded only when opened (src/app/studio.ts imports it on demand): never in a student's first bytes.
 */
import { checkDraft, type DraftCheck } from '../../../core/authoring/check.ts';
import { editQuestion, type Draft, type DraftQuestion } from '../../../core/authoring/draft.ts';
import { saveDraft } from '../../../core/authoring/store.ts';
import type { PackFile } from '../../../core/content/packFile.ts';
import type { RecordStore } from '../../../core/storage/index.ts';
import { errorMessage } from '../../../i18n/errorMessages.ts';
import { t, uiLookup } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import type { Screen } from '../../../ports/screen.ts';
import { questionsSection } from './questionList.ts';
import { quizSection, sourceSection } from './sourceSection.ts';
import type { WordsOptions } from '../../answers/formKit.ts';
import type { MapPickRequest } from './mapPick.ts';
import './studio.css';

export interface StudioDeps {
  records: RecordStore;
  draft: Draft;
  /** A storage problem met reading the saved draft, told once. */
  notice: string | null;
  back(): void;
  /** Plays the pack as a student would: these questions (in order), or all of them. */
  preview(file: PackFile, questionIds: readonly string[] | null): void;
  /** Installed languages, in the menu's order. */
  languages: readonly { code: string; name: string }[];
  placeIds: ReadonlySet<string>;
  countries: readonly string[];
  cities: readonly string[];
  placeName(id: string): string;
  /** Opens the map to click a locate question's countries or city; `done` gets the chosen ones (and the city's radius). */
  pickOnMap?: (o: MapPickRequest, done: (ids: string[], radiusKm?: string) => void) => void;
  /** Extra tools under the questions (share, export, import), when present. */
  tools?: (page: StudioPage) => HTMLElement;
}

/** What the sections use: the draft, its check, and the ways to change it. */
export interface StudioCtx {
  readonly d: StudioDeps;
  draft(): Draft;
  check(): DraftCheck;
  /** Saves and checks the new draft; `redraw` draws the page again (a structural change). */
  change(next: Draft, redraw?: boolean): void;
  editQ(id: string, f: (q: DraftQuestion) => DraftQuestion, redraw?: boolean): void;
  words(testId?: string): Omit<WordsOptions, 'onInput'>;
  /** The question whose form is open. */
  open: string | null;
  setOpen(id: string | null): void;
  languageName(code: string): string;
  /** Tells the teacher something in the page's status line. */
  say(text: string, kind: 'ok' | 'problem'): void;
}

export class StudioPage implements StudioCtx {
  private current: Draft;
  private checked: DraftCheck;
  private root: HTMLElement | null = null;
  private statusEl: HTMLElement | null = null;
  open: string | null = null;

  constructor(readonly d: StudioDeps) {
    this.current = d.draft;
    this.checked = checkDraft(d.draft, d.placeIds);
    this.open = d.draft.questions[0]?.id ?? null;
  }

  draft(): Draft {
    return this.current;
  }

  check(): DraftCheck {
    return this.checked;
  }

  languageName(code: string): string {
    return this.d.languages.find((l) => l.code === code)?.name ?? code;
  }

  words(testId?: string): Omit<WordsOptions, 'onInput'> {
    return { languages: this.current.languages, languageName: (c) => this.languageName(c), testId };
  }

  setOpen(id: string | null): void {
    this.open = id;
    this.draw();
  }

  change(next: Draft, redraw = false): void {
    this.current = next;
    const saved = saveDraft(this.d.records, next);
    this.checked = checkDraft(next, this.d.placeIds);
    this.say(saved.ok ? t('studio.saved') : errorMessage(saved.problem), saved.ok ? 'ok' : 'problem');
    if (redraw) this.draw();
    else this.showMessages();
  }

  editQ(id: string, f: (q: DraftQuestion) => DraftQuestion, redraw = false): void {
    this.change(editQuestion(this.current, id, f), redraw);
  }

  /** Replaces the draft (an imported pack), saved at once. */
  replaceDraft(next: Draft): void {
    this.open = next.questions[0]?.id ?? null;
    this.change(next, true);
  }

  screen(): Screen {
    const el = h('main', { class: 'screen studio', 'data-screen': 'studio' });
    this.root = el;
    this.draw();
    return {
      el,
      mount: () => el.querySelector<HTMLElement>('h1')?.focus(),
      unmount: () => {
        this.root = null;
      },
    };
  }

  say(text: string, kind: 'ok' | 'problem'): void {
    if (!this.statusEl) return;
    this.statusEl.textContent = text;
    this.statusEl.dataset.kind = kind;
  }

  /** Draws the whole page again, keeping the focus on the same control when it is still there. */
  draw(): void {
    const el = this.root;
    if (!el) return;
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.testid;
    const scroll = el.scrollTop;
    const status = h('p', { class: 'st-status', role: 'status', 'data-testid': 'studio-status' });
    const top = h(
      'header',
      { class: 'st-top' },
      h('h1', { tabindex: '-1', 'data-testid': 'studio-heading' }, t('studio.heading')),
      button(t('studio.back'), () => this.d.back(), { class: 'secondary', 'data-testid': 'studio-back' }),
    );
    const page = h(
      'div',
      { class: 'st-page' },
      top,
      h('p', { class: 'st-intro' }, t('studio.intro')),
      status,
      quizSection(this),
      sourceSection(this),
      questionsSection(this),
      this.d.tools ? this.d.tools(this) : null,
    );
    el.replaceChildren(page);
    this.statusEl = status;
    if (this.d.notice) this.say(this.d.notice, 'problem');
    this.showMessages();
    el.scrollTop = scroll;
    if (focusedId) el.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focusedId)}"]`)?.focus();
  }

  /** Fills every field's message from the last check; the counts in the question list too. */
  private showMessages(): void {
    const el = this.root;
    if (!el) return;
    for (const m of el.querySelectorAll<HTMLElement>('[data-field]')) {
      const p = this.checked.fields.get(m.dataset.field ?? '');
      m.textContent = p ? uiLookup()(`studio.check.${p.key}`, p.params) : '';
      m.dataset.level = p?.level ?? '';
      const control = el.querySelector(`[aria-describedby~="${m.id}"]`);
      if (control) control.setAttribute('aria-invalid', p?.level === 'error' ? 'true' : 'false');
    }
    for (const c of el.querySelectorAll<HTMLElement>('[data-problems-of]')) {
      const n = this.problemsOf(c.dataset.problemsOf ?? '');
      c.textContent = n === 0 ? t('studio.ready') : t('studio.problemCount', { count: n });
      c.dataset.level = n === 0 ? 'ok' : 'error';
    }
    const total = el.querySelector<HTMLElement>('[data-testid="studio-problems"]');
    if (total) {
      total.textContent =
        this.checked.errorCount === 0
          ? t('studio.allReady')
          : t('studio.problemCount', { count: this.checked.errorCount });
      total.dataset.level = this.checked.errorCount === 0 ? 'ok' : 'error';
    }
  }

  /** How many errors one question has (any of its fields). */
  problemsOf(id: string): number {
    let n = 0;
    for (const [field, p] of this.checked.fields)
      if (p.level === 'error' && (field === id || field.startsWith(`${id}.`))) n++;
    return n;
  }
}
