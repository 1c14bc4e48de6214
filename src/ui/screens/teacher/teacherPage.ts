/**
 * The teachers' page: round builder, share link + QR code, saved rounds, printable answer key.
 * Loaded on demand (app.ts imports it dynamically), so students never download it.
 *
 * The form's choices live in one RoundForm (core/teacher); everything else on the page — the
 * summary, the link, the QR code, the answer key — is redrawn from the assignment core makes of it.
 */
import { currentTexts, questionText, topicName } from '../../../i18n/texts.ts';
import { correctAnswerText } from '../../../core/content/describe.ts';
import type { ContentPack, Question, QuestionType } from '../../../core/content/types.ts';
import { assignmentHash, ASSIGNMENT_LIMITS, type Assignment } from '../../../core/share/assignment.ts';
import { packRef } from '../../../core/share/packRef.ts';
import { codePointLength } from '../../../core/share/plainText.ts';
import { encodeAssignment } from '../../../core/share/roundLink.ts';
import { problemMessageKey, type RecordStore } from '../../../core/storage/index.ts';
import { packTopics } from '../../../core/content/pack.ts';
import { DIFFICULTIES_ALL, QUESTION_TYPES_ALL } from '../../../core/teacher/lists.ts';
import {
  TIME_CHOICES,
  defaultForm,
  formFromAssignment,
  formToAssignment,
  matchingQuestions,
  summarizeAssignment,
  type FormResult,
  type RoundForm,
} from '../../../core/teacher/roundForm.ts';
import {
  deleteRound,
  duplicateRound,
  listSavedRounds,
  newRoundId,
  parseRoundFile,
  roundFileName,
  roundFileText,
  saveRound,
  type SavedTeacherRound,
} from '../../../core/teacher/savedRounds.ts';
import { formatNumberIn } from '../../../i18n/format.ts';
import {
  availableLanguages,
  currentLanguage,
  formatDate,
  formatDuration,
  formatNumber,
  loadLanguage,
  t,
  type UiKey,
} from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import type { Screen } from '../../../ports/screen.ts';
import { exportControl } from './exportControl.ts';
import { qrSvg } from './qr.ts';
import './teacher.css';
import { icon } from '../../icons.ts';

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

type Status = { text: string; kind: 'ok' | 'problem' } | null;

let uid = 0;
const nextId = (name: string) => `tp-${name}-${++uid}`;

export class TeacherPage {
  private form: RoundForm;
  private editingId: string | null = null;
  private view: 'build' | 'key' | 'sheet' = 'build';
  private search = '';
  private previewLang: string;
  private pendingDelete: string | null = null;
  private status: Status = null;
  private readonly ref;
  private readonly byId: Map<string, Question>;
  /** Languages whose question texts are loaded (English always is). */
  private readonly loaded = new Set<string>(['en']);
  private root: HTMLElement | null = null;
  private refreshDynamic: () => void = () => {};

  constructor(private readonly d: TeacherDeps) {
    this.form = defaultForm(d.newSeed());
    this.ref = packRef(d.pack);
    this.byId = new Map(d.pack.questions.map((q) => [q.id, q]));
    this.previewLang = currentLanguage();
    this.loaded.add(currentLanguage());
  }

  screen(): Screen {
    const el = h('main', { class: 'screen teacher', 'data-screen': 'teacher' });
    this.root = el;
    this.build();
    return {
      el,
      mount: () => this.focusHeading(),
      unmount: () => {
        this.root = null;
      },
    };
  }

  // ---- Layout ------------------------------------------------------------------------------

