/**
 * The teachers' page: round builder, share link + QR code, saved rounds, printable answer key.
 * Loaded on demand (app.ts imports it dynamically), so students never download it.
 *
 * Its state and intents are one TeacherController (DOM-free, unit-tested); the views beside it draw
 * its parts: the form (formView, pickView), the summary, the share card, the saved rounds and the
 * answer key. The form's choices live in one RoundForm (core/teacher); everything else on the page
 * is redrawn from the assignment core makes of it.
 */
import type { ContentPack } from '../../../core/content/types.ts';
import type { Assignment } from '../../../core/share/assignment.ts';
import type { RecordStore } from '../../../core/storage/index.ts';
import { currentLanguage, t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import type { Screen } from '../../../ports/screen.ts';
import { formView } from './formView.ts';
import { renderKey, renderSheet } from './keyView.ts';
import { renderSaved, type SavedActions } from './savedView.ts';
import { renderSaveButtons, renderShare, type ShareActions } from './shareView.ts';
import { renderSummary } from './summaryView.ts';
import { TeacherController, type TeacherView } from './teacherController.ts';
import './teacher.css';

export interface TeacherDeps {
  pack: ContentPack;
  records: RecordStore;
  newSeed: () => number;
  /** Wall-clock time (ms since 1970), for "saved on". */
  now: () => number;
  /** The game's address without query or fragment; links are `<gameUrl>#r=<payload>`. */
  gameUrl: string;
  home(): void;
  /** Play this round as a live classroom game; only when a live server answers (see app/live.ts). */
  hostLive?: (a: Assignment) => void;
  /** "Write a quiz": the authoring studio (loaded only when opened). */
  openStudio?: () => void;
}

/** The page's parts, made once per form. */
interface Parts {
  builder: HTMLElement;
  statusEl: HTMLElement;
  summary: HTMLElement;
  share: HTMLElement;
  saved: HTMLElement;
  key: HTMLElement;
  keyBar: HTMLElement;
  sheet: HTMLElement;
  form: ReturnType<typeof formView>;
}

export class TeacherPage {
  private readonly c: TeacherController;
  private root: HTMLElement | null = null;
  private parts: Parts | null = null;
  private shownLink: string | null = null;
  private shownKey = '';
  private readonly share: ShareActions;
  private readonly savedActs: SavedActions;

  constructor(private readonly d: TeacherDeps) {
    this.c = new TeacherController(d);
    this.share = { show: (v) => this.show(v), hostLive: d.hostLive };
    this.savedActs = {
      open: (x) => {
        this.c.open(x);
        this.focus('[data-testid="round-title"]');
      },
      importFile: (file) =>
        void this.c
          .importFile(file)
          .then(() => this.root?.querySelector('[data-testid="teacher-status"]')?.scrollIntoView({ block: 'nearest' })),
      focus: (selector) => this.focus(selector),
    };
  }

  screen(): Screen {
    const el = h('main', { class: 'screen teacher', 'data-screen': 'teacher' });
    this.root = el;
    this.build();
    const stop = this.c.subscribe((what) => (what === 'form' ? this.build() : this.refresh()));
    return {
      el,
      mount: () => this.focus('h1'),
      unmount: () => {
        stop();
        this.root = null;
      },
    };
  }

  private focus(selector: string): void {
    this.root?.querySelector<HTMLElement>(selector)?.focus({ preventScroll: selector === 'h1' });
  }

  private show(view: TeacherView): void {
    this.c.setView(view);
    if (view === 'key') this.focus('#tp-key-h');
    else if (view === 'build') this.focus('[data-testid="show-key"]');
  }

  /** Makes the page's parts for the controller's form, then draws them. */
  private build(): void {
    const el = this.root;
    if (!el) return;
    this.c.noteCurrentLanguage();
    const top = h(
      'header',
      { class: 'tp-top' },
      h('h1', { tabindex: '-1', 'data-testid': 'teacher-heading' }, t('builder.heading')),
      this.d.openStudio
        ? button(t('studio.entry'), () => this.d.openStudio?.(), { 'data-testid': 'open-studio' })
        : null,
      button(t('builder.back'), () => this.d.home(), { class: 'secondary', 'data-testid': 'teacher-home' }),
    );
    const card = (name: string, testId?: string) =>
      h('section', { class: `card tp-${name}`, 'aria-labelledby': `tp-${name}-h`, 'data-testid': testId });
    const p: Parts = {
      statusEl: h('p', { class: 'tp-status', role: 'status', 'data-testid': 'teacher-status' }),
      form: formView(this.c),
      summary: card('summary'),
      share: card('share', 'share'),
      saved: card('saved', 'saved-rounds'),
      key: h('section', { class: 'answer-key', 'data-testid': 'answer-key', 'aria-labelledby': 'tp-key-h' }),
      keyBar: h('div', { class: 'tp-keybar card' }),
      sheet: h('section', { class: 'worksheet', 'data-testid': 'worksheet', 'aria-labelledby': 'tp-sheet-h' }),
      builder: h('div', { class: 'tp-builder' }),
    };
    replace(
      p.builder,
      h('p', { class: 'tp-intro' }, t('builder.intro')),
      h('div', { class: 'tp-columns' }, p.form.section, h('div', { class: 'tp-side' }, p.summary, p.share)),
      p.saved,
    );
    replace(el, h('div', { class: 'tp-page' }, top, p.statusEl, p.builder, p.keyBar, p.key, p.sheet));
    this.parts = p;
    this.shownLink = null;
    this.shownKey = '';
    this.refresh();
  }

  /** Redraws what shows the controller's state, keeping the focus on the control that had it. */
  private refresh(): void {
    const el = this.root;
    const p = this.parts;
    if (!el || !p) return;
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const c = this.c;
    const result = c.result();
    p.form.update(result);
    renderSummary(p.summary, result, c.pack);
    const link = result.ok ? c.link(result.value) : null;
    if (link !== this.shownLink || !p.share.hasChildNodes()) {
      renderShare(p.share, result, c, this.share);
      this.shownLink = link;
    } else renderSaveButtons(p.share, c, this.share);
    renderSaved(p.saved, c, this.savedActs);
    const keyId = result.ok
      ? `${c.keyLanguage(result.value)}|${JSON.stringify(result.value)}|${currentLanguage()}`
      : '';
    if (keyId !== this.shownKey) {
      renderKey(p.key, result, c);
      this.shownKey = keyId;
    }
    if (c.view === 'sheet') renderSheet(p.sheet, result, c);
    this.drawKeyBar(p.keyBar, result.ok);
    p.builder.hidden = c.view !== 'build';
    p.keyBar.hidden = c.view === 'build';
    p.sheet.hidden = c.view !== 'sheet';
    p.key.classList.toggle('on-screen', c.view === 'key');
    el.dataset.view = c.view;
    p.statusEl.textContent = c.status?.text ?? '';
    p.statusEl.classList.toggle('problem', c.status?.kind === 'problem');
    if (focusKey) el.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
  }

  private drawKeyBar(bar: HTMLElement, printable: boolean): void {
    replace(
      bar,
      h('p', { class: 'hint' }, t(this.c.view === 'sheet' ? 'worksheet.hint' : 'builder.key.hint')),
      button(t('builder.key.print'), () => window.print(), {
        class: 'primary',
        'data-testid': 'print',
        disabled: !printable,
      }),
      button(t('builder.key.close'), () => this.show('build'), { class: 'secondary', 'data-testid': 'close-key' }),
    );
  }
}