  private build(): void {
    const el = this.root;
    if (!el) return;
    this.loaded.add(currentLanguage());
    const top = h(
      'header',
      { class: 'tp-top' },
      h('h1', { tabindex: '-1', 'data-testid': 'teacher-heading' }, t('builder.heading')),
      this.d.openStudio
        ? button(t('studio.entry'), () => this.d.openStudio?.(), { 'data-testid': 'open-studio' })
        : null,
      button(t('builder.back'), () => this.d.home(), { class: 'secondary', 'data-testid': 'teacher-home' }),
    );
    const statusEl = h('p', { class: 'tp-status', role: 'status', 'data-testid': 'teacher-status' });
    const formParts = this.formSection();
    const summary = h('section', { class: 'card tp-summary', 'aria-labelledby': 'tp-summary-h' });
    const share = h('section', { class: 'card tp-share', 'aria-labelledby': 'tp-share-h', 'data-testid': 'share' });
    const saved = h('section', {
      class: 'card tp-saved',
      'aria-labelledby': 'tp-saved-h',
      'data-testid': 'saved-rounds',
    });
    const key = h('section', { class: 'answer-key', 'data-testid': 'answer-key', 'aria-labelledby': 'tp-key-h' });
    const keyBar = h('div', { class: 'tp-keybar card' });
    const sheet = h('section', { class: 'worksheet', 'data-testid': 'worksheet', 'aria-labelledby': 'tp-sheet-h' });
    const builder = h(
      'div',
      { class: 'tp-builder' },
      h('p', { class: 'tp-intro' }, t('builder.intro')),
      h('div', { class: 'tp-columns' }, formParts.section, h('div', { class: 'tp-side' }, summary, share)),
      saved,
    );
    replace(el, h('div', { class: 'tp-page' }, top, statusEl, builder, keyBar, key, sheet));

    let shownLink: string | null = null;
    let shownKey = '';
    this.refreshDynamic = () => {
      const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
      const result = formToAssignment(this.form, this.d.pack);
      formParts.update(result);
      this.renderSummary(summary, result);
      const link = result.ok ? this.link(result.value) : null;
      if (link !== shownLink || !share.hasChildNodes()) {
        this.renderShare(share, result);
        shownLink = link;
      } else this.renderSaveButtons(share);
      this.renderSaved(saved);
      const keyId = result.ok
        ? `${this.keyLanguage(result.value)}|${JSON.stringify(result.value)}|${currentLanguage()}`
        : '';
      if (keyId !== shownKey) {
        this.renderKey(key, result);
        shownKey = keyId;
      }
      if (this.view === 'sheet') this.renderSheet(sheet, result);
      replace(
        keyBar,
        h('p', { class: 'hint' }, t(this.view === 'sheet' ? 'worksheet.hint' : 'builder.key.hint')),
        button(t('builder.key.print'), () => window.print(), {
          class: 'primary',
          'data-testid': 'print',
          disabled: !result.ok,
        }),
        button(t('builder.key.close'), () => this.setView('build'), { class: 'secondary', 'data-testid': 'close-key' }),
      );
      builder.hidden = this.view !== 'build';
      keyBar.hidden = this.view === 'build';
      sheet.hidden = this.view !== 'sheet';
      key.classList.toggle('on-screen', this.view === 'key');
      el.dataset.view = this.view;
      statusEl.textContent = this.status?.text ?? '';
      statusEl.classList.toggle('problem', this.status?.kind === 'problem');
      if (focusKey)
        el.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
    };
    this.refreshDynamic();
  }

  private refresh(): void {
    this.refreshDynamic();
  }

  private focusHeading(): void {
    this.root?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  private setView(view: 'build' | 'key' | 'sheet'): void {
    this.view = view;
    this.refresh();
    if (view === 'key') this.root?.querySelector<HTMLElement>('#tp-key-h')?.focus();
    else if (view === 'sheet') return;
    else this.root?.querySelector<HTMLElement>('[data-testid="show-key"]')?.focus();
  }

  private say(text: string, kind: 'ok' | 'problem' = 'ok'): void {
    this.status = { text, kind };
  }

  // ---- The form ----------------------------------------------------------------------------

  private formSection(): { section: HTMLElement; update(r: FormResult): void } {
    const f = this.form;
    const change = () => {
      this.status = null;
      this.refresh();
    };

    // Title, with a live character count and its own error.
    const titleId = nextId('title');
    const titleHint = h(
      'p',
      { class: 'hint', id: `${titleId}-hint` },
      t('builder.form.titleHint', { max: ASSIGNMENT_LIMITS.maxTitleChars }),
    );
    const titleCount = h('span', { class: 'tp-count', 'aria-hidden': 'true' });
    const titleErr = h('p', { class: 'problem', id: `${titleId}-err` });
    const title = h('input', {
      id: titleId,
      type: 'text',
      value: f.title,
      autocomplete: 'off',
      'data-testid': 'round-title',
      'data-key': 'title',
      placeholder: t('builder.form.titlePlaceholder'),
      'aria-describedby': `${titleId}-hint ${titleId}-err`,
    });
    title.addEventListener('input', () => {
      f.title = title.value;
      change();
    });

    const checkGroup = <T extends string | number>(
      legend: UiKey,
      name: string,
      all: readonly T[],
      chosen: T[],
      label: (v: T) => string,
    ) => {
      const hintId = nextId(name);
      return h(
        'fieldset',
        { class: 'tp-checks', 'data-testid': `group-${name}`, 'aria-describedby': hintId },
        h('legend', {}, t(legend)),
        h('p', { class: 'hint', id: hintId }, t('builder.form.filterHint')),
        ...all.map((v) => {
          const box = h('input', {
            type: 'checkbox',
            value: String(v),
            checked: chosen.includes(v),
            'data-key': `${name}:${v}`,
          });
          box.addEventListener('change', () => {
            const i = chosen.indexOf(v);
            if (box.checked && i < 0) chosen.push(v);
            if (!box.checked && i >= 0) chosen.splice(i, 1);
            change();
          });
          return h('label', { class: 'tp-check' }, box, h('span', {}, label(v)));
        }),
      );
    };

    const radioGroup = <T>(
      legend: UiKey,
      name: string,
      options: { value: T; label: string; testId: string }[],
      get: () => T,
      set: (v: T) => void,
      extra?: Node,
    ) => {
      const group = nextId(name);
      return h(
        'fieldset',
        { class: 'tp-radios', 'data-testid': `group-${name}` },
        h('legend', {}, t(legend)),
        ...options.map((o) => {
          const r = h('input', {
            type: 'radio',
            name: group,
            checked: o.value === get(),
            'data-testid': o.testId,
            'data-key': `${name}:${o.testId}`,
          });
          r.addEventListener('change', () => {
            if (r.checked) {
              set(o.value);
              change();
            }
          });
          return h('label', { class: 'tp-check' }, r, h('span', {}, o.label));
        }),
        extra,
      );
    };

    // How questions are chosen: drawn (count + redraw) or hand-picked (search list + chosen order).
    const countId = nextId('count');
    const countErr = h('p', { class: 'problem', id: `${countId}-err` });
    const count = h('input', {
      id: countId,
      type: 'number',
      inputmode: 'numeric',
      min: ASSIGNMENT_LIMITS.minQuestions,
      max: ASSIGNMENT_LIMITS.maxQuestions,
      value: Number.isFinite(f.count) ? f.count : '',
      'data-testid': 'count',
      'data-key': 'count',
      'aria-describedby': `${countId}-err`,
    });
    count.addEventListener('input', () => {
      f.count = count.value.trim() === '' ? Number.NaN : Number(count.value);
      change();
    });
    const redraw = button(
      t('builder.form.redraw'),
      () => {
        f.seed = this.d.newSeed() >>> 0;
        change();
      },
      { class: 'secondary', 'data-testid': 'redraw', 'data-key': 'redraw' },
    );
    const drawPart = h(
      'div',
      { class: 'tp-draw' },
      h('label', { for: countId }, t('builder.form.count')),
      count,
      redraw,
      countErr,
    );
    const pick = this.pickPart(change);
    const questionsErr = h('p', { class: 'problem', 'data-testid': 'questions-error' });
    const modes = radioGroup<'draw' | 'pick'>(
      'builder.form.questions',
      'mode',
      [
        { value: 'draw', label: t('builder.form.modeDraw'), testId: 'mode-draw' },
        { value: 'pick', label: t('builder.form.modePick'), testId: 'mode-pick' },
      ],
      () => f.mode,
      (v) => {
        // Switching to hand-picking starts from the questions drawn so far, so nothing is lost.
        if (v === 'pick' && f.picked.length === 0) {
          const drawn = formToAssignment({ ...f, mode: 'draw' }, this.d.pack);
          if (drawn.ok) f.picked = [...drawn.value.questionIds];
        }
        f.mode = v;
      },
    );
    modes.append(drawPart, pick.el, questionsErr);

    const seconds = (ms: number | null) =>
      ms === null ? t('builder.form.noLimit') : t('builder.form.seconds', { n: formatNumber(ms / 1000) });
    const allowId = nextId('allow');
    const allow = h('input', {
      id: allowId,
      type: 'checkbox',
      checked: f.allowTimeChange,
      'data-testid': 'allow-time-change',
      'data-key': 'allow',
    });
    allow.addEventListener('change', () => {
      f.allowTimeChange = allow.checked;
      change();
    });
    const time = radioGroup<number | null>(
      'builder.form.time',
      'time',
      TIME_CHOICES.map((ms) => ({ value: ms, label: seconds(ms), testId: `time-${ms === null ? 'none' : ms / 1000}` })),
      () => f.timeLimitMs,
      (v) => (f.timeLimitMs = v),
      h('label', { class: 'tp-check tp-allow' }, allow, h('span', {}, t('builder.form.allowTimeChange'))),
    );

    const language = radioGroup<string | null>(
      'builder.form.language',
      'language',
      [
        ...availableLanguages().map((l) => ({
          value: l.code as string | null,
          label: l.name,
          testId: `lang-${l.code}`,
        })),
        { value: null, label: t('builder.form.studentChoice'), testId: 'lang-any' },
      ],
      () => f.language,
      (v) => (f.language = v),
    );

    const shuffleBox = h('input', {
      type: 'checkbox',
      checked: f.shuffle,
      'data-testid': 'shuffle',
      'data-key': 'shuffle',
    });
    shuffleBox.addEventListener('change', () => {
      f.shuffle = shuffleBox.checked;
      change();
    });
    const explain = radioGroup<boolean>(
      'builder.form.explanations',
      'explain',
      [
        { value: true, label: t('builder.form.explainDuring'), testId: 'explain-during' },
        { value: false, label: t('builder.form.explainEnd'), testId: 'explain-end' },
      ],
      () => f.explainDuringRound,
      (v) => (f.explainDuringRound = v),
    );

    const editing = h('p', { class: 'tp-editing', 'data-testid': 'editing' });
    const section = h(
      'section',
      { class: 'card tp-form', 'aria-labelledby': 'tp-form-h' },
      h('h2', { id: 'tp-form-h' }, t('builder.form.heading')),
      editing,
      h(
        'div',
        { class: 'tp-field' },
        h('label', { for: titleId }, t('builder.form.title'), ' ', titleCount),
        title,
        titleHint,
        titleErr,
      ),
      checkGroup('builder.form.topics', 'topics', packTopics(this.d.pack), f.topics, (v) =>
        topicName(v, this.d.pack.id),
      ),
      checkGroup('builder.form.types', 'types', QUESTION_TYPES_ALL, f.types, (v) => t(`answerKey.types.${v}`)),
      checkGroup('builder.form.difficulty', 'difficulty', DIFFICULTIES_ALL, f.difficulties, (v) =>
        t(`builder.form.difficulty${v}`),
      ),
      modes,
      time,
      language,
      h('label', { class: 'tp-check' }, shuffleBox, h('span', {}, t('builder.form.shuffle'))),
      explain,
    );

    const errorsOf = (r: FormResult) => (r.ok ? [] : r.errors);
    return {
      section,
      update: (r) => {
        const errs = errorsOf(r);
        const pickFor = (keys: string[]) =>
          errs
            .filter((e) => keys.includes(e))
            .map((e) => t(e))
            .join(' ');
        titleCount.textContent = t('builder.form.titleCount', {
          n: formatNumber(codePointLength(f.title.trim())),
          max: formatNumber(ASSIGNMENT_LIMITS.maxTitleChars),
        });
        titleErr.textContent = pickFor(['builder.error.titleTooLong', 'builder.error.titleChars']);
        title.setAttribute('aria-invalid', String(titleErr.textContent !== ''));
        countErr.textContent = pickFor(['builder.error.count']);
        count.setAttribute('aria-invalid', String(countErr.textContent !== ''));
        questionsErr.textContent = pickFor([
          'builder.error.noMatch',
          'builder.error.noPick',
          'builder.error.tooManyPicked',
          'builder.error.unknownQuestion',
        ]);
        drawPart.hidden = f.mode !== 'draw';
        pick.el.hidden = f.mode !== 'pick';
        if (f.mode === 'pick') pick.update();
        allow.disabled = f.timeLimitMs === null;
        const editingRound = this.editingId
          ? listSavedRounds(this.d.records, this.d.pack).rounds.find((x) => x.id === this.editingId)
          : undefined;
        editing.textContent = editingRound
          ? t('builder.saved.editing', { title: this.titleOf(editingRound.assignment) })
          : '';
        editing.hidden = !editingRound;
      },
    };
  }

  /** Hand-picking: a searchable list of the questions that pass the filters, and the chosen ones in order. */
  private pickPart(change: () => void): { el: HTMLElement; update(): void } {
    const f = this.form;
    const searchId = nextId('search');
    const search = h('input', {
      id: searchId,
      type: 'search',
      value: this.search,
      autocomplete: 'off',
      'data-testid': 'pick-search',
      'data-key': 'search',
      'aria-describedby': `${searchId}-hint`,
    });
    const langId = nextId('preview');
    const lang = h(
      'select',
      { id: langId, 'data-testid': 'preview-language', 'data-key': 'preview' },
      ...availableLanguages().map((l) =>
        h('option', { value: l.code, lang: l.code, selected: l.code === this.previewLang }, l.name),
      ),
    );
    const matches = h('p', { class: 'hint', role: 'status' });
    const list = h('ul', { class: 'tp-pick-list', 'data-testid': 'pick-list' });
    const chosen = h('ol', { class: 'tp-chosen', 'data-testid': 'picked' });
    search.addEventListener('input', () => {
      this.search = search.value;
      change();
    });
    lang.addEventListener('change', () => {
      this.previewLang = lang.value;
      void this.ensureLanguage(lang.value).then(change);
    });
    const el = h(
      'div',
      { class: 'tp-pick' },
      h(
        'div',
        { class: 'tp-pick-tools' },
        h('div', { class: 'tp-field' }, h('label', { for: searchId }, t('builder.pick.search')), search),
        h('div', { class: 'tp-field' }, h('label', { for: langId }, t('builder.pick.previewLanguage')), lang),
      ),
      h('p', { class: 'hint', id: `${searchId}-hint` }, t('builder.pick.searchHint')),
      matches,
      list,
      h('h3', {}, t('builder.pick.chosen')),
      chosen,
    );

    const update = () => {
      const lng = this.loaded.has(this.previewLang) ? this.previewLang : currentLanguage();
      const texts = currentTexts((id) => this.byId.get(id), lng);
      const needle = fold(this.search.trim());
      const shown = matchingQuestions(this.d.pack, f).filter((q) => {
        if (!needle) return true;
        const words = texts.question(q.id);
        return fold(`${q.id} ${words?.prompt ?? ''} ${correctAnswerText(q, texts)}`).includes(needle);
      });
      matches.textContent = t('builder.pick.matches', { count: shown.length });
      replace(
        list,
        ...shown.map((q) => {
          const on = f.picked.includes(q.id);
          const box = h('input', {
            type: 'checkbox',
            checked: on,
            'data-key': `pick:${q.id}`,
            'data-testid': 'pick-box',
          });
          box.addEventListener('change', () => {
            if (box.checked && !f.picked.includes(q.id)) f.picked.push(q.id);
            if (!box.checked) f.picked.splice(f.picked.indexOf(q.id), 1);
            change();
          });
          const words = texts.question(q.id);
          return h(
            'li',
            { 'data-question': q.id, lang: lng },
            h(
              'label',
              { class: 'tp-check tp-pick-item' },
              box,
              h(
                'span',
                {},
                h('span', { class: 'tp-prompt' }, words?.prompt ?? q.id),
                h(
                  'span',
                  { class: 'tp-meta' },
                  `${t(`answerKey.types.${q.type}`)} · ${topicName(q.topic, this.d.pack.id)} · ${t(`builder.form.difficulty${q.difficulty}`)}`,
                ),
                h(
                  'span',
                  { class: 'tp-answer' },
                  `${t('builder.pick.answer', { lng })} ${correctAnswerText(q, texts)}`,
                ),
              ),
            ),
          );
        }),
      );
      const cur = currentTexts((id) => this.byId.get(id));
      replace(
        chosen,
        ...(f.picked.length === 0
          ? [h('li', { class: 'hint tp-none' }, t('builder.pick.none'))]
          : f.picked.map((id, i) => {
              const prompt = cur.question(id)?.prompt ?? id;
              const move = (by: number) => {
                const j = i + by;
                if (j < 0 || j >= f.picked.length) return;
                [f.picked[i], f.picked[j]] = [f.picked[j] as string, f.picked[i] as string];
                change();
              };
              return h(
                'li',
                { 'data-question': id },
                h('span', { class: 'tp-prompt' }, prompt),
                h(
                  'span',
                  { class: 'tp-order' },
                  button(icon('up'), () => move(-1), {
                    'aria-label': t('builder.pick.up', { prompt }),
                    disabled: i === 0,
                    'data-key': `up:${id}`,
                  }),
                  button(icon('down'), () => move(1), {
                    'aria-label': t('builder.pick.down', { prompt }),
                    disabled: i === f.picked.length - 1,
                    'data-key': `down:${id}`,
                  }),
                  button(
                    icon('cross'),
                    () => {
                      f.picked.splice(i, 1);
                      change();
                      this.root?.querySelector<HTMLElement>('[data-testid="pick-search"]')?.focus();
                    },
                    { 'aria-label': t('builder.pick.remove', { prompt }), 'data-key': `remove:${id}` },
                  ),
                ),
              );
            })),
      );
    };
    return { el, update };
  }

  // ---- Summary, share, saved rounds --------------------------------------------------------

  private renderSummary(el: HTMLElement, r: FormResult): void {
    if (!r.ok) {
      replace(
        el,
        h('h2', { id: 'tp-summary-h' }, t('builder.summary.heading')),
        h(
          'p',
          { class: 'problem' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('warning')),
          ` ${t('builder.summary.problems')}`,
        ),
        h('ul', { class: 'problem', 'data-testid': 'form-errors' }, ...r.errors.map((e) => h('li', {}, t(e)))),
      );
      return;
    }
    const a = r.value;
    const s = summarizeAssignment(a, this.d.pack);
    const sep = t('answer.listSeparator');
    const lang =
      a.language === null
        ? t('builder.form.studentChoice')
        : (availableLanguages().find((l) => l.code === a.language)?.name ?? a.language);
    const row = (testId: string, text: string) => h('li', { 'data-testid': testId }, text);
    replace(
      el,
      h('h2', { id: 'tp-summary-h' }, t('builder.summary.heading')),
      h('p', { class: 'tp-big', 'data-testid': 'summary-count' }, t('builder.summary.count', { count: s.count })),
      r.short
        ? h(
            'p',
            { class: 'notice', 'data-testid': 'summary-short' },
            t('builder.summary.short', { n: formatNumber(s.count) }),
          )
        : null,
      h(
        'ul',
        { class: 'tp-facts' },
        row(
          'summary-duration',
          s.durationMs === null
            ? t('builder.summary.untimed')
            : t('builder.summary.duration', { duration: formatDuration(s.durationMs) }),
        ),
        row(
          'summary-types',
          `${t('builder.summary.types')} ${s.types.map((x) => typeLine(x.type, x.count, s.typeTimes)).join(sep)}`,
        ),
        row(
          'summary-topics',
          `${t('builder.summary.topics')} ${s.topics.map((x) => `${topicName(x.topic, this.d.pack.id)} (${formatNumber(x.count)})`).join(sep)}`,
        ),
        row('summary-language', t('builder.summary.language', { language: lang })),
        row(
          'summary-time-change',
          t(
            a.timeLimitMs !== null && a.allowTimeChange ? 'builder.summary.timeChange' : 'builder.summary.noTimeChange',
          ),
        ),
        row('summary-shuffle', t(a.shuffle ? 'builder.summary.shuffled' : 'builder.summary.fixedOrder')),
        row(
          'summary-explain',
          t(a.explainDuringRound ? 'builder.summary.explainDuring' : 'builder.summary.explainEnd'),
        ),
      ),
    );
  }

  private link(a: Assignment): string {
    return `${this.d.gameUrl}#r=${encodeAssignment(a, this.ref)}`;
  }

  private renderShare(el: HTMLElement, r: FormResult): void {
    const heading = h('h2', { id: 'tp-share-h' }, t('builder.share.heading'));
    if (!r.ok) {
      replace(el, heading, h('p', { class: 'hint', 'data-testid': 'share-blocked' }, t('builder.share.blocked')));
      return;
    }
    const link = this.link(r.value);
    const linkId = nextId('link');
    const input = h('input', {
      id: linkId,
      type: 'text',
      readonly: true,
      value: link,
      'data-testid': 'share-link',
      'data-hash': assignmentHash(r.value),
      spellcheck: 'false',
    });
    input.addEventListener('focus', () => input.select());
    const copied = h('p', { class: 'tp-copied', role: 'status', 'data-testid': 'copy-status' });
    const copy = button(
      t('builder.share.copy'),
      () => {
        const fallback = () => {
          input.focus();
          input.select();
          copied.textContent = t('builder.share.copyFallback');
        };
        if (!navigator.clipboard?.writeText) return fallback();
        navigator.clipboard.writeText(link).then(() => {
          copied.replaceChildren(icon('check'), ` ${t('builder.share.copied')}`);
        }, fallback);
      },
      { class: 'primary', 'data-testid': 'copy-link', 'data-key': 'copy' },
    );
    const open = h(
      'a',
      { class: 'button-link secondary', href: link, target: '_blank', rel: 'noopener', 'data-testid': 'open-student' },
      t('builder.share.open'),
    );
    const svg = qrSvg(link, t('builder.share.qr'));
    const figure = h('figure', { class: 'tp-qr', 'data-testid': 'share-qr' });
    if (svg) {
      const big = button(
        t('builder.share.qrBig'),
        () => {
          const on = !figure.classList.contains('big');
          figure.classList.toggle('big', on);
          big.textContent = t(on ? 'builder.share.qrClose' : 'builder.share.qrBig');
          big.setAttribute('aria-pressed', String(on));
          big.focus();
        },
        { class: 'secondary', 'data-testid': 'qr-big', 'aria-pressed': 'false' },
      );
      figure.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && figure.classList.contains('big')) big.click();
      });
      figure.append(svg, h('figcaption', { class: 'hint' }, t('builder.share.qr')), big);
    } else figure.append(h('p', { class: 'notice' }, t('builder.share.qrTooLong')));
    const actions = h('div', { class: 'tp-actions', 'data-role': 'save' });
    replace(
      el,
      heading,
      h('label', { for: linkId }, t('builder.share.link')),
      input,
      h(
        'div',
        { class: 'tp-actions' },
        copy,
        open,
        this.d.hostLive
          ? button(t('live.hostThis'), () => this.d.hostLive?.(r.value), {
              class: 'secondary',
              'data-testid': 'host-live',
            })
          : null,
      ),
      copied,
      figure,
      actions,
      exportControl(r.value, r.value.language ?? currentLanguage(), this.d.pack),
    );
    this.renderSaveButtons(el);
  }

  private renderSaveButtons(share: HTMLElement): void {
    const slot = share.querySelector<HTMLElement>('[data-role="save"]');
    if (!slot) return;
    const editing =
      this.editingId !== null &&
      listSavedRounds(this.d.records, this.d.pack).rounds.some((x) => x.id === this.editingId);
    replace(
      slot,
      button(
        t(editing ? 'builder.share.saveChanges' : 'builder.share.save'),
        () => this.save(editing ? this.editingId : null),
        { class: 'primary', 'data-testid': 'save-round', 'data-key': 'save' },
      ),
      editing
        ? button(t('builder.share.saveCopy'), () => this.save(null), {
            class: 'secondary',
            'data-testid': 'save-copy',
            'data-key': 'save-copy',
          })
        : null,
      button(t('builder.share.answerKey'), () => this.setView('key'), {
        class: 'secondary',
        'data-testid': 'show-key',
        'data-key': 'show-key',
      }),
      button(t('worksheet.open'), () => this.setView('sheet'), {
        class: 'secondary',
        'data-testid': 'show-worksheet',
        'data-key': 'show-worksheet',
      }),
    );
  }

  private save(id: string | null): void {
    const r = formToAssignment(this.form, this.d.pack);
    if (!r.ok) return;
    const round: SavedTeacherRound = {
      id: id ?? newRoundId(this.d.newSeed),
      savedAt: this.d.now(),
      assignment: r.value,
      form: structuredClone(this.form),
    };
    const saved = saveRound(this.d.records, round);
    if (saved.ok) {
      this.editingId = round.id;
      this.say(t('builder.share.saved'));
    } else this.say(t(problemMessageKey(saved.problem)), 'problem');
    this.refresh();
  }

  private renderSaved(el: HTMLElement): void {
    const { rounds, damaged } = listSavedRounds(this.d.records, this.d.pack);
    const fileId = nextId('import');
    const file = h('input', {
      id: fileId,
      type: 'file',
      accept: '.json,application/json',
      'data-testid': 'import-file',
    });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (chosen) void this.importFile(chosen);
    });
    replace(
      el,
      h('h2', { id: 'tp-saved-h', tabindex: '-1' }, t('builder.saved.heading')),
      h('p', { class: 'hint' }, t('builder.saved.hint')),
      damaged > 0
        ? h('p', { class: 'notice', 'data-testid': 'saved-damaged' }, t('builder.saved.damaged', { count: damaged }))
        : null,
      rounds.length === 0
        ? h('p', { class: 'hint', 'data-testid': 'saved-none' }, t('builder.saved.none'))
        : h('ul', { class: 'tp-saved-list' }, ...rounds.map((x) => this.savedItem(x))),
      h('div', { class: 'tp-field tp-import' }, h('label', { for: fileId }, t('builder.saved.import')), file),
    );
  }

  private savedItem(x: SavedTeacherRound): HTMLElement {
    const title = this.titleOf(x.assignment);
    const meta = t('builder.saved.meta', {
      questions: t('builder.summary.count', { count: x.assignment.questionIds.length }),
      date: formatDate(x.savedAt),
    });
    const li = h(
      'li',
      { 'data-testid': 'saved-round', 'data-id': x.id, class: x.id === this.editingId ? 'current' : undefined },
      h('h3', {}, title),
      h('p', { class: 'tp-meta' }, meta),
    );
    if (this.pendingDelete === x.id) {
      const cancel = button(
        t('builder.saved.cancel'),
        () => {
          this.pendingDelete = null;
          this.refresh();
          this.root?.querySelector<HTMLElement>(`[data-key="delete:${x.id}"]`)?.focus();
        },
        { class: 'secondary', 'data-testid': 'cancel-delete', 'data-key': `cancel:${x.id}` },
      );
      li.append(
        h(
          'div',
          { class: 'tp-confirm', role: 'alertdialog', 'aria-label': t('builder.saved.confirmDelete', { title }) },
          h(
            'p',
            {},
            h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('warning')),
            ` ${t('builder.saved.confirmDelete', { title })}`,
          ),
          h(
            'div',
            { class: 'tp-actions' },
            button(
              t('builder.saved.confirmYes'),
              () => {
                const done = deleteRound(this.d.records, x.id);
                this.pendingDelete = null;
                if (done.ok) {
                  if (this.editingId === x.id) this.editingId = null;
                  this.say(t('builder.saved.deleted', { title }));
                } else this.say(t(problemMessageKey(done.problem)), 'problem');
                this.refresh();
                this.root?.querySelector<HTMLElement>('#tp-saved-h')?.focus();
              },
              { class: 'danger', 'data-testid': 'confirm-delete' },
            ),
            cancel,
          ),
        ),
      );
      return li;
    }
    li.append(
      h(
        'div',
        { class: 'tp-actions' },
        button(t('builder.saved.open'), () => this.open(x), {
          class: 'secondary',
          'aria-label': t('builder.saved.openLabel', { title }),
          'data-testid': 'open-round',
          'data-key': `open:${x.id}`,
        }),
        button(
          t('builder.saved.duplicate'),
          () => {
            const copy = duplicateRound(this.d.records, x, newRoundId(this.d.newSeed), this.d.now(), (s) =>
              t('builder.saved.copyTitle', { title: s || t('builder.saved.untitled') }),
            );
            if (copy.ok) this.say(t('builder.saved.duplicated', { title: this.titleOf(copy.value.assignment) }));
            else this.say(t(problemMessageKey(copy.problem)), 'problem');
            this.refresh();
          },
          {
            class: 'secondary',
            'aria-label': t('builder.saved.duplicateLabel', { title }),
            'data-testid': 'duplicate-round',
            'data-key': `duplicate:${x.id}`,
          },
        ),
        button(t('builder.saved.export'), () => this.export(x.assignment), {
          class: 'secondary',
          'aria-label': t('builder.saved.exportLabel', { title }),
          'data-testid': 'export-round',
          'data-key': `export:${x.id}`,
        }),
        button(
          t('builder.saved.delete'),
          () => {
            this.pendingDelete = x.id;
            this.refresh();
            this.root?.querySelector<HTMLElement>(`[data-key="cancel:${x.id}"]`)?.focus();
          },
          {
            class: 'secondary',
            'aria-label': t('builder.saved.deleteLabel', { title }),
            'data-testid': 'delete-round',
            'data-key': `delete:${x.id}`,
          },
        ),
      ),
    );
    return li;
  }

  private open(x: SavedTeacherRound): void {
    this.form = structuredClone(x.form);
    this.editingId = x.id;
    this.status = null;
    this.view = 'build';
    this.build();
    this.root?.querySelector<HTMLElement>('[data-testid="round-title"]')?.focus();
  }

  private export(a: Assignment): void {
    const url = URL.createObjectURL(new Blob([roundFileText(a)], { type: 'application/json' }));
    const link = h('a', { href: url, download: roundFileName(a, t('builder.saved.untitled')) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async importFile(file: File): Promise<void> {
    let text = '';
    try {
      text = file.size > 1_000_000 ? '' : await file.text();
    } catch {
      this.say(t('builder.import.unreadable'), 'problem');
      this.refresh();
      return;
    }
    const parsed = parseRoundFile(text, file.size, this.d.pack);
    if (!parsed.ok) {
      this.say(t(parsed.error), 'problem');
      this.refresh();
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
    this.build();
    this.say(
      saved.ok
        ? t('builder.saved.imported', { title: this.titleOf(parsed.value) })
        : t(problemMessageKey(saved.problem)),
      saved.ok ? 'ok' : 'problem',
    );
    this.refresh();
    this.root?.querySelector<HTMLElement>('[data-testid="teacher-status"]')?.scrollIntoView({ block: 'nearest' });
  }

  private titleOf(a: Assignment, lng?: string): string {
    return a.title || t('builder.saved.untitled', lng ? { lng } : undefined);
  }

  /** The printable worksheet, drawn by its own module (loaded when first asked for). */
  private renderSheet(el: HTMLElement, r: FormResult): void {
    if (!r.ok) return;
    const a = r.value;
    const lng = this.keyLanguage(a);
    const id = `${lng}|${JSON.stringify(a)}`;
    if (el.dataset.shown === id) return;
    el.dataset.shown = id;
    void import('./worksheet.ts').then(({ renderWorksheet }) => {
      if (el.dataset.shown !== id) return;
      renderWorksheet(el, a, lng, this.d.pack, this.titleOf(a, lng));
      el.querySelector<HTMLElement>('#tp-sheet-h')?.focus();
    });
  }

  // ---- Answer key --------------------------------------------------------------------------

  private keyLanguage(a: Assignment): string {
    const wanted = a.language ?? currentLanguage();
    return this.loaded.has(wanted) ? wanted : currentLanguage();
  }

  private async ensureLanguage(code: string): Promise<void> {
    if (this.loaded.has(code)) return;
    if (await loadLanguage(code)) this.loaded.add(code);
  }

  private renderKey(el: HTMLElement, r: FormResult): void {
    if (!r.ok) {
      replace(el, h('h1', { id: 'tp-key-h', tabindex: '-1' }, t('builder.share.blocked')));
      return;
    }
    const a = r.value;
    const wanted = a.language ?? currentLanguage();
    if (!this.loaded.has(wanted)) void this.ensureLanguage(wanted).then(() => this.refresh());
    const lng = this.keyLanguage(a);
    const tl = (key: UiKey, options: Record<string, unknown> = {}) => t(key, { ...options, lng });
    const texts = currentTexts((id) => this.byId.get(id), lng);
    const langName = availableLanguages().find((l) => l.code === lng)?.name ?? lng;
    const time =
      a.timeLimitMs === null
        ? tl('builder.form.noLimit')
        : tl('builder.form.seconds', { n: formatNumberIn(lng, a.timeLimitMs / 1000) });
    const sep = tl('answerKey.fieldSeparator');
    replace(
      el,
      h(
        'h1',
        { id: 'tp-key-h', tabindex: '-1', lang: lng },
        tl('builder.key.heading', { title: this.titleOf(a, lng) }),
      ),
      h(
        'p',
        { class: 'tp-key-settings', lang: lng },
        tl('builder.key.settings', {
          questions: tl('builder.summary.count', { count: a.questionIds.length }),
          time,
          language: langName,
        }),
      ),
      h(
        'ol',
        { class: 'tp-key-list', lang: lng, 'data-testid': 'answer-key-list' },
        ...a.questionIds.map((id) => {
          const q = this.byId.get(id);
          if (!q) return null;
          const words = questionText(q, lng);
          const paras = q.paragraphs.map((p) => formatNumberIn(lng, p)).join(tl('answer.listSeparator'));
          return h(
            'li',
            { 'data-question': id },
            h('p', { class: 'tp-key-prompt' }, words.prompt),
            h(
              'p',
              { class: 'tp-key-answer' },
              h('strong', {}, tl('builder.key.answer')),
              ' ',
              h('span', { 'data-testid': 'key-answer' }, correctAnswerText(q, texts)),
            ),
            words.explanation
              ? h('p', {}, h('strong', {}, tl('builder.key.explanation')), ' ', words.explanation)
              : null,
            h(
              'p',
              { class: 'tp-key-source' },
              paras ? `${tl('answerKey.columns.paragraphs')}${sep}${paras}` : '',
              q.context ? `${paras ? ' · ' : ''}${tl('answerKey.columns.context')}` : '',
            ),
          );
        }),
      ),
    );
  }
}

/** Lower case without accents, for a search that finds "etat" in "État". */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** "Multiple choice (4 · 30 s each)": how many of a type, and the time each gets under the time rule. */
function typeLine(
  type: QuestionType,
  count: number,
  times: readonly { type: QuestionType; minMs: number; maxMs: number }[],
): string {
  const name = t(`answerKey.types.${type}`);
  const time = times.find((x) => x.type === type);
  if (!time) return `${name} (${formatNumber(count)})`;
  const each =
    time.minMs === time.maxMs
      ? formatDuration(time.minMs)
      : t('play.timeRange', { min: formatDuration(time.minMs), max: formatDuration(time.maxMs) });
  return t('play.typeTime', { type: name, n: formatNumber(count), time: each });
}
